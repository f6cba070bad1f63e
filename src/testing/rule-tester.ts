/**
 * A strict RuleTester in the manner of ESLint's: every invalid case names each expected finding
 * (messageId, line, column at least), the count must match exactly, a rule that fixes must state the
 * fixed output, and valid cases must produce nothing.
 */
import { describe, expect, it } from 'vitest';
import { lintAndFix, lintDocument, prepareRules } from '../engine/linter.js';
import { PolicyDocument } from '../engine/document.js';
import { applyEdits } from '../engine/fixer.js';
import type { Rule } from '../engine/rule.js';
import type { LintMessage, PolicyType } from '../engine/types.js';

export interface ValidCase {
  name?: string;
  /** A policy as text, or as a value (written with 4-space indentation). */
  code: string | object;
  policyType?: PolicyType;
  options?: Record<string, unknown>;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The exact message text. */
  message?: string;
  severity?: 1 | 2;
  issueCode?: string;
  /** Expected suggestion outputs, in order; with `desc`, also the suggestion's exact text. */
  suggestions?: Array<{ messageId: string; desc?: string; output: string }>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after --fix; `null` when the rule must offer no fix. Required when a fix is produced. */
  output?: string | null;
}

export function policyText(code: string | object): string {
  return typeof code === 'string' ? code : JSON.stringify(code, null, 4);
}

export function runRule(rule: Rule, code: string | object, policyType: PolicyType = 'identity', options?: Record<string, unknown>): LintMessage[] {
  const document = new PolicyDocument('test.json', policyText(code));
  return lintDocument(document, { policyType, rules: [{ rule, severity: 2, options }] });
}

function caseName(c: ValidCase, index: number): string {
  return c.name ?? `#${index}: ${policyText(c.code).replace(/\s+/g, ' ').slice(0, 90)}`;
}

export class RuleTester {
  run(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    describe(rule.id, () => {
      it('has no duplicate test cases', async () => {
        await prepareRules([{ rule, severity: 2 }]);
        const keys = [...cases.valid, ...cases.invalid].map((c) => JSON.stringify([policyText(c.code), c.policyType, c.options]));
        expect(keys.length).toBe(new Set(keys).size);
        expect(cases.invalid.length, 'a rule needs at least one invalid case').toBeGreaterThan(0);
        expect(cases.valid.length, 'a rule needs at least one valid case').toBeGreaterThan(0);
      });

      describe('valid', () => {
        cases.valid.forEach((c, index) => {
          it(caseName(c, index), async () => {
            await prepareRules([{ rule, severity: 2 }]);
            const messages = runRule(rule, c.code, c.policyType, c.options);
            expect(messages.map((m) => `${m.line}:${m.column} ${m.messageId}: ${m.message}`)).toEqual([]);
          });
        });
      });

      describe('invalid', () => {
        cases.invalid.forEach((c, index) => {
          it(caseName(c, index), async () => {
            await prepareRules([{ rule, severity: 2 }]);
            expect(c.errors.length, 'an invalid case must list its errors').toBeGreaterThan(0);
            const messages = runRule(rule, c.code, c.policyType, c.options);
            const text = policyText(c.code);
            const actual = messages.map((m, i) => pick(m, c.errors[i], text));
            expect(actual).toEqual(c.errors.map((e) => ({ ...e, suggestions: e.suggestions })));
            for (const m of messages) {
              expect(Object.keys(rule.meta.messages)).toContain(m.messageId);
              expect(m.message, 'unfilled placeholder').not.toMatch(/\{\{/);
            }
            const fixable = messages.some((m) => m.fix);
            if (c.output === undefined) {
              expect(fixable, 'the rule produced a fix: state the expected `output`').toBe(false);
            } else if (c.output === null) {
              expect(fixable, 'output: null means no fix is expected').toBe(false);
            } else {
              expect(rule.meta.fixable).toBe('safe');
              const fixed = lintAndFix('test.json', text, { policyType: c.policyType ?? 'identity', rules: [{ rule, severity: 2, options: c.options }] });
              expect(fixed.output).toBe(c.output);
            }
          });
        });
      });
    });
  }
}

function pick(m: LintMessage, expected: ExpectedError | undefined, text: string): ExpectedError {
  const out: ExpectedError = { messageId: m.messageId ?? '', line: m.line, column: m.column };
  if (!expected) return { ...out, message: m.message };
  if (expected.endLine !== undefined) out.endLine = m.endLine;
  if (expected.endColumn !== undefined) out.endColumn = m.endColumn;
  if (expected.message !== undefined) out.message = m.message;
  if (expected.severity !== undefined) out.severity = m.severity;
  if (expected.issueCode !== undefined) out.issueCode = m.issueCode;
  out.suggestions = expected.suggestions === undefined ? undefined : (m.suggestions ?? []).map((s, i) => ({
    messageId: s.messageId ?? '',
    ...(expected.suggestions?.[i]?.desc !== undefined ? { desc: s.desc } : {}),
    output: applyEdits(text, [s.fix]),
  }));
  return out;
}
