/**
 * Which embeddings ("variants") of a policy with Fn::If are linted: each one a deployment the template's
 * Conditions allow.
 *
 * Each condition is read as a boolean formula (`Fn::Not`, `Fn::And`, `Fn::Or`, `Condition`) over tests:
 * `!Equals [!Ref P, value]` is "P has this value" (so the Equals on one Ref with different values exclude each
 * other, and with P's AllowedValues, P has one of them; a Serverless variable as a whole operand, `${sls:stage}`,
 * reads as such a P), two literals are a constant, and any other test (an
 * Equals on GetAtt or ImportValue, an unknown function, a condition the template does not define, one that
 * refers to itself, a formula nested deeper than MAX_FORMULA_DEPTH) is a free test of its own, by its text. A variant is an assignment of the policy's
 * parameters and free tests; every If on it takes the branch its condition gives. When the policy's Ifs have
 * at most MAX_ASSIGNMENTS assignments, all are tried:
 *   - variant 0 is the default embedding (every If its first usable branch) when an assignment gives it, else
 *     the possible one with the fewest Ifs off their first usable branch (on a tie, the one whose first If
 *     off it comes latest: the earlier Ifs keep their first branch);
 *   - then, for each If in document order and each of its branches not linted yet that some assignment
 *     reaches, the possible embedding that reaches it with the fewest Ifs off their first usable branch; at
 *     most MAX_BRANCH_VARIANTS more.
 * With the resource's own Condition (a name the template defines), only the assignments where it is true are
 * tried (its tests count towards MAX_ASSIGNMENTS); when none is, all are, as without it.
 * Beyond that, the simpler reading: variant 0 the default, then `branchVariants` (a group flipped at a time),
 * the Ifs on the resource's condition decided (`fallbackVariants`).
 */
import { branchVariants, intrinsicOf, MAX_BRANCH_VARIANTS, ifReach, namesSsmParameter, policyIfs, type BranchFlip, type ConditionForms, type PolicyIf } from './embed.js';
import { entryOf, type SrcNode } from './source.js';

/** At most this many assignments of a policy's parameters and free tests are tried (about 8 free tests). */
export const MAX_ASSIGNMENTS = 256;

type Formula =
  | { kind: 'const'; value: boolean }
  | { kind: 'test'; id: string }
  | { kind: 'equals'; parameter: string; value: string }
  | { kind: 'not'; of: Formula }
  | { kind: 'and' | 'or'; of: Formula[] };

/** The template's conditions as formulas, and each Ref'd name's AllowedValues (when given as distinct scalars). */
export interface ConditionModel {
  conditions: ReadonlyMap<string, Formula>;
  allowed: ReadonlyMap<string, readonly string[]>;
}

const scalar = (n: SrcNode) => !n.tag && (n.kind === 'string' || n.kind === 'number' || n.kind === 'boolean');

/** A node's text, the same for the same value in either syntax (a free test's identity). */
function text(n: SrcNode): string {
  const fn = intrinsicOf(n);
  if (fn?.name === 'Fn::GetAtt' && fn.arg.kind === 'string') {
    // `!GetAtt Config.Mode` is `{"Fn::GetAtt": ["Config", "Mode"]}`.
    const value = String(fn.arg.value);
    const dot = value.indexOf('.');
    if (dot > 0) return `Fn::GetAtt([${JSON.stringify(value.slice(0, dot))},${JSON.stringify(value.slice(dot + 1))}])`;
  }
  if (fn) return `${fn.name}(${text(fn.arg)})`;
  if (n.kind === 'object') return `{${n.entries!.map((e) => `${JSON.stringify(e.key)}:${text(e.value)}`).join(',')}}`;
  if (n.kind === 'array') return `[${n.items!.map(text).join(',')}]`;
  return JSON.stringify(n.value === null || n.value === undefined ? null : String(n.value));
}

/**
 * At most this many formulas nested in one another (`Fn::Not`/`And`/`Or`, and conditions on conditions, each
 * read once and shared); a deeper one is a free test of its own, by its text. A long chain of conditions each
 * on the one before (C2 = And(C1, …), C3 = And(C2, …) …) is then read to this depth, and the formulas, read
 * and evaluated recursively, never overflow the stack.
 */
const MAX_FORMULA_DEPTH = 256;

