/**
 * Property-based fuzzing of --fix. Policies from the examples, the fixtures and the rule docs are mutated
 * with the mistakes the safe fixes correct (no Version, "allow", Bool in an MFA deny, duplicate and
 * wildcard-covered actions, NotAction gaps, …) and written in many layouts (minified, 2/4 spaces, tabs,
 * CRLF, trailing spaces, odd spacing around colons and commas, keys in odd orders, a byte order mark).
 * For every text, --fix must keep its promises:
 * - the output is JSON, and a second --fix changes nothing;
 * - no error finding appears that the input did not have (same rule, and same path or message);
 * - each pass changes bytes only inside the fix ranges it reports;
 * - the lines a fix writes use the file's line ending and indentation characters, and add no trailing space;
 * - with an `ignore` path, the node it selects is still selected and left byte for byte as it was.
 * The generator is seeded: a failure prints the seed, the case and the text. FIX_FUZZ_SEED and
 * FIX_FUZZ_CASES (environment) rerun other seeds or more cases.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { applySuppressions, ignoreAnchors } from '../src/config/suppress.js';
import { loadJsonPath } from '../src/config/jsonpath.js';
import type { LoadedConfig } from '../src/config/load.js';
import { PolicyDocument, duplicateKeyCount } from '../src/engine/document.js';
import { lintAndFix, lintDocument, prepareRules } from '../src/engine/linter.js';
import type { LintMessage, PolicyType } from '../src/engine/types.js';

const SEED = Number(process.env.FIX_FUZZ_SEED ?? 20260611);
const CASES = Number(process.env.FIX_FUZZ_CASES ?? 400);
const ROOT = join(import.meta.dirname, '..');
const enabled = rules.map((rule) => ({ rule, severity: 2 as const }));

/* ---------- a seeded PRNG (mulberry32) ---------- */

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof prng>;

/* ---------- a JSON tree that keeps key order and duplicate keys ---------- */

type J =
  | { t: 'obj'; entries: Array<[string, J]>; inline?: boolean }
  | { t: 'arr'; items: J[]; inline?: boolean }
  | { t: 'lit'; v: string | number | boolean | null };

function tree(value: unknown): J {
  if (Array.isArray(value)) return { t: 'arr', items: value.map(tree) };
  if (value !== null && typeof value === 'object') return { t: 'obj', entries: Object.entries(value).map(([k, v]) => [k, tree(v)]) };
  return { t: 'lit', v: value as string | number | boolean | null };
}
const str = (v: string): J => ({ t: 'lit', v });
const clone = (j: J): J => structuredClone(j);
const get = (j: J | undefined, key: string): J | undefined => (j?.t === 'obj' ? j.entries.find(([k]) => k === key)?.[1] : undefined);
function set(j: J, key: string, value: J): void {
  if (j.t !== 'obj') return;
  const entry = j.entries.find(([k]) => k === key);
  if (entry) entry[1] = value;
  else j.entries.push([key, value]);
}
const remove = (j: J, key: string) => {
  if (j.t === 'obj') j.entries = j.entries.filter(([k]) => k !== key);
};
/** The statements of a policy tree (a single statement object becomes a list of one). */
function statements(policy: J): J[] {
  const s = get(policy, 'Statement');
  if (!s) return [];
  if (s.t === 'arr') return s.items.filter((i) => i.t === 'obj');
  return s.t === 'obj' ? [s] : [];
}
function addStatement(policy: J, statement: J): void {
  const s = get(policy, 'Statement');
  if (s?.t === 'arr') s.items.push(statement);
  else if (s?.t === 'obj') set(policy, 'Statement', { t: 'arr', items: [s, statement] });
  else set(policy, 'Statement', { t: 'arr', items: [statement] });
}
/** The strings of a list value (a string or an array of strings). */
function listOf(j: J | undefined): string[] {
  if (!j) return [];
  if (j.t === 'lit') return typeof j.v === 'string' ? [j.v] : [];
  if (j.t === 'arr') return j.items.flatMap((i) => (i.t === 'lit' && typeof i.v === 'string' ? [i.v] : []));
  return [];
}
const list = (values: string[]): J => ({ t: 'arr', items: values.map(str) });

