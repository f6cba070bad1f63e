import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, type NormalizedStatement } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { policyValueMatches } from '../../src/conditions/value-match.js';
import { hasVariable, keyIs } from '../../src/conditions/values.js';
import { actionMatches } from '../../src/actions/glob.js';
import { forEachCondition } from '../../src/iam/condition-keys.js';
import { globMatches } from '../../src/iam/glob.js';
import { ALWAYS_EXEMPTED_GLOBAL_SERVICES, GLOBAL_SERVICE_REGION, GLOBAL_SERVICES, IAM_REQUEST_REGIONS, partitionsNamed } from '../../src/iam/global-services.js';

/** The service part of an action entry (`iam` of `iam:PassRole`, `*` of `*`); undefined without one. */
function servicePart(entry: string): string | undefined {
  const colon = entry.indexOf(':');
  if (colon >= 0) return entry.slice(0, colon);
  return /^[*?]+$/.test(entry) ? entry : undefined;
}

/**
 * The global services AWS's example always exempts whose actions a Deny statement covers: an Action entry of the
 * service (`iam:*`, `iam:PassRole`, `*`), or a NotAction that does not exempt the whole service (`iam:*`, `*`).
 */
function deniedGlobalServices(statement: NormalizedStatement): string[] {
  const strings = (list: unknown) => (Array.isArray(list) ? list.filter((e): e is string => typeof e === 'string') : []);
  if (Array.isArray(statement.Action)) {
    const services = strings(statement.Action).map((e) => servicePart(e.trim())).filter((s) => s !== undefined);
    return ALWAYS_EXEMPTED_GLOBAL_SERVICES.filter((prefix) => services.some((s) => globMatches(s, prefix)));
  }
  if (Array.isArray(statement.NotAction)) {
    const exempt = strings(statement.NotAction);
    return ALWAYS_EXEMPTED_GLOBAL_SERVICES.filter((prefix) => !exempt.some((e) => actionMatches(e, `${prefix}:*`)));
  }
  return [];
}

/** Whether every action an Allow names belongs to a global service (no wildcard in the service part). */
function onlyGlobalActions(statement: NormalizedStatement): string[] | undefined {
  if (!Array.isArray(statement.Action) || statement.Action.length === 0) return undefined;
  const services = new Set<string>();
  for (const entry of statement.Action) {
    const service = typeof entry === 'string' ? servicePart(entry.trim())?.toLowerCase() : undefined;
    if (service === undefined || !GLOBAL_SERVICES.includes(service)) return undefined;
    services.add(service);
  }
  return GLOBAL_SERVICES.filter((s) => services.has(s));
}

/** A few names, the rest counted. */
function listServices(services: readonly string[]): string {
  const shown = services.slice(0, 3).join(', ');
  return services.length > 3 ? `${shown} and ${services.length - 3} more` : shown;
}

/** The statement's condition keys other than aws:RequestedRegion, as written (each once). */
function otherKeys(statement: NormalizedStatement): string[] {
  const keys: string[] = [];
  forEachCondition(statement, (_operator, key) => {
    if (!keyIs(key, 'aws:RequestedRegion') && !keys.includes(key)) keys.push(key);
  });
  return keys;
}