export function conditionModel(root: SrcNode | undefined): ConditionModel {
  const conditions = entryOf(root, 'Conditions')?.value;
  const parameters = entryOf(root, 'Parameters')?.value;
  const allowed = new Map<string, string[]>();
  if (parameters?.kind === 'object') {
    for (const entry of parameters.entries!) {
      if (namesSsmParameter(entry.value)) continue;
      const values = entryOf(entry.value, 'AllowedValues')?.value;
      if (values?.kind !== 'array' || values.items!.length === 0 || !values.items!.every(scalar)) continue;
      allowed.set(entry.key, [...new Set(values.items!.map((i) => String(i.value)))]);
    }
  }
  const definitions = new Map(conditions?.kind === 'object' ? conditions.entries!.map((e) => [e.key, e.value]) : []);
  const formulas = new Map<string, Formula>();
  const depths = new Map<Formula, number>();
  const depthOf = (f: Formula) => depths.get(f) ?? 1;
  // A formula of `of`, or, past MAX_FORMULA_DEPTH, the free test of the node's text.
  const nested = (n: SrcNode, f: Extract<Formula, { of: unknown }>): Formula => {
    const depth = 1 + (Array.isArray(f.of) ? f.of : [f.of]).reduce((deepest, g) => Math.max(deepest, depthOf(g)), 0);
    if (depth > MAX_FORMULA_DEPTH) return { kind: 'test', id: text(n) };
    depths.set(f, depth);
    return f;
  };
  const visiting = new Set<string>();
  // How many formulas are being read in one another: past MAX_FORMULA_DEPTH, a condition is a free test (not kept).
  let reading = 0;
  const condition = (name: string): Formula => {
    const definition = definitions.get(name);
    if (!definition || visiting.has(name) || reading >= MAX_FORMULA_DEPTH) return { kind: 'test', id: `condition:${name}` };
    if (!formulas.has(name)) {
      visiting.add(name);
      formulas.set(name, read(definition));
      visiting.delete(name);
    }
    return formulas.get(name)!;
  };
  // A string that holds a Serverless variable (`${sls:stage}`, a placeholder once read) is not the literal it shows.
  const literal = (n: SrcNode) => scalar(n) && !n.placeholders?.length;
  const variable = (n: SrcNode) => n.kind === 'string' && n.placeholders?.length === 1
    && n.placeholders[0][0] === 0 && n.placeholders[0][1] === String(n.value).length;
  const read = (n: SrcNode): Formula => {
    reading++;
    try {
      return readFormula(n);
    } finally {
      reading--;
    }
  };
  const readFormula = (n: SrcNode): Formula => {
    const fn = intrinsicOf(n);
    const args = fn?.arg.kind === 'array' ? fn.arg.items! : undefined;
    if (fn?.name === 'Condition' && fn.arg.kind === 'string') return condition(String(fn.arg.value));
    if (fn?.name === 'Fn::Not' && args?.length === 1) return nested(n, { kind: 'not', of: read(args[0]) });
    if ((fn?.name === 'Fn::And' || fn?.name === 'Fn::Or') && args && args.length > 0) {
      return nested(n, { kind: fn.name === 'Fn::And' ? 'and' : 'or', of: args.map(read) });
    }
    if (fn?.name === 'Fn::Equals' && args?.length === 2) {
      const [a, b] = args;
      if (literal(a) && literal(b)) return { kind: 'const', value: String(a.value) === String(b.value) };
      for (const [ref, value] of [[a, b], [b, a]]) {
        const r = intrinsicOf(ref);
        if (r?.name === 'Ref' && r.arg.kind === 'string' && literal(value)) return { kind: 'equals', parameter: String(r.arg.value), value: String(value.value) };
        // A Serverless variable as a whole operand (`${sls:stage}`) is a parameter of its own, set before deploying.
        if (variable(ref) && literal(value)) return { kind: 'equals', parameter: `variable:${String(ref.value)}`, value: String(value.value) };
      }
      return { kind: 'test', id: `Fn::Equals(${[text(a), text(b)].sort().join(',')})` };
    }
    return { kind: 'test', id: text(n) };
  };
  for (const name of definitions.keys()) condition(name);
  return { conditions: formulas, allowed };
}

/** An If's condition as a formula: a name the template does not define is a free test of its own. */
function ifFormula(model: ConditionModel, condition: SrcNode, ifNode: SrcNode): Formula {
  if (condition.kind !== 'string') return { kind: 'test', id: `#${ifNode.start}` };
  const name = String(condition.value);
  return model.conditions.get(name) ?? { kind: 'test', id: `condition:${name}` };
}

const OTHER = '\u0000other';

/**
 * The embeddings of the policy at `node` to lint, variant 0 first (`undefined`: the default embedding, every
 * If its first usable branch; only variant 0's fixes are kept). One `[undefined]` without an Fn::If.
 */