/* ---------- seeds ---------- */

interface Seed { name: string; value: unknown; policyType: PolicyType }

function seeds(): Seed[] {
  const out: Seed[] = [];
  const add = (name: string, text: string, policyType: PolicyType = 'identity') => {
    try {
      const value = JSON.parse(text) as unknown;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) out.push({ name, value, policyType });
    } catch {
      // the json-syntax examples: not a base to mutate
    }
  };
  for (const dir of ['examples/policies', 'test/fixtures/aws-no-mfa']) {
    for (const file of readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort()) add(`${dir}/${file}`, readFileSync(join(ROOT, dir, file), 'utf8'));
  }
  for (const id of readdirSync(join(ROOT, 'rules')).sort()) {
    let doc: string;
    try {
      doc = readFileSync(join(ROOT, 'rules', id, `${id}.md`), 'utf8');
    } catch {
      continue;
    }
    let n = 0;
    for (const match of doc.matchAll(/```json([^\n]*)\n([\s\S]*?)```/g)) {
      const type = /policyType=(\w+)/.exec(match[1])?.[1] as PolicyType | undefined;
      add(`rules/${id}/${id}.md#${n++}`, match[2], type ?? 'identity');
    }
  }
  return out;
}

/* ---------- the mistakes the safe fixes correct ---------- */

const ENROLLMENT = ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'];

function mfaDeny(random: Random): J {
  const notAction = ENROLLMENT.filter(() => random.chance(0.8));
  if (random.chance(0.4)) notAction.push(random.pick(['iam:*', 'iam:*', '*', 'sts:GetSessionToken', 'iam:DeactivateMFADevice', 'iam:CreateAccessKey', 'iam:ChangePassword', 'sts:*']));
  if (random.chance(0.2)) notAction.push(random.pick(['iam:EnableMfaDevice', 'iam:ListMFADevice', 'iam:GetUsr']));
  const operator = random.pick(['Bool', 'BoolIfExists', 'bool', 'Null']);
  const value = random.pick(['false', 'False', 'FALSE', false, 'true']);
  const condition: J = { t: 'obj', entries: [[operator, { t: 'obj', entries: [['aws:MultiFactorAuthPresent', { t: 'lit', v: value }]] }]] };
  if (random.chance(0.3)) {
    const block = get(condition, operator)!;
    if (block.t === 'obj') block.entries.push(['aws:SecureTransport', str('false')]);
  }
  if (random.chance(0.3)) {
    condition.t === 'obj' && condition.entries.push([random.pick(['NumericGreaterThan', 'NumericGreaterThanIfExists']), tree({ 'aws:MultiFactorAuthAge': random.pick(['3600', 3600, ['3600', '7200']]) })]);
  }
  return tree({
    Sid: random.pick(['DenyAllExceptListedIfNoMFA', 'BlockMostAccessUnlessSignedInWithMFA', 'Deny-No-MFA', '']),
    Effect: 'Deny',
    NotAction: notAction.length === 1 && random.chance(0.5) ? notAction[0] : notAction,
    Resource: '*',
    Condition: JSON.parse(serialize(condition, plain)),
  });
}

const SERVICES = [['s3', ['GetObject', 'PutObject', 'ListBucket', 'GetObjectAcl']], ['ec2', ['DescribeInstances', 'StartInstances', 'StopInstances']], ['iam', ['GetUser', 'ListUsers', 'CreateAccessKey']]] as const;

