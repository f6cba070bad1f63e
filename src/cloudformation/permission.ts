/**
 * Resources that add one statement to a resource policy from properties of their own (AWS::Lambda::Permission,
 * AWS::Lambda::LayerVersionPermission, and Terraform's aws_lambda_permission, aws_lambda_layer_version_permission),
 * read as the one-statement policy the service writes, so that the rules lint it as any resource policy.
 *
 * Lambda's AddPermission (and AddLayerVersionPermission) turn the properties into this statement:
 *   - `Effect: Allow`;
 *   - `Principal`: `"*"` as it is; an account ID as `{"AWS": "arn:aws:iam::ID:root"}`; an ARN as `{"AWS": ARN}`;
 *     a domain-style name (`s3.amazonaws.com`) as `{"Service": name}`;
 *   - `Action` as it is;
 *   - `Resource`: the function's (layer version's) ARN; a name is the function of the template's own account
 *     and Region (`arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:NAME`);
 *   - `Condition`: `SourceArn` → `ArnLike` `AWS:SourceArn`; `SourceAccount` → `StringEquals`
 *     `AWS:SourceAccount`; `PrincipalOrgID` (a layer's `OrganizationId`) → `StringEquals` `aws:PrincipalOrgID`;
 *     `EventSourceToken` → `StringEquals` `lambda:EventSourceToken`; `FunctionUrlAuthType` → `StringEquals`
 *     `lambda:FunctionUrlAuthType`; `InvokedViaFunctionUrl` → `Bool` `lambda:InvokedViaFunctionUrl`.
 *
 * Every element's value is the property's value, mapped to its source token (character by character where the
 * source allows); the keys and operators the service writes are mapped to the key of the property that supplies
 * them, and the statement's braces (findings about the statement as a whole, such as a missing condition) to the
 * `anchor` (a template's `Properties` key, a Terraform resource's name label): a finding on an element's name
 * (`"Principal"`, a rule's place for a missing condition), a condition's operator or key
 * (condition-key-action-support: `FunctionUrlAuthType` with `lambda:InvokeFunction`) is about that property.
 * Findings on what the service writes whatever the properties (`"Version": "2012-10-17"`, `"Effect": "Allow"`)
 * are dropped (`synthetic`): no property holds them. No fix is kept.
 */
import { Builder, resolveNode, stringOf, type BranchFlip, type EmbeddedText, type Resolved, type SubVariable } from './embed.js';
import type { SrcNode } from './source.js';

type StringResolved = Extract<Resolved, { kind: 'string' }>;

export interface PermissionSpec {
  /** The resource kind named by `resource`: what ARN a bare name stands for. */
  kind: 'function' | 'layer';
  principal: string;
  action: string;
  resource: string;
  /** A property appended to the resource with a `:` (Terraform's `qualifier`, a layer's `version_number`). */
  qualifier?: string;
  /** The properties the service makes a condition of, in the order it writes them. */
  conditions: ReadonlyArray<{ property: string; operator: string; key: string }>;
}

export const LAMBDA_PERMISSION: PermissionSpec = {
  kind: 'function',
  principal: 'Principal',
  action: 'Action',
  resource: 'FunctionName',
  qualifier: 'Qualifier',
  conditions: [
    { property: 'SourceArn', operator: 'ArnLike', key: 'AWS:SourceArn' },
    { property: 'SourceAccount', operator: 'StringEquals', key: 'AWS:SourceAccount' },
    { property: 'PrincipalOrgID', operator: 'StringEquals', key: 'aws:PrincipalOrgID' },
    { property: 'EventSourceToken', operator: 'StringEquals', key: 'lambda:EventSourceToken' },
    { property: 'FunctionUrlAuthType', operator: 'StringEquals', key: 'lambda:FunctionUrlAuthType' },
    { property: 'InvokedViaFunctionUrl', operator: 'Bool', key: 'lambda:InvokedViaFunctionUrl' },
  ],
};

export const LAYER_VERSION_PERMISSION: PermissionSpec = {
  kind: 'layer',
  principal: 'Principal',
  action: 'Action',
  resource: 'LayerVersionArn',
  qualifier: 'VersionNumber',
  conditions: [{ property: 'OrganizationId', operator: 'StringEquals', key: 'aws:PrincipalOrgID' }],
};

/** One property of a permission resource: its key's source range and its value. */
export interface PermissionProperty {
  keyStart: number;
  keyEnd: number;
  value: SrcNode;
}

/** A permission resource's properties, by the CloudFormation property name. */
export type PermissionProperties = ReadonlyMap<string, PermissionProperty>;

/**
 * The element paths of the statement (below `Statement`) and the property each comes from, for a finding's
 * path in the file (`ignore` paths): the first step of the element names the property.
 */
