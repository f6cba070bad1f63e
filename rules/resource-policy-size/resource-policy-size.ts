import { defineRule } from '../../src/engine/rule.js';
import { thousands } from '../../src/words.js';

interface Quota {
  /** In bytes of UTF-8, or in characters where `characters` is set. */
  limit: number;
  /** Whether the service counts characters rather than bytes (documented for VPC endpoints). */
  characters?: boolean;
  /** Whether the service counts the whitespace between JSON tokens (documented for DynamoDB). */
  countsWhitespace: boolean;
  name: string;
}

/**
 * Policy size quotas of the resource types Access Analyzer validates (validatePolicyResourceType), from the
 * services' documentation: S3 "Bucket policies are limited to 20 KB in size", "Access point policies are
 * limited to 20 KB in size"; DynamoDB "The maximum size supported for a resource-based policy document is
 * 20 KB. DynamoDB counts whitespaces"; VPC endpoints "The size of an endpoint policy cannot exceed 20,480
 * characters, including white space". Multi-Region Access Points and Object Lambda access points document
 * none: give `maxBytes` for them.
 */
const QUOTAS: Record<string, Quota> = {
  'AWS::S3::Bucket': { limit: 20480, countsWhitespace: false, name: 'S3 bucket' },
  'AWS::S3::AccessPoint': { limit: 20480, countsWhitespace: false, name: 'S3 access point' },
  'AWS::DynamoDB::Table': { limit: 20480, countsWhitespace: true, name: 'DynamoDB table' },
  'AWS::EC2::VPCEndpoint': { limit: 20480, countsWhitespace: true, characters: true, name: 'VPC endpoint' },
};

const NAMES: Record<string, string> = {
  'AWS::S3::MultiRegionAccessPoint': 'S3 Multi-Region Access Point',
  'AWS::S3ObjectLambda::AccessPoint': 'S3 Object Lambda access point',
};

const isJsonWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** The policy's size (UTF-8 bytes, or characters) as written, and without the whitespace outside strings. */
function policySize(text: string, characters: boolean): { written: number; minimal: number } {
  let written = 0;
  let minimal = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++; // the second half of a surrogate pair
    if (code === 0xfeff && i === 0) continue; // a byte order mark is not part of the policy
    const bytes = characters ? 1 : utf8Length(code);
    written += bytes;
    if (inString) {
      minimal += bytes;
      if (escaped) escaped = false;
      else if (code === 0x5c) escaped = true;
      else if (code === 0x22) inString = false;
    } else if (!isJsonWhitespace(code)) {
      minimal += bytes;
      if (code === 0x22) inString = true;
    }
  }
  return { written, minimal };
}

export default defineRule({
  id: 'resource-policy-size',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    issueCode: 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA',
    policyTypes: ['resource'],
    docs: { description: 'A resource policy fits its resource type\'s size quota (option resourceType or maxBytes): 20 KB for S3 buckets, access points, DynamoDB tables and VPC endpoints.' },
    messages: {
      tooLarge: 'The {{name}} policy has {{size}} {{unit}}{{how}}, more than the {{limit}} {{unit}} allowed; shorten it by merging statements that differ in one element, or by matching with conditions instead of long lists.',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        resourceType: { enum: ['AWS::S3::Bucket', 'AWS::S3::AccessPoint', 'AWS::S3::MultiRegionAccessPoint', 'AWS::S3ObjectLambda::AccessPoint', 'AWS::DynamoDB::Table', 'AWS::EC2::VPCEndpoint'] },
        maxBytes: { type: 'integer', minimum: 1 },
        countWhitespace: { type: 'boolean' },
      },
      additionalProperties: false,
    },
  },
  given: '$',
  check(_match, context) {
    const resourceType = typeof context.options.resourceType === 'string' ? context.options.resourceType : undefined;
    const known = resourceType ? QUOTAS[resourceType] : undefined;
    const maxBytes = typeof context.options.maxBytes === 'number' ? context.options.maxBytes : undefined;
    const limit = maxBytes ?? known?.limit;
    if (limit === undefined) return; // the quota depends on the resource type
    const characters = maxBytes === undefined && known?.characters === true;
    const countsWhitespace = typeof context.options.countWhitespace === 'boolean' ? context.options.countWhitespace : known?.countsWhitespace ?? false;
    // What AWS receives (Terraform: a document's `json` and `minified_json`, jsonencode's output): the largest counts.
    const { texts, layout } = context.document.sent;
    // At most 3 UTF-8 bytes, or one character, per UTF-16 unit.
    if (texts.every((text) => text.length * (characters ? 1 : 3) <= limit)) return;
    const sizes = texts.map((text) => policySize(text, characters));
    // A JSON object in a template is serialized by the deploying tool: the template's layout is not sent.
    const asWritten = countsWhitespace && layout !== 'serialized';
    const size = Math.max(...sizes.map(({ written, minimal }) => (asWritten ? written : minimal)));
    if (size <= limit) return;
    context.report({
      messageId: 'tooLarge', path: ['Statement'], target: 'key',
      data: {
        name: known?.name ?? (resourceType && NAMES[resourceType]) ?? 'resource',
        size: thousands(size), limit: thousands(limit), unit: characters ? 'characters' : 'bytes',
        how: !asWritten ? ' without the whitespace outside strings' : layout === 'written' ? ' as written' : ' as Terraform sends it',
      },
    });
  },
});