const MUTATIONS: Record<string, (policy: J, random: Random, donors: Seed[]) => void> = {
  dropVersion: (p) => remove(p, 'Version'),
  oldVersion: (p) => set(p, 'Version', str('2008-10-17')),
  paddedVersion: (p, r) => set(p, 'Version', str(r.pick([' 2012-10-17', '2012-10-17 ', '2012-10-17\t']))),
  effectCase: (p, r) => {
    const s = r.pick(statements(p));
    const effect = get(s, 'Effect');
    if (effect?.t === 'lit' && typeof effect.v === 'string') set(s, 'Effect', str(r.pick([effect.v.toLowerCase(), effect.v.toUpperCase(), ` ${effect.v}`])));
  },
  duplicateAction: (p, r) => {
    const s = r.pick(statements(p));
    const key = get(s, 'Action') ? 'Action' : get(s, 'NotAction') ? 'NotAction' : undefined;
    if (!s || !key) return;
    const actions = listOf(get(s, key));
    if (actions.length === 0) return;
    const one = r.pick(actions);
    actions.splice(r.int(actions.length + 1), 0, r.pick([one, one.toLowerCase(), one.toUpperCase()]));
    set(s, key, list(actions));
  },
  wildcardAction: (p, r) => {
    const [service, names] = r.pick(SERVICES);
    const actions = [...names].filter(() => r.chance(0.5)).map((n) => `${service}:${n}`);
    actions.splice(r.int(actions.length + 1), 0, r.pick([`${service}:*`, `${service}:Get*`, `${service}:*Object`, `${service}:List*`]));
    addStatement(p, tree({ Effect: 'Allow', Action: actions, Resource: '*' }));
  },
  duplicateResource: (p, r) => {
    const s = r.pick(statements(p));
    const resources = listOf(get(s, 'Resource'));
    if (!s || resources.length === 0) return;
    resources.push(r.pick([r.pick(resources), 'arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/logs/*']));
    if (r.chance(0.3)) resources.push('arn:aws:s3:::bucket/*');
    set(s, 'Resource', list(resources));
  },
  mfaDeny: (p, r) => addStatement(p, mfaDeny(r)),
  operatorCase: (p, r) => {
    const s = r.pick(statements(p));
    const condition = get(s, 'Condition');
    if (condition?.t !== 'obj' || condition.entries.length === 0) return;
    const entry = r.pick(condition.entries);
    entry[0] = r.pick([entry[0].toLowerCase(), entry[0].toUpperCase(), entry[0].replace(/^./, (c) => c.toLowerCase())]);
  },
  addCondition: (p, r) => {
    const s = r.pick(statements(p));
    if (!s) return;
    const condition = get(s, 'Condition') ?? { t: 'obj', entries: [] };
    if (condition.t !== 'obj') return;
    const [operator, block] = r.pick<[string, unknown]>([
      ['StringLike', { 'aws:PrincipalTag/team': '*' }],
      ['StringEquals', { 'aws:RequestedRegion': 'us-east-1' }],
      ['NumericLessThan', { 's3:max-keys': ['10', '20', 5] }],
      ['NumericGreaterThanEquals', { 's3:max-keys': 'ten' }],
      ['stringequals', { 'aws:PrincipalTag/dept': 'x' }],
      ['ArnLike', { 'aws:SourceArn': '*' }],
      ['ForAnyValue:StringLike', { 'aws:TagKeys': ['*'] }],
      ['StringEquals', { 'aws:PrincipalTag/team': '${aws:UserName}' }],
      ['StringLike', { 's3:prefix': ['home/$aws:username}/*', 'home/${aws:Username}/*'] }],
    ]);
    const existing = condition.entries.find(([k]) => k === operator)?.[1];
    if (existing?.t === 'obj') existing.entries.push(...tree(block).t === 'obj' ? (tree(block) as { entries: Array<[string, J]> }).entries : []);
    else condition.entries.push([operator, tree(block)]);
    set(s, 'Condition', condition);
  },
  collidingOperators: (p, r) => {
    // Two fixes of one pass that rename keys of one object to the same name would write a duplicate key.
    const s = r.pick(statements(p));
    if (!s) return;
    const [a, b] = r.pick([['stringEquals', 'STRINGEQUALS'], ['StringEquals', 'stringequals'], ['numericLessThan', 'NumericLessthan'], ['BOOL', 'bool']]);
    const key = a.toLowerCase().startsWith('numeric') ? 's3:max-keys' : a.toLowerCase() === 'bool' ? 'aws:SecureTransport' : 'aws:PrincipalTag/team';
    const value = a.toLowerCase().startsWith('numeric') ? '10' : a.toLowerCase() === 'bool' ? 'true' : 'a';
    set(s, 'Condition', tree({ [a]: { [key]: value }, [b]: { [`${key}x`]: value } }));
  },
  trustSession: (p, r) => {
    const role = 'arn:aws:iam::123456789012:role/Deployer';
    const principals = [role, 'arn:aws:sts::123456789012:assumed-role/Deployer/ci', 'arn:aws:iam::123456789012:root'].filter(() => r.chance(0.7));
    addStatement(p, tree({ Effect: 'Allow', Principal: { AWS: [role, ...principals] }, Action: 'sts:AssumeRole' }));
  },
  variables: (p, r) => {
    const s = r.pick(statements(p));
    if (!s) return;
    set(s, 'Resource', r.chance(0.5) ? str('arn:aws:iam::*:user/${aws:username}') : list(['arn:aws:s3:::b/${aws:userid}/*', 'arn:aws:s3:::b/${aws:Username}/*']));
  },
  sid: (p, r) => {
    const s = r.pick(statements(p));
    if (s) set(s, 'Sid', str(r.pick(['', 'Allow-Read', 'ReadLogs', 'Statement 1'])));
  },
  duplicateStatement: (p, r) => {
    const s = r.pick(statements(p));
    if (!s) return;
    const copy = clone(s);
    if (!get(copy, 'Sid')) set(copy, 'Sid', str('Same'));
    if (!get(s, 'Sid')) set(s, 'Sid', str('Same'));
    addStatement(p, r.chance(0.8) ? copy : (set(copy, 'Effect', str('Deny')), copy));
  },
  duplicateKey: (p, r) => {
    const s = r.pick(statements(p));
    if (s?.t !== 'obj' || s.entries.length === 0) return;
    const [key, value] = r.pick(s.entries);
    s.entries.splice(r.int(s.entries.length + 1), 0, [key, r.chance(0.7) ? clone(value) : str('*')]);
  },
  singleItemLists: (p, r) => {
    for (const s of statements(p)) {
      if (s.t !== 'obj') continue;
      for (const entry of s.entries) {
        const [key, value] = entry;
        if (!/^(Not)?(Action|Resource)$/.test(key)) continue;
        if (value.t === 'lit' && r.chance(0.5)) entry[1] = { t: 'arr', items: [value] };
        else if (value.t === 'arr' && value.items.length === 1 && r.chance(0.5)) entry[1] = value.items[0];
      }
    }
  },
  statementObject: (p) => {
    const s = get(p, 'Statement');
    if (s?.t === 'arr' && s.items.length === 1) set(p, 'Statement', s.items[0]);
  },
  transplant: (p, r, donors) => {
    const donor = r.pick(donors);
    const s = statements(tree(donor.value));
    if (s.length > 0) addStatement(p, r.pick(s));
  },
  shuffleKeys: (p, r) => {
    const shuffle = (j: J) => {
      if (j.t !== 'obj') return;
      for (let i = j.entries.length - 1; i > 0; i--) {
        const k = r.int(i + 1);
        [j.entries[i], j.entries[k]] = [j.entries[k], j.entries[i]];
      }
    };
    if (r.chance(0.5)) shuffle(p);
    for (const s of statements(p)) if (r.chance(0.5)) shuffle(s);
  },
};