export function permissionPropertyOf(spec: PermissionSpec, path: ReadonlyArray<string | number>): string | undefined {
  const [element, operator, key] = path;
  if (element === 'Principal') return spec.principal;
  if (element === 'Action') return spec.action;
  if (element === 'Resource') return spec.resource;
  if (element === 'Condition') return spec.conditions.find((c) => c.operator === operator && c.key === key)?.property;
  return undefined;
}

/** A scalar as a string (YAML's `Principal: 123456789012` is a number; CloudFormation passes it as text). */
function asString(resolved: Resolved): StringResolved | undefined {
  if (resolved.kind === 'string') return resolved;
  if (resolved.kind !== 'node') return undefined;
  const { node } = resolved;
  if (node.kind === 'string') return stringOf(node) as StringResolved;
  if (node.kind === 'number' || node.kind === 'boolean') {
    const value = String(node.value);
    // A plain number's characters are its source characters.
    const map = Array.from({ length: value.length + 1 }, (_, i) => node.start + i);
    return { kind: 'string', value, map: node.end - node.start === value.length ? map : new Array(value.length + 1).fill(-1), placeholders: [], start: node.start, end: node.end };
  }
  return undefined;
}

/** A string with text written before and after it (characters not in the source). */
function affix(r: StringResolved, prefix: string, suffix: string, placeholders: ReadonlyArray<[number, number]> = []): StringResolved {
  return {
    ...r,
    value: prefix + r.value + suffix,
    map: [...new Array(prefix.length).fill(-1), ...r.map.slice(0, -1), ...new Array(suffix.length + 1).fill(-1)],
    placeholders: [...placeholders, ...r.placeholders.map(([s, e]): [number, number] => [s + prefix.length, e + prefix.length])],
  };
}

/** Whether every character of a string is a placeholder (a `Ref`, a `GetAtt`, a Terraform reference). */
function allPlaceholder(r: StringResolved): boolean {
  let covered = 0;
  for (const [s, e] of [...r.placeholders].sort((a, b) => a[0] - b[0])) {
    if (s > covered) return false;
    covered = Math.max(covered, e);
  }
  return r.value.length > 0 && covered >= r.value.length;
}

const PARTITION = '${AWS::Partition}';
const REGION = '${AWS::Region}';
const ACCOUNT = '${AWS::AccountId}';

/** A pseudo-parameter prefix as text and its placeholder ranges. */
function withPseudo(parts: readonly string[]): { text: string; placeholders: Array<[number, number]> } {
  let text = '';
  const placeholders: Array<[number, number]> = [];
  for (const part of parts) {
    if (part.startsWith('${')) placeholders.push([text.length, text.length + part.length]);
    text += part;
  }
  return { text, placeholders };
}

/** The ARN Lambda makes of a function (layer) name, a partial ARN, or a full one; a reference as it is. */
function resourceArn(r: StringResolved, kind: PermissionSpec['kind'], qualifier: StringResolved | undefined): StringResolved {
  let out = r;
  if (!r.value.startsWith('arn:') && !allPlaceholder(r)) {
    const prefix = /^\d{12}:(?:function|layer):/.test(r.value)
      ? withPseudo(['arn:', PARTITION, ':lambda:', REGION, ':'])
      : withPseudo(['arn:', PARTITION, ':lambda:', REGION, ':', ACCOUNT, `:${kind}:`]);
    out = affix(r, prefix.text, '', prefix.placeholders);
  }
  if (!qualifier) return out;
  // `name` + `:qualifier`: the qualifier's characters mapped too.
  return {
    ...out,
    value: `${out.value}:${qualifier.value}`,
    map: [...out.map.slice(0, -1), -1, ...qualifier.map],
    placeholders: [...out.placeholders, ...qualifier.placeholders.map(([s, e]): [number, number] => [s + out.value.length + 1, e + out.value.length + 1])],
  };
}

/**
 * The one-statement policy of a permission resource, or undefined when it names no principal or action (the
 * service rejects it; the schema of the resource is not this linter's). `flip`: the Fn::If nodes taking their
 * other branch (see `branchVariants`).
 */
