/**
 * The ~1,600 current AWS managed policies are valid identity policies that IAM accepted. Every
 * error-severity finding on them is either a real defect (explained in the rule's doc) or a bug; the
 * counts per rule are pinned here so that a change in either direction is seen and reviewed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { PolicyDocument } from '../src/engine/document.js';
import { lintDocument, prepareRules } from '../src/engine/linter.js';
import { extractCorpus } from '../scripts/corpus.mjs';

/** Error-severity findings per rule on the corpus (rules with none are not listed). */
const PINNED_ERRORS: Record<string, number> = {
  'action-exists': 148, // retired services (deepracer, mobilehub, iot1click, …) and actions newer than the database, see the rule's doc
  'arn-account': 2, // real: arn:aws:kms:*::* (KMS ARNs always have an account), see the rule's doc
  'arn-resource-format': 9, // real: misspelt resource types and extra colons, listed in the rule's doc
  'condition-key-action-support': 11, // keys on actions that never carry them (ec2:Vpc on DescribeSubnets, …), see the rule's doc
  'condition-key-exists': 6, // retired deepracer keys, aws:PrincipalOrgMasterAccountId, lakeformation:GlueARN, see the rule's doc
  'condition-key-qualifier': 5, // multivalued events:detail-type without a qualifier, ForAllValues on a single-valued key
  'condition-operator-type': 15, // StringLike on ARN keys with a wildcard before the resource part (a security warning in Access Analyzer), see the rule's doc
  'mfa-deny-present': 5, // real: credential writes with no MFA deny, see the rule's doc
  'pass-role-scope': 16, // real: PassRole on every role (AdministratorAccess, IAMFullAccess, service roles with StringEqualsIfExists, …), see the rule's doc
  'self-service-resource-scope': 1, // real: SystemAdministrator's UpdateSigningCertificate on "*" (AWSOpsWorksRegisterCLI_OnPremises creates its users: a provisioning policy, not self-service)
  'tag-condition-key-support': 4, // a Deny on tag:TagResources by aws:TagKeys, which those actions lack, see the rule's doc
};

describe('AWS managed policy corpus', () => {
  it('has exactly the pinned error-severity findings per rule', async () => {
    const dir: string = extractCorpus();
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(1500);
    // As `policy-lint:all` configures them: every rule at its own severity.
    const enabled = rules.map((rule) => ({ rule, severity: rule.meta.severity === 'error' ? (2 as const) : (1 as const) }));
    await prepareRules(enabled);
    const errors: Record<string, number> = {};
    for (const file of files) {
      const document = new PolicyDocument(file, readFileSync(join(dir, file), 'utf8'));
      for (const m of lintDocument(document, { policyType: 'identity', rules: enabled })) {
        if (m.severity === 2) errors[m.ruleId!] = (errors[m.ruleId!] ?? 0) + 1;
      }
    }
    expect(errors).toEqual(PINNED_ERRORS);
  }, 120_000);
});