/* ---------- layouts ---------- */

interface Layout {
  name: string;
  /** Indentation step; '' writes everything on one line. */
  indent: string;
  eol: '\n' | '\r\n';
  colon: () => string;
  /** What follows a comma on one line. */
  comma: () => string;
  /** Containers below this depth are written on one line. */
  inlineDepth: number;
  /** Spaces or tabs at the end of some lines. */
  trailing: () => string;
  /** What goes between one member's line and the next: a comma and a line break, a blank line, or comma first. */
  between: (inner: string) => string;
  bom: boolean;
  finalEol: boolean;
}

const plain: Layout = { name: 'plain', indent: '', eol: '\n', colon: () => ':', comma: () => ',', inlineDepth: 0, trailing: () => '', between: () => ',', bom: false, finalEol: false };

function layout(random: Random): Layout {
  const indent = random.pick(['', '  ', '    ', '\t', '  ', '    ']);
  const eol = random.pick(['\n', '\r\n'] as const);
  const odd = random.chance(0.25);
  const colonStyle = random.pick([':', ': ', ' : ', ': ']);
  const commaStyle = random.pick([',', ', ', ', ']);
  const trailing = random.chance(0.2);
  const bom = random.chance(0.08);
  const inlineDepth = indent === '' ? 0 : random.pick([99, 99, 4, 3, 5]);
  const lines = random.pick(['comma', 'comma', 'comma', 'comma', 'blank lines', 'comma first']);
  return {
    name: `indent=${JSON.stringify(indent)} eol=${JSON.stringify(eol)} colon=${JSON.stringify(colonStyle)}${odd ? ' odd spacing' : ''}${trailing ? ' trailing spaces' : ''}${bom ? ' BOM' : ''} inline<${inlineDepth}${lines !== 'comma' ? ` ${lines}` : ''}`,
    indent, eol, bom, inlineDepth, finalEol: indent !== '' && random.chance(0.8),
    colon: () => (odd ? random.pick([':', ' :', ': ', '  :  ', ':\t', ' : ']) : colonStyle),
    comma: () => (odd ? random.pick([',', ', ', ' , ', ',  ', ' ,']) : commaStyle),
    trailing: () => (trailing && random.chance(0.3) ? random.pick([' ', '  ', '\t']) : ''),
    between(inner) {
      const end = this.trailing() + eol;
      if (lines === 'blank lines') return `,${end}${end}${inner}`;
      if (lines === 'comma first') return `${end}${inner.slice(0, -indent.length) || inner}, `;
      return `,${end}${inner}`;
    },
  };
}

