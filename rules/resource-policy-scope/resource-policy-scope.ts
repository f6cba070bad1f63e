import { isObject, statementsOf, type NormalizedPolicy } from '../../src/engine/normalize.js';
import { defineRule } from '../../src/engine/rule.js';
import { actionResourceTypeNames } from '../../src/iam/actions-db.js';
import { globMatches, hasWildcard } from '../../src/iam/glob.js';
import { splitArn } from '../../src/iam/resources.js';
import { andList, quoted } from '../../src/words.js';

/**
 * The resource types of Access Analyzer's validatePolicyResourceType, and those whose templates and Terraform
 * resources say what a policy is for (policy-lint's own check), with the service whose actions and ARNs their
 * policies hold. `accountLevel`: the service's docs say its actions without a resource type (`"Resource": "*"`
 * only) are for IAM policies, not this resource's policy (see the rule's doc), so they are reported.
 */
const RESOURCE_TYPES: Record<string, { name: string; service: string; accountLevel?: boolean }> = {
  'AWS::S3::Bucket': { name: 'S3 bucket', service: 's3', accountLevel: true },
  'AWS::S3::AccessPoint': { name: 'S3 access point', service: 's3' },
  'AWS::S3::MultiRegionAccessPoint': { name: 'S3 Multi-Region Access Point', service: 's3' },
  'AWS::S3ObjectLambda::AccessPoint': { name: 'S3 Object Lambda access point', service: 's3-object-lambda' },
  'AWS::DynamoDB::Table': { name: 'DynamoDB table', service: 'dynamodb' },
  'AWS::ECR::Repository': { name: 'ECR repository', service: 'ecr', accountLevel: true },
  'AWS::SQS::Queue': { name: 'SQS queue', service: 'sqs', accountLevel: true },
  'AWS::SNS::Topic': { name: 'SNS topic', service: 'sns' },
  'AWS::KMS::Key': { name: 'KMS key', service: 'kms', accountLevel: true },
};

/** The resource's name and the services its policy may name, from the options; undefined when not configured. */
function scopeOf(options: Record<string, unknown>): { name: string; services: string[]; accountLevel?: boolean } | undefined {
  if (Array.isArray(options.services) && options.services.length > 0) {
    const services = options.services.map((s) => String(s).toLowerCase());
    return { name: 'resource', services };
  }
  const type = typeof options.resourceType === 'string' ? RESOURCE_TYPES[options.resourceType] : undefined;
  return type ? { name: type.name, services: [type.service], accountLevel: type.accountLevel } : undefined;
}

/** Whether the IAM database knows the action and gives it no resource type: it is authorized on `"*"` only. */
function onlyStar(action: string): boolean {
  if (hasWildcard(action)) return false; // a pattern may also name actions on the resource
  return actionResourceTypeNames(action)?.length === 0;
}

/** Whether a service part (possibly a pattern) can name one of the services. */
function allowed(service: string, services: readonly string[]): boolean {
  if (hasWildcard(service)) return services.some((s) => globMatches(service, s));
  return services.includes(service.toLowerCase());
}

const quoteList = (services: readonly string[]) => andList(services.map((s) => quoted(s)));

export default defineRule({
  id: 'resource-policy-scope',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownActions: false,
    issueCode: ['UNSUPPORTED_ACTION_IN_POLICY', 'UNSUPPORTED_RESOURCE_ARN_IN_POLICY'],
    policyTypes: ['resource'],
    docs: { description: 'A resource policy\'s Action and Resource entries belong to its resource (option resourceType or services): s3 actions for a bucket, not account-level ones.' },
    messages: {
      action: 'Action "{{action}}" is not supported in this {{name}}\'s policy, which covers only {{services}} actions; remove it.',
      accountLevel: 'Action "{{action}}" acts on no {{name}} (its only resource is "*"), so this {{name}}\'s policy never applies to it; remove it and control it in an identity-based policy.',
      resource: 'Resource "{{value}}" is a {{service}} ARN, not supported in this {{name}}\'s policy, which covers only {{services}} resources; remove it.',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        resourceType: { enum: Object.keys(RESOURCE_TYPES) },
        services: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9-]+$' }, minItems: 1 },
      },
      additionalProperties: false,
    },
  },
  // The whole policy: the options say whether there is anything to check before any entry is looked at.
  given: '$',
  check({ value: policy }, context) {
    const scope = scopeOf(isObject(context.options) ? context.options : {});
    if (!scope) return; // which resource the policy belongs to is not configured
    const services = quoteList(scope.services);
    for (const { statement, path } of statementsOf(policy as NormalizedPolicy)) {
      if (Array.isArray(statement.Action)) {
        statement.Action.forEach((action, index) => {
          if (typeof action !== 'string' || action === '*') return;
          const colon = action.indexOf(':');
          if (colon <= 0) return; // not an action: action-exists
          const service = action.slice(0, colon);
          if (allowed(service, scope.services)) {
            if (scope.accountLevel && onlyStar(action)) {
              context.report({ messageId: 'accountLevel', path: [...path, 'Action', index], issueCode: null, data: { action, name: scope.name } });
            }
            return;
          }
          context.report({
            messageId: 'action', path: [...path, 'Action', index], issueCode: 'UNSUPPORTED_ACTION_IN_POLICY',
            substring: { start: 0, length: colon }, data: { action, name: scope.name, services },
          });
        });
      }
      if (Array.isArray(statement.Resource)) {
        statement.Resource.forEach((resource, index) => {
          if (typeof resource !== 'string' || resource === '*') return;
          const arn = splitArn(resource);
          if (!arn || arn.service.value.includes('${') || allowed(arn.service.value, scope.services)) return;
          context.report({
            messageId: 'resource', path: [...path, 'Resource', index], issueCode: 'UNSUPPORTED_RESOURCE_ARN_IN_POLICY',
            substring: { start: arn.service.start, length: arn.service.value.length },
            data: { value: resource, service: arn.service.value, name: scope.name, services },
          });
        });
      }
    }
  },
});
