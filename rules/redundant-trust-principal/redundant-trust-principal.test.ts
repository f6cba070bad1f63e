import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './redundant-trust-principal.js';

const trust = (AWS: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS }, Action: 'sts:AssumeRole' }],
});
const text = (value: unknown) => JSON.stringify(value, null, 4);

new RuleTester().run(rule, {
  valid: [
    { policyType: 'trust', code: trust('arn:aws:sts::123456789012:assumed-role/Deployer/ci') },
    { name: 'a session of another role', policyType: 'trust', code: trust(['arn:aws:iam::123456789012:role/Admin', 'arn:aws:sts::123456789012:assumed-role/Deployer/ci']) },
    { name: 'another account', policyType: 'trust', code: trust(['arn:aws:iam::111111111111:role/Deployer', 'arn:aws:sts::123456789012:assumed-role/Deployer/ci']) },
    { name: 'role names are compared as written', policyType: 'trust', code: trust(['arn:aws:iam::123456789012:role/deployer', 'arn:aws:sts::123456789012:assumed-role/Deployer/ci']) },
    { name: 'across statements is not this rule', policyType: 'trust', code: { Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/Deployer' }, Action: 'sts:AssumeRole' },
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:sts::123456789012:assumed-role/Deployer/ci' }, Action: 'sts:TagSession' },
    ] } },
    { name: 'only trust policies', policyType: 'resource', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::123456789012:role/Deployer', 'arn:aws:sts::123456789012:assumed-role/Deployer/ci'] }, Action: 's3:GetObject', Resource: '*' }] } },
  ],
  invalid: [
    {
      policyType: 'trust',
      code: trust(['arn:aws:iam::123456789012:role/Deployer', 'arn:aws:sts::123456789012:assumed-role/Deployer/ci']),
      errors: [{ messageId: 'redundantSession', line: 9, column: 21, endColumn: 73, issueCode: 'REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY',
        message: 'Session principal "arn:aws:sts::123456789012:assumed-role/Deployer/ci" is already covered by its role "arn:aws:iam::123456789012:role/Deployer", which matches every session of that role; remove the session principal.' }],
      output: text(trust(['arn:aws:iam::123456789012:role/Deployer'])),
    },
    {
      name: 'a role with a path; the session listed first',
      policyType: 'trust',
      code: trust(['arn:aws:sts::123456789012:assumed-role/Deployer/alice', 'arn:aws:iam::123456789012:role/ci/Deployer', 'arn:aws:sts::123456789012:assumed-role/Deployer/bob']),
      errors: [
        { messageId: 'redundantSession', line: 8, column: 21, endColumn: 76 },
        { messageId: 'redundantSession', line: 10, column: 21, endColumn: 74 },
      ],
      output: text(trust(['arn:aws:iam::123456789012:role/ci/Deployer'])),
    },
  ],
});