function serialize(j: J, l: Layout, depth = 0, indent = ''): string {
  if (j.t === 'lit') return JSON.stringify(j.v);
  const [open, close] = j.t === 'obj' ? ['{', '}'] : ['[', ']'];
  const items = j.t === 'obj'
    ? j.entries.map(([k, v]) => `${JSON.stringify(k)}${l.colon()}${serialize(v, l, depth + 1, indent + l.indent)}`)
    : j.items.map((v) => serialize(v, l, depth + 1, indent + l.indent));
  if (items.length === 0) return open + close;
  if (l.indent === '' || depth >= l.inlineDepth) {
    const pad = l.indent === '' ? '' : l.comma().endsWith(' ') ? ' ' : '';
    return `${open}${pad}${items.reduce((a, b) => a + l.comma() + b)}${pad}${close}`;
  }
  const inner = indent + l.indent;
  return `${open}${l.trailing()}${l.eol}${inner}${items.reduce((a, b) => a + l.between(inner) + b)}${l.eol}${indent}${close}`;
}

function render(j: J, l: Layout): string {
  return (l.bom ? '\uFEFF' : '') + serialize(j, l) + (l.finalEol ? l.eol : '');
}

/* ---------- the pipeline, as src/run.ts runs it ---------- */

interface Ignore { config: LoadedConfig; path: string }

function ignoreFor(path: string): Ignore {
  const config = {
    directory: '/fuzz', ignore: [{ index: 0, files: ['**'], matches: () => true, path, reason: 'fuzz' }],
  } as unknown as LoadedConfig;
  return { config, path };
}

const FILE = '/fuzz/policy.json';

