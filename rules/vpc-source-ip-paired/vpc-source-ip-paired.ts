import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches, isObject, type ConditionEntry, type NormalizedStatement } from '../../src/engine/normalize.js';
import { limitsToValues, parseOperator } from '../../src/conditions/operator.js';
import { keyIs } from '../../src/conditions/values.js';
import { principalEntries } from '../../src/principals/principals.js';

/**
 * The keys that name the VPC a request comes through. AWS's check reference names aws:SourceVpc; the endpoint
 * (aws:SourceVpce) and the VPC's ARN (aws:SourceVpcArn) name it as well, so they count too: the rule reports
 * only a condition that names no VPC at all.
 */
const VPC_KEYS = ['aws:SourceVpc', 'aws:SourceVpce', 'aws:SourceVpcArn'];

/**
 * Whether an entry pins the VPC: a positive operator on a VPC key, so that the statement applies only to requests
 * through the VPCs it lists. A negated one (`StringNotEquals`) applies to every other VPC, and `Null` to any VPC;
 * `…IfExists` still pins, as a request with aws:VpcSourceIp comes through a VPC endpoint and so carries the key.
 */
const pinsVpc = (entry: ConditionEntry) => VPC_KEYS.some((key) => keyIs(entry.key, key)) && limitsToValues(entry, 'limited');

export default defineRule({
  id: 'vpc-source-ip-paired',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['unpaired'] },
    issueCode: 'MISSING_PAIRED_CONDITION_KEYS',
    docs: { description: 'A condition on aws:VpcSourceIp also names the VPC (aws:SourceVpc or aws:SourceVpce) in the same condition block.' },
    messages: {
      unpaired: '"{{key}}" checks only the IP address, not which VPC the request comes from; add "aws:SourceVpc" (or "aws:SourceVpce") to this condition so that it checks both.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const effect = value.Effect;
    const statement = value as NormalizedStatement;
    const entries = conditionEntries(statement, path);
    if (entries.some(pinsVpc)) return;
    // An Allow to "*" that no condition restricts is public, and principal-public-access says so at the "*"
    // (naming the unpaired key as what does not restrict the caller): that finding says more.
    const everyone = principalEntries(statement, path).filter((entry) => entry.value === '*' && entry.type !== 'Service');
    for (const entry of entries) {
      if (!keyIs(entry.key, 'aws:VpcSourceIp')) continue;
      const operator = parseOperator(entry.operator);
      // Only where the address lets a request through: an Allow from the listed addresses, or a Deny of every
      // address but those listed. The other uses refuse more, not less, and a Null check tests no address.
      if (operator?.family !== 'IpAddress') continue;
      if (!(effect === 'Allow' && !operator.negated) && !(effect === 'Deny' && operator.negated)) continue;
      context.report({
        messageId: 'unpaired', path: entry.keyPath, target: 'key', data: { key: entry.key },
        // A service principal's request is not to be restricted by network keys at all: that finding says more.
        deferTo: { rules: ['service-principal-source', 'principal-public-access'], paths: [entry.keyPath, ...everyone.map((e) => e.path)] },
      });
    }
  },
});