export function embedPermission(
  source: string, properties: PermissionProperties, spec: PermissionSpec, anchor: [number, number], flip?: BranchFlip,
): EmbeddedText | undefined {
  const subVariables: SubVariable[] = [];
  const builder = new Builder(source, subVariables, flip);
  const synthetic: Array<[number, number]> = [];
  const resolved = (name: string): { property: PermissionProperty; value: Resolved } | undefined => {
    const property = properties.get(name);
    if (!property) return undefined;
    const value = resolveNode(property.value, subVariables, false, flip);
    return value.kind === 'novalue' ? undefined : { property, value };
  };
  const principal = resolved(spec.principal);
  const action = resolved(spec.action);
  if (!principal || !action) return undefined;
  /** What the service writes whatever the properties (`Version`, `Effect`): no property holds it, no finding stays on it. */
  const written = (text: string, [start, end]: readonly [number, number]): void => {
    const from = builder.text.length;
    builder.punct(text, start, end);
    synthetic.push([from, builder.text.length]);
  };
  const keyOf = (p: PermissionProperty): [number, number] => [p.keyStart, p.keyEnd];
  const writeString = (r: StringResolved): void => builder.string(r.value, r.map, r.start, r.end, r.placeholders);
  const writeValue = (p: { value: Resolved; property: PermissionProperty }): void => {
    const r = asString(p.value);
    if (r) writeString(r);
    else builder.value(p.property.value, false);
  };

  builder.punct('{', anchor[0], anchor[1]);
  written('"Version"', anchor);
  builder.punct(': ', anchor[0], anchor[1]);
  written('"2012-10-17"', anchor);
  builder.punct(', ', anchor[0], anchor[1]);
  builder.punct('"Statement"', anchor[0], anchor[1]);
  builder.punct(': {', anchor[0], anchor[1]);
  written('"Effect"', anchor);
  builder.punct(': ', anchor[0], anchor[1]);
  written('"Allow"', anchor);

  // Principal
  const principalKey = keyOf(principal.property);
  builder.punct(', ', principalKey[0], principalKey[0]);
  builder.punct('"Principal"', principalKey[0], principalKey[1]);
  builder.punct(': ', principalKey[1], principalKey[1]);
  const who = asString(principal.value);
  if (who && who.value === '*') {
    writeString(who);
  } else {
    let kind = 'AWS';
    let value = who;
    if (who && (/^\d{12}$/.test(who.value) || who.value === ACCOUNT)) {
      const prefix = withPseudo(['arn:', PARTITION, ':iam::']);
      value = affix(who, prefix.text, ':root', prefix.placeholders);
    } else if (who && !who.value.startsWith('arn:') && !allPlaceholder(who) && who.value.includes('.')) {
      kind = 'Service';
    }
    builder.punct('{', principalKey[0], principalKey[1]);
    builder.punct(`"${kind}"`, principalKey[0], principalKey[1]);
    builder.punct(': ', principalKey[1], principalKey[1]);
    if (value) writeString(value);
    else builder.value(principal.property.value, false);
    builder.punct('}', principalKey[0], principalKey[1]);
  }

  // Action
  const actionKey = keyOf(action.property);
  builder.punct(', ', actionKey[0], actionKey[0]);
  builder.punct('"Action"', actionKey[0], actionKey[1]);
  builder.punct(': ', actionKey[1], actionKey[1]);
  writeValue(action);

  // Resource
  const resource = resolved(spec.resource);
  const resourceString = resource && asString(resource.value);
  if (resource && resourceString) {
    const qualifierProperty = spec.qualifier ? resolved(spec.qualifier) : undefined;
    const qualifier = qualifierProperty && asString(qualifierProperty.value);
    const resourceKey = keyOf(resource.property);
    builder.punct(', ', resourceKey[0], resourceKey[0]);
    builder.punct('"Resource"', resourceKey[0], resourceKey[1]);
    builder.punct(': ', resourceKey[1], resourceKey[1]);
    const arn = resourceArn(resourceString, spec.kind, qualifier);
    // A Terraform `qualifier` is another attribute: the ARN then spans both (mapped to the name's token).
    writeString(arn);
  }

  // Condition, one operator after the other as the service writes them.
  const present = spec.conditions.flatMap((c) => {
    const found = resolved(c.property);
    return found ? [{ ...c, ...found }] : [];
  });
  if (present.length > 0) {
    const conditionKey = keyOf(present[0].property);
    builder.punct(', ', conditionKey[0], conditionKey[0]);
    builder.punct('"Condition"', conditionKey[0], conditionKey[1]);
    builder.punct(': {', conditionKey[0], conditionKey[1]);
    const operators = [...new Set(present.map((c) => c.operator))];
    operators.forEach((operator, i) => {
      const entries = present.filter((c) => c.operator === operator);
      const operatorKey = keyOf(entries[0].property);
      if (i > 0) builder.punct(', ', operatorKey[0], operatorKey[0]);
      builder.punct(JSON.stringify(operator), operatorKey[0], operatorKey[1]);
      builder.punct(': {', operatorKey[0], operatorKey[1]);
      entries.forEach((entry, j) => {
        const key = keyOf(entry.property);
        if (j > 0) builder.punct(', ', key[0], key[0]);
        builder.punct(JSON.stringify(entry.key), key[0], key[1]);
        builder.punct(': ', key[1], key[1]);
        writeValue(entry);
      });
      builder.punct('}', operatorKey[0], operatorKey[1]);
    });
    builder.punct('}', conditionKey[0], conditionKey[1]);
  }
  builder.punct('}}', anchor[0], anchor[1]);
  return { text: builder.text, segs: builder.segs, placeholders: builder.placeholders, subVariables, generated: true, synthetic };
}