/**
 * The fixes that make what was written take effect: a spelling IAM reads (Effect, operator, version, the MFA
 * condition's value), the byte order mark that hides the whole document, an MFA deny that now also applies
 * to long-term access keys.
 */
const REVEALING = new Set([
  'effect-valid', 'condition-operator-valid', 'mfa-deny-condition-valid', 'policy-version', 'policy-variables-require-version', 'json-syntax',
  'mfa-deny-bool-if-exists', 'mfa-age-deny-if-exists',
]);
/** Rules about the text and its shape: a finding of theirs after a fix is the fix's doing. */
const TEXTUAL = new Set(['json-syntax', 'schema', 'empty-statement-element', 'policy-size', 'org-policy-size', 'resource-policy-size']);

/** lintAndFix as src/run.ts calls it; `onePass` stops after one pass, `only` applies only some fixes. */
function fix(text: string, policyType: PolicyType, ignore?: Ignore, onePass = false, only?: (m: LintMessage) => boolean) {
  let passes = 0;
  const offered: LintMessage[] = [];
  const outcome = lintAndFix(FILE, text, { policyType, rules: enabled },
    (messages, value) => {
      if (onePass && passes++ > 0) return [];
      const kept = (ignore ? applySuppressions(ignore.config, FILE, value, messages) : messages).filter((m) => !only || !m.fix || only(m));
      offered.push(...kept.filter((m) => m.fix));
      return kept;
    },
    ignore ? (document) => ignoreAnchors(ignore.config, FILE, document) : undefined);
  return { ...outcome, offered };
}

/** Whether `after` is `before` with only the bytes inside `ranges` replaced. */
function changesOnlyInside(before: string, after: string, ranges: Array<[number, number]>): boolean {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  // The text between the ranges must appear in `after`, in order, with only replacements between.
  const gaps: string[] = [];
  let cursor = 0;
  for (const [s, e] of merged) {
    gaps.push(before.slice(cursor, s));
    cursor = e;
  }
  gaps.push(before.slice(cursor));
  if (gaps.length === 1) return before === after;
  if (!after.startsWith(gaps[0]) || !after.endsWith(gaps[gaps.length - 1])) return false;
  let at = gaps[0].length;
  const end = after.length - gaps[gaps.length - 1].length;
  for (const gap of gaps.slice(1, -1)) {
    const found = after.indexOf(gap, at);
    if (found < 0 || found + gap.length > end) return false;
    at = found + gap.length;
  }
  return at <= end;
}

/**
 * A finding's identity across a fix: its rule and its path, or its rule and its message; letter case aside
 * (a fix may correct the case of a key on the path) and numbers aside (an index or a line moves when a fix
 * removes a statement or a line).
 */
const byPath = (m: LintMessage) => `${m.ruleId}|${JSON.stringify(m.path ?? null).toLowerCase()}`;
const byMessage = (m: LintMessage) => `${m.ruleId}|${m.message.replace(/\d+/g, '#').toLowerCase()}`;

/** The lines of `after` that are not in `before` (as a multiset), with their line ending. */
function newLines(before: string, after: string): string[] {
  const split = (t: string) => t.match(/[^\r\n]*(\r\n|\r|\n|$)/g)!.filter((l) => l !== '');
  const counts = new Map<string, number>();
  for (const line of split(before)) counts.set(line, (counts.get(line) ?? 0) + 1);
  const out: string[] = [];
  for (const line of split(after)) {
    const n = counts.get(line) ?? 0;
    if (n > 0) counts.set(line, n - 1);
    else out.push(line);
  }
  return out;
}

