/**
 * The MFA self-service rule pack as a whole: every rule's doc examples (as test/meta.test.ts does for
 * registered rules), the seed policies, and silence on policies that are not of the family.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintAndFix, lintDocument, prepareRules } from '../../src/engine/linter.js';
import { PolicyDocument } from '../../src/engine/document.js';
import type { Rule } from '../../src/engine/rule.js';
import { parseDocExamples } from '../../src/testing/doc-examples.js';
import { PACK } from './pack.js';
import { rules as registry } from '../../rules/index.js';

const rulesDir = join(import.meta.dirname, '..', '..', 'rules');
const seedsDir = join(import.meta.dirname, '..', 'fixtures', 'seeds'); // copies of ../shared/seeds

const rules: Rule[] = await Promise.all(PACK.map(async (id) => (await import(/* @vite-ignore */ join(rulesDir, id, `${id}.ts`))).default as Rule));

function lint(text: string, enabled: Rule[], options: { policyType?: 'identity' | 'resource' | 'scp' } = {}) {
  return lintDocument(new PolicyDocument('policy.json', text), {
    policyType: options.policyType ?? 'identity',
    rules: enabled.map((rule) => ({ rule, severity: rule.meta.severity === 'error' ? 2 : 1 })),
  });
}

describe.each(PACK)('rule %s', (id) => {
  const rule = () => rules[PACK.indexOf(id)];
  it('has code, test and doc, and its id', () => {
    for (const file of [`${id}.ts`, `${id}.test.ts`, `${id}.md`]) expect(existsSync(join(rulesDir, id, file)), file).toBe(true);
    expect(rule().id).toBe(id);
  });

  it('uses every message id it defines', () => {
    const text = readFileSync(join(rulesDir, id, `${id}.ts`), 'utf8');
    for (const messageId of Object.keys(rule().meta.messages)) expect(text).toMatch(new RegExp(`['"\`]${messageId}['"\`]`));
  });

  it('doc examples produce exactly the findings the doc claims', async () => {
    const markdown = readFileSync(join(rulesDir, id, `${id}.md`), 'utf8');
    expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
    const examples = parseDocExamples(markdown);
    expect(examples.some((e) => e.kind === 'failing')).toBe(true);
    expect(examples.some((e) => e.kind === 'passing')).toBe(true);
    await prepareRules([{ rule: rule(), severity: 2 }]);
    for (const example of examples) {
      const messages = lintDocument(new PolicyDocument(`${id}.md:${example.line}`, example.code), {
        policyType: example.policyType ?? 'identity',
        rules: [{ rule: rule(), severity: rule().meta.severity === 'error' ? 2 : 1, options: example.options }],
      });
      const actual = messages.map((m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warn'} ${m.message}`);
      if (example.kind === 'passing') expect(actual, `${id}.md:${example.line}`).toEqual([]);
      else expect(actual, `${id}.md:${example.line}`).toEqual(example.expected);
    }
  });
});

describe('seed policies', () => {
  it('the AWS reference policy gives no error', () => {
    const messages = lint(readFileSync(join(seedsDir, 'aws-docs-self-manage-credentials-mfa.json'), 'utf8'), rules);
    expect(messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`)).toEqual([]);
  });

  it('the 2017 tutorial policy gets mfa-notaction-no-mfa-removal on its iam:DeleteVirtualMFADevice entry', () => {
    const text = readFileSync(join(seedsDir, 'aws-tutorial-2017-force-mfa.json'), 'utf8');
    const messages = lint(text, rules).filter((m) => m.ruleId === 'mfa-notaction-no-mfa-removal');
    expect(messages).toHaveLength(1);
    expect(text.slice(...messages[0].range!)).toBe('"iam:DeleteVirtualMFADevice"');
    expect(messages[0].line).toBe(text.slice(0, text.lastIndexOf('"iam:DeleteVirtualMFADevice"')).split('\n').length);
  });

  it('the policies embedded in the Markdown seeds lint like their JSON twins', () => {
    const embedded = (name: string) => /```\n(\{[\s\S]*?\n\})\n```/.exec(readFileSync(join(seedsDir, name), 'utf8'))![1];
    const summary = (text: string) => lint(text, rules).map((m) => `${m.ruleId} ${m.severity} ${m.message}`);
    expect(summary(embedded('000_5d49f21ff1d7e240.txt'))).toEqual(summary(readFileSync(join(seedsDir, 'aws-docs-self-manage-credentials-mfa.json'), 'utf8')));
    expect(summary(embedded('004_ec9ba83658b4cf3b.txt'))).toEqual(summary(readFileSync(join(seedsDir, 'aws-tutorial-2017-force-mfa.json'), 'utf8')));
  });
});

describe('policies outside the family get no finding from the mfa- rules', () => {
  const mfaRules = () => rules.filter((rule) => rule.id.startsWith('mfa-'));
  const cases: Record<string, { policyType?: 'identity' | 'resource'; policy: object }> = {
    'a plain admin policy': { policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
    'IAM full access': { policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:*', 'organizations:DescribeAccount'], Resource: '*' }] } },
    'an S3 bucket policy': { policyType: 'resource', policy: { Version: '2012-10-17', Statement: [
      { Sid: 'TLS', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    ] } },
    'a deny-by-region guard': { policy: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }] } },
  };
  it.each(Object.keys(cases))('%s', (name) => {
    const { policy, policyType } = cases[name];
    const messages = lint(JSON.stringify(policy, null, 4), mfaRules(), { policyType });
    expect(messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});

describe('self-service policies that do not enforce MFA get no finding from the pack but mfa-deny-present', () => {
  // AWS's documented examples (test/fixtures/aws-no-mfa/README.md), and an administrator's policy: each
  // scopes a resource to ${aws:username}, none tries to enforce MFA.
  const examplesDir = join(import.meta.dirname, '..', 'fixtures', 'aws-no-mfa');
  const cases: Record<string, string> = Object.fromEntries(readdirSync(examplesDir).filter((f) => f.endsWith('.json'))
    .map((f) => [f, readFileSync(join(examplesDir, f), 'utf8')]));
  cases['an administrator policy: iam:* on the own user, reads on every user, ec2:*'] = JSON.stringify({ Version: '2012-10-17', Statement: [
    { Effect: 'Allow', Action: 'iam:*', Resource: 'arn:aws:iam::*:user/${aws:username}' },
    { Effect: 'Allow', Action: ['iam:GetUser', 'iam:ListAccessKeys', 'iam:ListMFADevices'], Resource: '*' },
    { Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
  ] }, null, 4);
  it('has the five AWS examples and the administrator policy', () => expect(Object.keys(cases)).toHaveLength(6));
  // mfa-deny-present is the exception by design (iam-facts R1): credential writes on the own user with no MFA
  // deny in the same policy are what the pack guards against, with or without MFA elsewhere.
  it.each(Object.keys(cases))('%s', (name) => {
    const found = lint(cases[name], rules).filter((m) => m.ruleId !== 'mfa-deny-present');
    expect(found.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`)).toEqual([]);
  });
});

describe('a defect of the MFA deny\'s condition is one finding beside the general rules (recommended set)', () => {
  const recommended = registry.filter((rule) => rule.meta.recommended);
  const deny = (condition: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*",
"Condition":${condition}}]}`;
  const onCondition = (condition: string) => lint(deny(condition), recommended).filter((m) => m.line === 2)
    .map((m) => `${m.ruleId} ${m.column}-${m.endColumn} ${m.issueCode ?? '-'}${m.fix ? ' fix' : ''}`);

  it('two values: mfa-deny-condition-valid says which to keep, with condition-bool-value\'s issue code', () => {
    expect(onCondition('{"BoolIfExists":{"aws:MultiFactorAuthPresent":["false","true"]}}'))
      .toEqual(['mfa-deny-condition-valid 30-58 INVALID_CONDITION_MULTIPLE_BOOLEAN']);
  });

  it('a misspelt key: mfa-deny-condition-valid says what it does to the deny, with condition-key-exists\'s issue code', () => {
    expect(onCondition('{"BoolIfExists":{"aws:MultiFactorAuthPresnt":"false"}}'))
      .toEqual(['mfa-deny-condition-valid 30-57 INVALID_GLOBAL_CONDITION_KEY']);
  });

  it('an operator in the wrong case: condition-operator-valid, with its fix', () => {
    expect(onCondition('{"boolIfExists":{"aws:MultiFactorAuthPresent":"false"}}'))
      .toEqual(['condition-operator-valid 14-28 INVALID_CONDITION_OPERATOR fix']);
  });

  it('a separate defect on the same key stays: two values of a misspelt key', () => {
    expect(onCondition('{"BoolIfExists":{"aws:MultiFactorAuthPresnt":["false","true"]}}'))
      .toEqual(['condition-bool-value 30-57 INVALID_CONDITION_MULTIPLE_BOOLEAN', 'mfa-deny-condition-valid 30-57 INVALID_GLOBAL_CONDITION_KEY']);
  });
});

describe('fixes turn the catalog\'s failing examples into passing ones', () => {
  const cases: Record<string, string> = {
    'mfa-deny-bool-if-exists': '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}]}',
    'mfa-notaction-covers-enrollment': '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:ListMFADevices","sts:GetSessionToken"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}',
    'policy-variables-require-version': '{"Statement":[{"Effect":"Allow","Action":"iam:ChangePassword","Resource":"arn:aws:iam::*:user/${aws:username}"}]}',
    'mfa-notaction-no-mfa-removal': readFileSync(join(seedsDir, 'aws-tutorial-2017-force-mfa.json'), 'utf8'),
    'mfa-age-deny-if-exists': '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"NumericGreaterThan":{"aws:MultiFactorAuthAge":"3600"}}}]}',
    'mfa-notaction-no-credential-minting': '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:EnableMFADevice","iam:CreateAccessKey"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}',
  };
  it.each(Object.keys(cases))('%s', (id) => {
    const rule = rules[PACK.indexOf(id)];
    const options = { policyType: 'identity' as const, rules: [{ rule, severity: 2 as const }] };
    expect(lint(cases[id], [rule]).length).toBeGreaterThan(0);
    const { output, fixed } = lintAndFix('policy.json', cases[id], options);
    expect(fixed).toBe(true);
    expect(lint(output, [rule]).map((m) => m.message)).toEqual([]);
    expect(() => JSON.parse(output)).not.toThrow();
  });
});