export function policyVariants(node: SrcNode, model: ConditionModel, forms?: ConditionForms, resourceCondition?: string): Array<BranchFlip | undefined> {
  // The policy's Ifs, found once: each assignment is read on this list, not by walking the policy again.
  const all = policyIfs(node);
  // The Ifs that choose (not those whose branches are one node), each with its condition as a formula.
  const ifs: Array<{ at: number; node: SrcNode; usable: 1 | 2; formula: Formula }> = [];
  for (const [at, i] of all.entries()) {
    if (!i.same) ifs.push({ at, node: i.node, usable: i.usable, formula: ifFormula(model, intrinsicOf(i.node)!.arg.items![0], i.node) });
  }
  if (ifs.length === 0) return [undefined];

  // The inputs the Ifs depend on: each free test (true or false) and each Ref'd name (one of its values).
  const domains = new Map<string, string[]>();
  const collected = new Set<Formula>();
  const collect = (f: Formula): void => {
    // Conditions share their formulas (`!Condition`): each read once.
    if (collected.has(f)) return;
    collected.add(f);
    if (f.kind === 'test') domains.set(`test:${f.id}`, ['true', 'false']);
    else if (f.kind === 'equals') {
      const key = `ref:${f.parameter}`;
      const known = model.allowed.get(f.parameter);
      const values = domains.get(key) ?? (known ? [...known] : [OTHER]);
      if (!known && !values.includes(f.value)) values.splice(values.length - 1, 0, f.value);
      domains.set(key, values);
    } else if (f.kind === 'not') collect(f.of);
    else if (f.kind === 'and' || f.kind === 'or') f.of.forEach(collect);
  };
  for (const i of ifs) collect(i.formula);
  // The resource's own Condition (a name the template defines): only the deployments where it holds.
  const required = resourceCondition === undefined ? undefined : model.conditions.get(resourceCondition);
  if (required) collect(required);
  const inputs = [...domains.entries()];
  const count = inputs.reduce((n, [, values]) => n * values.length, 1);
  if (count > MAX_ASSIGNMENTS) return fallbackVariants(node, all, forms, resourceCondition);

  // Ifs that read alike in every assignment (one condition formula, the same holders, the same first usable
  // branch: the Ifs of one condition side by side in a policy's statements) are one class. An assignment is
  // read on the classes, once each; a reading's Ifs are its classes' Ifs.
  type Class = { rep: number; usable: 1 | 2; members: SrcNode[] };
  const classes: Class[] = [];
  const byKey = new Map<string, Class>();
  const formulaIds = new Map<Formula, number>();
  for (const i of ifs) {
    const holders = all[i.at].holders.map((h) => h === undefined ? '-' : `${h.at}.${h.branch}`).join(',');
    const formulaId = formulaIds.get(i.formula) ?? formulaIds.set(i.formula, formulaIds.size).size - 1;
    const key = `${formulaId}|${i.usable}|${holders}`;
    const known = byKey.get(key);
    if (known) known.members.push(i.node);
    else {
      const created: Class = { rep: i.at, usable: i.usable, members: [i.node] };
      classes.push(created);
      byKey.set(key, created);
    }
  }

  // Every assignment's embedding: the branch each class takes (0 where its Ifs are not reached), the classes
  // off their first usable branch (in the order of their first If), and how many Ifs that is.
  type Reading = { taken: Uint8Array; flipped: number[]; flips: number };
  const readings = new Map<string, Reading>();
  const assignment = new Map<string, string>();
  // Each formula once per assignment (a condition used by many others is one shared formula).
  const values = new Map<Formula, boolean>();
  const evaluate = (f: Formula): boolean => {
    let value = values.get(f);
    if (value !== undefined) return value;
    switch (f.kind) {
      case 'const': value = f.value; break;
      case 'test': value = assignment.get(`test:${f.id}`) === 'true'; break;
      case 'equals': value = assignment.get(`ref:${f.parameter}`) === f.value; break;
      case 'not': value = !evaluate(f.of); break;
      case 'and': value = f.of.every(evaluate); break;
      case 'or': value = f.of.some(evaluate); break;
    }
    values.set(f, value);
    return value;
  };
  const formulaAt = new Map(ifs.map((i) => [i.at, i.formula]));
  const branchOf = (at: number): 0 | 1 | 2 => {
    const formula = formulaAt.get(at);
    return formula === undefined ? 0 : evaluate(formula) ? 1 : 2;
  };
  const readAll = (where?: Formula): void => {
    for (let k = 0; k < count; k++) {
      values.clear();
      let rest = k;
      for (const [key, values] of inputs) {
        assignment.set(key, values[rest % values.length]);
        rest = Math.floor(rest / values.length);
      }
      if (where && !evaluate(where)) continue;
      const reached = ifReach(all, branchOf);
      const taken = new Uint8Array(classes.length);
      const flipped: number[] = [];
      let flips = 0;
      let key = '';
      classes.forEach((c, n) => {
        const branch = reached(c.rep) ? branchOf(c.rep) as 1 | 2 : 0;
        taken[n] = branch;
        key += branch;
        if (branch !== 0 && branch !== c.usable) {
          flipped.push(n);
          flips += c.members.length;
        }
      });
      if (!readings.has(key)) readings.set(key, { taken, flipped, flips });
    }
  };
  readAll(required);
  // A resource whose condition no assignment makes true (it never deploys) is read in every deployment, as
  // without its Condition: the policy is still linted.
  if (readings.size === 0) readAll();

  // Fewer Ifs off their first usable branch; on a tie, the earlier Ifs keep theirs (the first If flipped
  // comes later: the first class flipped in one reading and not in the other is the other's).
  const closer = (a: Reading, b: Reading): boolean => {
    if (a.flips !== b.flips) return a.flips < b.flips;
    for (let i = 0; i < a.flipped.length && i < b.flipped.length; i++) {
      if (a.flipped[i] !== b.flipped[i]) return a.flipped[i] > b.flipped[i];
    }
    return false;
  };
  // The closest possible embedding to the default first, then the closest one for each branch not reached yet
  // (each If in document order: the first If of each class, as the others read the same).
  const closest = (reaches: (taken: Uint8Array) => boolean) => {
    let best: Reading | undefined;
    for (const r of readings.values()) if (reaches(r.taken) && (!best || closer(r, best))) best = r;
    return best;
  };
  const chosen = [closest(() => true)!];
  // Each class's branches linted so far (bit 1: the first, bit 2: the second).
  const covered = new Uint8Array(classes.length);
  const cover = (taken: Uint8Array) => { taken.forEach((b, n) => { covered[n] |= b; }); };
  cover(chosen[0].taken);
  for (let n = 0; n < classes.length && chosen.length <= MAX_BRANCH_VARIANTS; n++) {
    for (const branch of [classes[n].usable, 3 - classes[n].usable]) {
      if (covered[n] & branch || chosen.length > MAX_BRANCH_VARIANTS) continue;
      const found = closest((taken) => taken[n] === branch);
      if (!found) continue;
      chosen.push(found);
      cover(found.taken);
    }
  }
  const order = new Map(ifs.map((i, n) => [i.node, n]));
  return chosen.map(({ flipped }) => flipped.length === 0 ? undefined
    : new Set(flipped.flatMap((n) => classes[n].members).sort((a, b) => order.get(a)! - order.get(b)!)));
}