function checkCase(text: string, policyType: PolicyType, ignore: Ignore | undefined): string[] {
  const problems: string[] = [];
  // A byte order mark hides every finding behind json-syntax until its fix removes it: compare with the text behind it.
  const input = new PolicyDocument(FILE, text.replace(/^\uFEFF/, ''));
  const inputMessages = lintDocument(input, { policyType, rules: enabled });
  const full = fix(text, policyType, ignore);
  if (!full.fixed) return problems;
  const output = full.output;

  // Valid JSON, and a fixed point.
  try {
    JSON.parse(output);
  } catch (error) {
    problems.push(`the output is not JSON: ${(error as Error).message}`);
  }
  const again = fix(output, policyType, ignore);
  if (again.fixed) problems.push(`a second --fix changed the output: ${again.offered.map((m) => `${m.ruleId}: ${m.message}`).join('; ')}`);

  // No key written twice that was not (condition keys in other letter case may surface: a corrected operator).
  if (duplicateKeyCount(output) > duplicateKeyCount(text)) problems.push(`--fix wrote a duplicate key (${duplicateKeyCount(text)} before, ${duplicateKeyCount(output)} after)`);

  // No new error finding. A fix that makes a statement take effect (a corrected Effect, operator or version,
  // an MFA deny that now applies to long-term keys) lets the rules that read effective statements check it,
  // and they may find what was always there: the findings of the input with only those fixes applied count
  // as the input's, except the findings of rules about the text itself, which an edit gone wrong causes.
  const revealed = fix(text, policyType, ignore, false, (m) => REVEALING.has(m.ruleId!));
  const known = [...inputMessages, ...(revealed.fixed ? revealed.messages.filter((m) => !TEXTUAL.has(m.ruleId!)) : [])];
  const paths = new Set(known.map(byPath));
  const messages = new Set(known.map(byMessage));
  for (const m of full.messages) {
    if (m.severity !== 2 || paths.has(byPath(m)) || messages.has(byMessage(m))) continue;
    problems.push(`new finding after --fix: ${m.ruleId} at ${JSON.stringify(m.path)} (${m.line}:${m.column}): ${m.message}`);
  }

  // Pass by pass: bytes change only inside the fix ranges the pass reported.
  let current = text;
  for (let pass = 0; pass < 12; pass++) {
    const step = fix(current, policyType, ignore, true);
    if (!step.fixed) break;
    if (!changesOnlyInside(current, step.output, step.offered.map((m) => m.fix!.range))) {
      problems.push(`pass ${pass + 1} changed bytes outside its fix ranges ${JSON.stringify(step.offered.map((m) => [m.ruleId, m.fix!.range]))}:\n${JSON.stringify(current)}\n→ ${JSON.stringify(step.output)}`);
    }
    current = step.output;
  }
  if (current !== output) problems.push(`fixing pass by pass gave another output: ${JSON.stringify(current)}`);

  // Line endings, indentation characters, no trailing whitespace on the lines the fixes wrote.
  const eols = new Set(text.match(/\r\n|\r|\n/g) ?? []);
  const indentChars = new Set((text.match(/^[ \t]+(?=\S)/gm) ?? []).join(''));
  const body = (line: string) => line.replace(/(\r\n|\r|\n)$/, '');
  for (const line of newLines(text.replace(/^\uFEFF/, ''), output)) {
    const eol = /(\r\n|\r|\n)$/.exec(line)?.[1];
    if (eol && eols.size > 0 && !eols.has(eol)) problems.push(`a fix wrote the line ending ${JSON.stringify(eol)} in a file with ${JSON.stringify([...eols])}: ${JSON.stringify(line)}`);
    const indent = /^[ \t]*/.exec(line)![0];
    // A line of blanks only is trailing whitespace, not indentation (the next check).
    if (body(line).trim() !== '' && [...indent].some((c) => indentChars.size > 0 && !indentChars.has(c))) problems.push(`a fix indented with ${JSON.stringify(indent)} in a file indented with ${JSON.stringify([...indentChars].join(''))}: ${JSON.stringify(line)}`);
    if (/[ \t]$/.test(body(line)) && !/[ \t](\r\n|\r|\n)/.test(text)) problems.push(`a fix left trailing whitespace: ${JSON.stringify(line)}`);
  }

  // An ignore path still selects the same node, unchanged.
  if (ignore) {
    const before = ignoreAnchors(ignore.config, FILE, input).map((offset) => spanAt(input, offset));
    const after = ignoreAnchors(ignore.config, FILE, full.document).map((offset) => spanAt(full.document, offset));
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      problems.push(`${ignore.path} selected ${JSON.stringify(before)} before --fix and ${JSON.stringify(after)} after`);
    }
  }
  return problems;
}

