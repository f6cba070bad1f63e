/**
 * A policy inside a template is linted exactly as the same policy in its own file: every rule, every finding,
 * on the same characters. Each policy of a sample (the examples, the MFA seeds, every 8th AWS managed policy)
 * is wrapped in a JSON template and in a YAML template (JSON is YAML: the text indented under the key), and
 * the findings are compared with those of the policy alone, shifted by where the policy sits. For the JSON
 * template, `--fix` must give the template with the policy's own fixed text in place, byte for byte.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintTemplate } from '../../src/cloudformation/lint.js';
import { jsonTemplate, loadYaml, yamlTemplate } from '../../src/cloudformation/source.js';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintAndFix, lintDocument, prepareRules } from '../../src/engine/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import { allRules as enabled, samplePolicies as sample, shiftedMessage as shape } from '../fixtures/embedding-sample.js';

const JSON_PREFIX = '{\n  "Resources": {\n    "Policy": {\n      "Type": "AWS::IAM::ManagedPolicy",\n      "Properties": {\n        "PolicyDocument":\n';
const JSON_SUFFIX = '\n      }\n    }\n  }\n}\n';
const YAML_PREFIX = 'Resources:\n  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n';
const INDENT = '        ';

describe('a policy in a template is linted as the policy alone', () => {
  const policies = sample();
  beforeAll(async () => {
    await prepareRules(enabled);
    await loadYaml();
  });

  it('samples enough policies', () => {
    expect(policies.length).toBeGreaterThan(200);
  });

  it('JSON template: the same findings, shifted by the lines above; --fix edits the same bytes', () => {
    const prefixLines = JSON_PREFIX.split('\n').length - 1;
    for (const [name, text] of policies) {
      const policy = text.replace(/\n$/, '');
      const template = `${JSON_PREFIX}${policy}${JSON_SUFFIX}`;
      const alone = lintDocument(new PolicyDocument(name, policy), { policyType: 'identity', rules: enabled });
      const inTemplate = lintTemplate(name, template, jsonTemplate(template), enabled).messages;
      expect(inTemplate.map((m) => shape(m, 0, 0, 0)), name).toEqual(alone.map((m) => shape(m, prefixLines, 0, JSON_PREFIX.length)));
      const fixed = lintAndFix(name, policy, { policyType: 'identity', rules: enabled });
      const fixedTemplate = lintTemplate(name, template, jsonTemplate(template), enabled, { fix: true });
      expect(fixedTemplate.output ?? template, name).toBe(`${JSON_PREFIX}${fixed.output}${JSON_SUFFIX}`);
    }
  });

  it('YAML template: the same findings on the same characters, indented', () => {
    const prefixLines = YAML_PREFIX.split('\n').length - 1;
    let compared = 0;
    for (const [name, text] of policies) {
      const policy = text.replace(/\n$/, '');
      const document = new PolicyDocument(name, policy);
      // YAML refuses duplicate keys (a syntax error there); a tab is not indentation in YAML.
      if (document.mayHaveDuplicateKeys() || policy.includes('\t')) continue;
      const template = `${YAML_PREFIX}${policy.split('\n').map((line) => INDENT + line).join('\n')}\n`;
      const parsed = yamlTemplate(template);
      expect(parsed.error, name).toBeUndefined();
      // Findings about the policy as a whole point at the policy's `{` alone, in the template at its key.
      const alone = lintDocument(document, { policyType: 'identity', rules: enabled }).filter((m) => m.range![0] !== 0);
      const inTemplate = lintTemplate(name, template, parsed, enabled).messages.filter((m) => m.line !== prefixLines);
      expect(inTemplate.map((m) => shape(m, 0, 0, 0)), name).toEqual(alone.map((m) => ({ ...shape(m, prefixLines, INDENT.length, 0), fix: undefined })));
      compared += alone.length;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('a policy given as a string (a JSON string, a YAML literal block): each finding on the characters of its token', () => {
    let compared = 0;
    for (const [name, text] of policies) {
      const policy = text.replace(/\n$/, '');
      const document = new PolicyDocument(name, policy);
      const alone = lintDocument(document, { policyType: 'identity', rules: enabled }).filter((m) => m.range![0] !== 0);
      const json = `{"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": ${JSON.stringify(policy)}}}}}\n`;
      const yaml = `${YAML_PREFIX.replace('PolicyDocument:\n', 'PolicyDocument: |\n')}${policy.split('\n').map((line) => line === '' ? '' : INDENT + line).join('\n')}\n`;
      const withoutLines = (m: LintMessage) => [m.ruleId, m.message.replace(/\bline \d+\b/g, 'line N')];
      // Findings about the policy as a whole (at its `{`) are left out, as above.
      const jsonBrace = json.indexOf('"{') + 1;
      const inJson = lintTemplate(name, json, jsonTemplate(json), enabled).messages.filter((m) => m.range![0] !== jsonBrace);
      expect(inJson.map(withoutLines), name).toEqual(alone.map(withoutLines));
      inJson.forEach((m, i) => {
        expect(JSON.parse(`"${json.slice(m.range![0], m.range![1])}"`), `${name}: ${m.message}`).toBe(policy.slice(alone[i].range![0], alone[i].range![1]));
        expect(m.fix).toBeUndefined();
      });
      if (policy.includes('\t')) continue; // a tab cannot indent a YAML block
      const parsed = yamlTemplate(yaml);
      expect(parsed.error, name).toBeUndefined();
      const yamlBrace = yaml.indexOf('|\n') + 2 + INDENT.length;
      const inYaml = lintTemplate(name, yaml, parsed, enabled).messages.filter((m) => m.range![0] !== yamlBrace);
      expect(inYaml.map(withoutLines), name).toEqual(alone.map(withoutLines));
      inYaml.forEach((m, i) => expect(yaml.slice(m.range![0], m.range![1]), `${name}: ${m.message}`).toBe(policy.slice(alone[i].range![0], alone[i].range![1]).split('\n').join(`\n${INDENT}`)));
      compared += alone.length;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