/**
 * The simpler reading, beyond MAX_ASSIGNMENTS: the default, then `branchVariants`. With the resource's own
 * Condition, an If on it (or, by the template's `forms`, on the same test or its opposite: `!Not [!Condition
 * CreateRole]`) is decided: it takes the branch the condition being true gives, in every variant (when that
 * branch is `AWS::NoValue`, too), and a group that would flip it is not read. Other conditions are not weighed
 * against it.
 */
function fallbackVariants(node: SrcNode, ifs: readonly PolicyIf[], forms: ConditionForms | undefined, resourceCondition: string | undefined): Array<BranchFlip | undefined> {
  const groups = branchVariants(node, forms, ifs);
  const form = resourceCondition === undefined ? undefined : forms?.get(resourceCondition);
  if (!form) return [undefined, ...groups];
  // The branch each If on the resource's condition takes (0: not decided).
  const branchOf = (at: number): 0 | 1 | 2 => {
    if (ifs[at].same) return 0;
    const condition = intrinsicOf(ifs[at].node)!.arg.items![0];
    const other = condition.kind === 'string' ? forms!.get(String(condition.value)) : undefined;
    if (other?.base !== form.base) return 0;
    return other.negated === form.negated ? 1 : 2;
  };
  // The decided Ifs reached, and those among them off their first usable branch.
  const decided = new Set<SrcNode>();
  const flipped = new Set<SrcNode>();
  const reached = ifReach(ifs, branchOf);
  ifs.forEach((_, at) => {
    const branch = reached(at) ? branchOf(at) : 0;
    if (branch === 0) return;
    decided.add(ifs[at].node);
    if (branch !== ifs[at].usable) flipped.add(ifs[at].node);
  });
  const base = flipped.size === 0 ? undefined : flipped;
  const rest = groups.filter((group) => ![...group].some((n) => decided.has(n))).map((group) => new Set([...group, ...flipped]));
  return [base, ...rest];
}