/** The text of the value node that starts at `offset`. */
function spanAt(doc: PolicyDocument, offset: number): string {
  const find = (node: Node | undefined): Node | undefined => {
    if (!node) return undefined;
    if (node.offset === offset && node.type !== 'property') return node;
    for (const child of node.children ?? []) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const node = find(doc.root);
  return node ? doc.text.slice(node.offset, node.offset + node.length) : '';
}

/* ---------- the test ---------- */

describe('--fix on generated policies', () => {
  it(`keeps its promises on ${CASES} generated texts (seed ${SEED})`, async () => {
    await prepareRules(enabled);
    await loadJsonPath();
    const all = seeds();
    const random = prng(SEED);
    const names = Object.keys(MUTATIONS);
    let fixedCount = 0;
    const failures: string[] = [];
    const fixedBy = new Map<string, number>();
    for (let n = 0; n < CASES; n++) {
      const base = random.pick(all);
      const policy = tree(base.value);
      const applied: string[] = [];
      const count = 1 + random.int(4);
      for (let k = 0; k < count; k++) {
        const name = random.pick(names);
        MUTATIONS[name](policy, random, all);
        applied.push(name);
      }
      if (random.chance(0.3)) {
        MUTATIONS.shuffleKeys(policy, random, all);
        applied.push('shuffleKeys');
      }
      const l = layout(random);
      const text = render(policy, l);
      const policyType: PolicyType = base.policyType !== 'identity' ? base.policyType : random.chance(0.85) ? 'identity' : random.pick(['resource', 'trust', 'scp'] as const);
      const stmtCount = statements(policy).length;
      const ignore = random.chance(0.25) && stmtCount > 0
        ? ignoreFor(random.chance(0.7) ? `$.Statement[${random.int(stmtCount)}]` : `$.Statement[?(@.Sid == '${listOf(get(random.pick(statements(policy)), 'Sid'))[0] ?? 'Same'}')]`)
        : undefined;
      let problems: string[];
      try {
        problems = checkCase(text, policyType, ignore);
      } catch (error) {
        problems = [`threw: ${(error as Error).stack}`];
      }
      const outcome = lintAndFix(FILE, text, { policyType, rules: enabled });
      if (outcome.fixed) {
        fixedCount++;
        for (const m of lintDocument(new PolicyDocument(FILE, text), { policyType, rules: enabled })) if (m.fix) fixedBy.set(m.ruleId!, (fixedBy.get(m.ruleId!) ?? 0) + 1);
      }
      if (problems.length > 0) {
        failures.push([
          `--fix broke a promise (FIX_FUZZ_SEED=${SEED}, case ${n}: ${base.name} + ${applied.join(', ')}; ${l.name}; policy type ${policyType}${ignore ? `; ignore path ${ignore.path}` : ''})`,
          ...problems.map((p) => `- ${p}`),
          'input text:', JSON.stringify(text),
        ].join('\n'));
      }
    }
    // The generator reaches the fixers: most texts get a fix, from most of the safe rules.
    expect(fixedCount).toBeGreaterThan(CASES / 2);
    console.log(`fix-fuzz: ${fixedCount}/${CASES} texts fixed; fixes offered by rule: ${JSON.stringify(Object.fromEntries([...fixedBy].sort()))}`);
    // Every broken case is listed (up to five): the first alone may hide a pattern.
    if (failures.length > 0) expect.fail(`${failures.length} of ${CASES} cases broke a promise:\n\n${failures.slice(0, Number(process.env.FIX_FUZZ_SHOW ?? 5)).join('\n\n')}`);
  }, 120_000);
});
