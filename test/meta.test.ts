/**
 * Every rule is complete: a folder named after its id with code, test and doc; a registry entry in
 * alphabetical order; every message id used; every doc example producing exactly what the doc claims; every
 * Access Analyzer issue code it declares asserted by a test case and shown by a failing doc example.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lintDocument, prepareRules } from '../src/engine/linter.js';
import { PolicyDocument } from '../src/engine/document.js';
import { parseDocExamples } from '../src/testing/doc-examples.js';
import { issueCodesOf } from '../src/engine/rule.js';
import { lint, messagesOf } from './cloudformation/helpers.js';

/** A doc example that is a whole file (```yaml file=template.yaml): linted as the CLI reads it, with this rule only. */
async function lintFile(name: string, code: string, id: string, severity: string) {
  const outcome = await lint({ [name]: code, '.policy-lint.json': JSON.stringify({ extends: [], rules: { [id]: severity } }) }, [name]);
  return messagesOf(outcome, name);
}

const rulesDir = join(import.meta.dirname, '..', 'rules');
const folders = readdirSync(rulesDir).filter((name) => statSync(join(rulesDir, name)).isDirectory()).sort();
/**
 * Rules whose description another change is rewriting (the security auditors); remove each one here once its
 * description follows the convention.
 */

describe('rule registry', () => {
  it('lists every rule folder, and only those, in alphabetical order', () => {
    expect(rules.map((r) => r.id)).toEqual(folders);
  });
});

describe.each(folders)('rule %s', (id) => {
  const rule = rules.find((r) => r.id === id)!;
  const source = () => readFileSync(join(rulesDir, id, `${id}.ts`), 'utf8');
  const doc = () => readFileSync(join(rulesDir, id, `${id}.md`), 'utf8');

  it('has its code, test and doc', () => {
    for (const file of [`${id}.ts`, `${id}.test.ts`, `${id}.md`]) {
      expect(existsSync(join(rulesDir, id, file)), file).toBe(true);
    }
  });

  it('uses every message id it defines', () => {
    const text = source();
    for (const messageId of Object.keys(rule.meta.messages)) {
      expect(text, `message id "${messageId}" is never reported`).toMatch(new RegExp(`['"\`]${messageId}['"\`]`));
    }
  });

  it('states whether an unknown condition can make its findings false, if it reads conditions, with message ids it defines', () => {
    // The audit of src/cloudformation/unknown-condition.ts: a rule that reads a Condition (or asks which Deny
    // or MFA statements apply, which their conditions decide) records its decision in meta.unknownCondition.
    const readsConditions = /Condition|conditionEntries|analyzeMfa|deniedEverywhere|unconditionalDenyOn|roleActionScope|checkRoleActionScope/.test(source());
    if (readsConditions) expect(rule.meta.unknownCondition, 'meta.unknownCondition (false or the message ids)').toBeDefined();
    const { statement = [], policy = [] } = rule.meta.unknownCondition || {};
    for (const messageId of [...statement, ...policy]) expect(Object.keys(rule.meta.messages)).toContain(messageId);
  });

  it('states whether an unknown action list can make its findings false, if it reads actions, with message ids it defines', () => {
    // The audit of src/cloudformation/unknown-action.ts: a rule that reads Action or NotAction (or asks which
    // actions a statement grants or a Deny takes back) records its decision in meta.unknownActions.
    const readsActions = /\bAction\b|NotAction|actionGrant|ActionSet|deniedEverywhere|unconditionalDenyOn|analyzeMfa|checkRoleActionScope|findCoveringAction|statementCoversAction|deniedByEffectiveDeny|blocksWithoutMfa/.test(source());
    if (readsActions) expect(rule.meta.unknownActions, 'meta.unknownActions (false or the message ids)').toBeDefined();
    const { statement = [], notAction = [], deny = [], policy = [] } = rule.meta.unknownActions || {};
    for (const messageId of [...statement, ...notAction, ...deny, ...policy]) expect(Object.keys(rule.meta.messages)).toContain(messageId);
  });

  it('has a one-line description that follows the convention of docs/architecture.md', () => {
    const description = rule.meta.docs.description;
    expect(description.length, description).toBeLessThanOrEqual(160);
    expect(description, 'ends with a period').toMatch(/\.$/);
    expect(description, 'one sentence').not.toMatch(/[.!?]\s+[A-Z]/);
    expect(description, 'IAM names bare, without markdown backticks').not.toMatch(/`/);
    expect(description, 'JSON values in double quotes').not.toMatch(/(^|[\s(])'[^'\s][^']*'(?=[\s.,;:)]|$)/);
    // The doc's first paragraph (after `# <id>`) is the same sentence; markdown may backtick-quote names.
    const paragraph = doc().slice(`# ${id}\n\n`.length).split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ').replaceAll('`', '');
    expect(paragraph, `${id}.md's first paragraph`).toBe(description);
  });

  it('has a doc page with a title, a description and failing and passing examples', () => {
    const markdown = doc();
    expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
    const examples = parseDocExamples(markdown);
    expect(examples.some((e) => e.kind === 'failing'), 'no failing example').toBe(true);
    expect(examples.some((e) => e.kind === 'passing'), 'no passing example').toBe(true);
  });

  it('asserts each issue code it declares in a test case (issueCode: \'CODE\')', () => {
    const test = readFileSync(join(rulesDir, id, `${id}.test.ts`), 'utf8');
    const unasserted = issueCodesOf(rule.meta).filter((code) => !new RegExp(`issueCode:\\s*['"]${code}['"]`).test(test));
    expect(unasserted, 'issue codes no test case of the rule expects').toEqual([]);
  });

  it('shows each issue code it declares in a failing doc example', async () => {
    await prepareRules([{ rule, severity: 2 }]);
    const shown = new Set<string>();
    for (const example of parseDocExamples(doc()).filter((e) => e.kind === 'failing' && !e.file)) {
      const messages = lintDocument(new PolicyDocument(`${id}.md:${example.line}`, example.code), {
        policyType: example.policyType ?? 'identity', rules: [{ rule, severity: 2, options: example.options }],
      });
      for (const message of messages) if (message.issueCode) shown.add(message.issueCode);
    }
    expect(issueCodesOf(rule.meta).filter((code) => !shown.has(code)), 'issue codes no failing example produces').toEqual([]);
  });

  it('doc examples produce exactly the findings the doc claims', async () => {
    await prepareRules([{ rule, severity: 2 }]);
    for (const example of parseDocExamples(doc())) {
      const enabled = [{ rule, severity: (rule.meta.severity === 'error' ? 2 : 1) as 1 | 2, options: example.options }];
      const messages = example.file
        ? await lintFile(example.file, example.code, id, rule.meta.severity)
        : lintDocument(new PolicyDocument(`${id}.md:${example.line}`, example.code), { policyType: example.policyType ?? 'identity', rules: enabled });
      const actual = messages.map((m) => `${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warn'} ${m.message}`);
      if (example.kind === 'passing') {
        expect(actual, `passing example at ${id}.md:${example.line}`).toEqual([]);
      } else {
        expect(example.expected, `failing example at ${id}.md:${example.line} needs a \`\`\`text block`).toBeDefined();
        expect(actual, `failing example at ${id}.md:${example.line}`).toEqual(example.expected);
      }
    }
  });
});