const NEGATED = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike']);
const POSITIVE = new Set(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike']);

export default defineRule({
  id: 'requested-region-global-services',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    // A computed value or exemption could name us-east-1 or the global services.
    unknownCondition: { statement: ['denyGlobal', 'denyGlobalNarrowed', 'allowNothing'] },
    // The Deny finding reads what NotAction leaves out; the Allow finding, the whole Action list.
    unknownActions: { notAction: ['denyGlobal', 'denyGlobalNarrowed'], statement: ['allowNothing'] },
    docs: { description: 'A condition on aws:RequestedRegion that leaves out us-east-1 does not cover the actions of global services, whose requests are made in us-east-1.' },
    messages: {
      denyGlobal: 'This Deny of requests outside {{values}} also denies {{services}} everywhere: requests to {{global}} are made in {{region}}. Exempt them with NotAction, as AWS\'s Region-deny example does ("NotAction": ["iam:*", "organizations:*", "route53:*", …]).',
      // Other keys of the statement limit which requests the Deny touches (aws:SourceVpc: only those made through a
      // VPC's endpoints): it denies the global services only for the requests they match, so "everywhere" is not true.
      denyGlobalNarrowed: 'This Deny of requests outside {{values}} also denies, in every Region, the requests to {{services}} that match its other conditions ({{keys}}): requests to {{global}} are made in {{region}}. Exempt them with NotAction, as AWS\'s Region-deny example does ("NotAction": ["iam:*", "organizations:*", "route53:*", …]).',
      allowNothing: 'This Allow names only actions of global services ({{services}}), whose requests are made in {{region}}, so "aws:RequestedRegion" {{values}} never matches and the statement allows nothing; add "{{region}}" or remove the condition.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    const statement = value as NormalizedStatement;
    if (statement.Effect !== 'Deny' && statement.Effect !== 'Allow') return;
    let reported = false;
    forEachCondition(statement, (operator, key, values) => {
      if (reported || !keyIs(key, 'aws:RequestedRegion') || !Array.isArray(values) || values.length === 0) return;
      const parsed = parseOperator(operator);
      // A qualifier on this single-valued key is another rule's finding; its meaning here is not this rule's.
      if (!parsed || parsed.qualifier) return;
      if (!values.every((v) => typeof v === 'string' && !hasVariable(v))) return;
      const regions = values as string[];
      const matchesGlobal = regions.some((v) => policyValueMatches(parsed, v, GLOBAL_SERVICE_REGION));
      if (matchesGlobal) return;
      // A condition written for another partition (a value that names only its Regions: us-gov-west-1, cn-*): the
      // global services' requests there are made in other Regions, and AWS documents only IAM's (IAM_REQUEST_REGIONS).
      // So only IAM is judged there, when the values all name that one partition, against IAM's Region: an Allow
      // of IAM actions alone, a Deny that covers IAM.
      let region = GLOBAL_SERVICE_REGION;
      let iamOnly = false;
      const named = regions.map((v) => partitionsNamed(parsed, v));
      if (named.some((partitions) => partitions.length > 0 && !partitions.includes('aws'))) {
        const partitions = [...new Set(named.flat())];
        if (partitions.length !== 1 || !Object.hasOwn(IAM_REQUEST_REGIONS, partitions[0])) return;
        region = IAM_REQUEST_REGIONS[partitions[0]];
        if (regions.some((v) => policyValueMatches(parsed, v, region))) return;
        iamOnly = true;
      }
      const shown = regions.map((v) => JSON.stringify(v)).join(', ');
      let services: string[] | undefined;
      let messageId: 'denyGlobal' | 'denyGlobalNarrowed' | 'allowNothing';
      const keys = otherKeys(statement);
      if (statement.Effect === 'Deny' && NEGATED.has(parsed.base)) {
        services = deniedGlobalServices(statement).filter((service) => !iamOnly || service === 'iam');
        messageId = keys.length > 0 ? 'denyGlobalNarrowed' : 'denyGlobal';
      } else if (statement.Effect === 'Allow' && POSITIVE.has(parsed.base)) {
        services = onlyGlobalActions(statement);
        if (iamOnly && services?.join() !== 'iam') return;
        messageId = 'allowNothing';
      } else return;
      if (!services || services.length === 0) return;
      reported = true;
      context.report({ messageId, path: [...path, 'Condition', operator, key], target: 'key',
        data: { services: listServices(services), values: shown, region, global: iamOnly ? 'IAM' : 'global services', keys: listServices(keys.map((k) => JSON.stringify(k))) } });
    });
  },
});