/**
 * How a rule's advice reads for a permission resource, keyed by `ruleId/messageId`: the advice is the message's
 * last clause (after its template's last `; `), and these rules' advice names places a permission resource has
 * not (a Condition to add, another statement). `names`: the quoted properties (attributes) of the spec that
 * supply the condition keys the rule's own advice names (`"SourceArn" or "SourceAccount"`), '' when none;
 * `property`: the property the finding is on; `principal`: the principal's property; `resource`: the property
 * that names the statement's one resource (`FunctionName`), of the spec's `kind`. Undefined keeps the advice.
 */
interface AdviceContext {
  names: string;
  property: string | undefined;
  principal: string;
  resource: string;
  kind: PermissionSpec['kind'];
}

const ADVICE: Readonly<Record<string, (context: AdviceContext) => string | undefined>> = {
  'service-principal-source/missingSource': ({ names }) => (names ? `set ${names}.` : undefined),
  'principal-public-access/resource': ({ names, principal }) => (names ? `name the principal in "${principal}", or set ${names}.` : undefined),
  'principal-public-access/resourceWeak': ({ names, principal }) => (names ? `name the principal in "${principal}", or set ${names}.` : undefined),
  'condition-key-action-support/unsupported': ({ property }) => (property ? `remove "${property}", or grant an action whose requests have that key.` : undefined),
  // The statement has one resource, the one the resource property names: no Resource to add an ARN to.
  'action-resource-type/noMatchingResource': ({ property, resource, kind }) =>
    (property ? `write in "${property}" an action on ${kind}s, or in "${resource}" the ${kind} the action is for.` : undefined),
};

/**
 * Clauses of a rule's message that speak of the statement's Resource, with their words for a permission
 * resource, whose statement has the one resource its resource property (`resource`) names.
 */
const RESOURCE_CLAUSES: Readonly<Record<string, (resource: string) => [clause: string, worded: string]>> = {
  'action-resource-type/noMatchingResource': (resource) => [
    'no Resource of this statement can be one, so the statement never allows it',
    `what "${resource}" names is not one, so the permission never allows it`,
  ],
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `"A"`, `"A" or "B"`, `"A", "B" or "C"`. */
function orList(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/**
 * The message of a finding on a permission resource's statement in the words of the resource (`rename`: a
 * CloudFormation property's name in the file's format, Terraform's `source_arn`): the advice of the rules in
 * ADVICE rewritten to name the properties to set, then every condition key the spec writes, quoted, renamed to
 * its quoted property (`"AWS:SourceAccount" holds…` → `"SourceAccount" holds…`). The rule id and message id
 * stay, so `ignore` entries and SARIF results are the same. `template`: the rule's message template; `path`:
 * the finding's path in the statement's policy.
 */
export function permissionMessage(spec: PermissionSpec, rename: (property: string) => string = (p) => p) {
  return (message: { message: string; ruleId: string | null; messageId?: string; path?: ReadonlyArray<string | number> }, template: string | undefined): string => {
    let text = message.message;
    const advice = ADVICE[`${message.ruleId}/${message.messageId}`];
    const cut = template?.lastIndexOf('; ') ?? -1;
    if (advice && template && cut >= 0) {
      const tail = template.slice(cut + 2);
      const pattern = new RegExp(`; ${escapeRegExp(tail).replace(/\\\{\\\{\w+\\\}\\\}/g, '[\\s\\S]*?')}$`);
      const match = pattern.exec(text);
      const keys = [...tail.matchAll(/"([\w-]+:[\w/-]+)"/g)].map((m) => m[1].toLowerCase());
      const names = spec.conditions.filter((c) => keys.includes(c.key.toLowerCase())).map((c) => rename(c.property));
      const path = message.path ?? [];
      const property = path[0] === 'Statement' ? permissionPropertyOf(spec, path.slice(1)) : undefined;
      const replacement = match
        ? advice({ names: orList(names), property: property && rename(property), principal: rename(spec.principal), resource: rename(spec.resource), kind: spec.kind })
        : undefined;
      if (match && replacement) text = `${text.slice(0, match.index)}; ${replacement}`;
    }
    const clause = RESOURCE_CLAUSES[`${message.ruleId}/${message.messageId}`]?.(rename(spec.resource));
    if (clause) text = text.replace(clause[0], clause[1]);
    for (const { key, property } of spec.conditions) {
      text = text.replace(new RegExp(`"${escapeRegExp(key)}"`, 'gi'), `"${rename(property)}"`);
    }
    // The statement's `"Principal": "*"` is the resource's principal property (Terraform's `principal`).
    return text.replace(/^"Principal": /, `"${rename(spec.principal)}": `);
  };
}
