import { describe, expect, it } from 'vitest';
import { applySuppressions, parseConfig, suppressMessages } from '../../src/config/index.js';
import type { LintMessage } from '../../src/engine/types.js';
import { rules } from './helpers.js';

const load = (config: unknown) => parseConfig('/project/.policy-lint.json', JSON.stringify(config), rules);

function message(ruleId: string | null, path?: Array<string | number>, extra: Partial<LintMessage> = {}): LintMessage {
  return { ruleId, severity: 2, message: `${ruleId} at ${JSON.stringify(path)}`, line: 1, column: 1, endLine: 1, endColumn: 2, ...(path ? { path } : {}), ...extra };
}

const policy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ReadOnly', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
    { Sid: 'BreakGlass', Effect: 'Allow', Action: '*', Resource: '*' },
    { Sid: 'DenyOutsideRegions', Effect: 'Deny', NotAction: 'iam:*', Resource: '*' },
  ],
};

const messages = [
  message('effect-valid', ['Statement', 0, 'Effect']),
  message('no-wildcard-action', ['Statement', 1, 'Action']),
  message('max-actions', ['Statement', 1]),
  message('no-wildcard-action', ['Statement', 2, 'NotAction']),
  message('version-present', ['Version']),
  message('access-analyzer/PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', ['Statement', 1, 'Action'], { sources: ['access-analyzer'] }),
];
const ids = (list: LintMessage[]) => list.map((m) => `${m.ruleId}@${m.path?.join('.')}`);

describe('ignore', () => {
  it('by file: every finding of the matching files', async () => {
    const config = await load({ ignore: [{ files: ['legacy/**'], reason: 'Replaced in Q3.' }] });
    expect(applySuppressions(config, '/project/legacy/a.json', policy, messages)).toEqual([]);
    expect(applySuppressions(config, '/project/current/a.json', policy, messages)).toBe(messages);
    expect(applySuppressions(config, '/elsewhere/legacy/a.json', policy, messages)).toBe(messages);
  });

  it('by rule, including Access Analyzer findings', async () => {
    const config = await load({
      ignore: [{ files: ['**/*.json'], rules: ['no-wildcard-action', 'access-analyzer/PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE'], reason: 'Admin role.' }],
    });
    expect(ids(applySuppressions(config, '/project/a.json', policy, messages))).toEqual([
      'effect-valid@Statement.0.Effect', 'max-actions@Statement.1', 'version-present@Version',
    ]);
  });

  it('by JSON path: findings at or under the selected nodes', async () => {
    const config = await load({ ignore: [{ files: ['a.json'], path: '$.Statement[1]', reason: 'Break-glass access, reviewed.' }] });
    expect(ids(applySuppressions(config, '/project/a.json', policy, messages))).toEqual([
      'effect-valid@Statement.0.Effect', 'no-wildcard-action@Statement.2.NotAction', 'version-present@Version',
    ]);
  });

  it('a Statement written as one object is selected as item 0 too, as the rules read it', async () => {
    const single = { Version: '2012-10-17', Statement: { Sid: 'X', Effect: 'allow', Action: '*', Resource: '*' } };
    const found = [message('effect-valid', ['Statement', 'Effect']), message('version-present', ['Version'])];
    for (const path of ['$.Statement[0]', "$.Statement[?(@.Sid == 'X')]", '$.Statement', '$.Statement.Effect', '$.Statement[0].Effect']) {
      const config = await load({ ignore: [{ files: ['a.json'], path, reason: 'r' }] });
      expect(ids(applySuppressions(config, '/project/a.json', single, found)), path).toEqual(['version-present@Version']);
    }
    const other = await load({ ignore: [{ files: ['a.json'], path: '$.Statement[1]', reason: 'r' }] });
    expect(applySuppressions(other, '/project/a.json', single, found)).toHaveLength(2);
  });

  it('by JSON path with a filter (jsonpath-plus), combined with rules', async () => {
    const config = await load({
      ignore: [{ files: ['a.json'], rules: ['no-wildcard-action'], path: "$.Statement[?(@.Sid == 'BreakGlass' || @.Effect == 'Deny')]", reason: 'Reviewed.' }],
    });
    expect(ids(applySuppressions(config, '/project/a.json', policy, messages))).toEqual([
      'effect-valid@Statement.0.Effect', 'max-actions@Statement.1', 'version-present@Version',
      'access-analyzer/PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE@Statement.1.Action',
    ]);
  });

  it.each([
    ["$['Statement'][*].Action", ['no-wildcard-action@Statement.1.Action', 'access-analyzer/PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE@Statement.1.Action']],
    ['$.Version', ['version-present@Version']],
    ['$.Statement[7]', []],
    ['$..NotAction', ['no-wildcard-action@Statement.2.NotAction']],
    // A negative index counts from the end, as in RFC 9535, walked by hand or through jsonpath-plus.
    ['$.Statement[-1]', ['no-wildcard-action@Statement.2.NotAction']],
    ['$.Statement[-3].Effect', ['effect-valid@Statement.0.Effect']],
    ['$.Statement[-4]', []],
    ['$..Statement[-2]', ['no-wildcard-action@Statement.1.Action', 'max-actions@Statement.1', 'access-analyzer/PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE@Statement.1.Action']],
    ["$..Statement[-1][?(@ == 'iam:*')]", ['no-wildcard-action@Statement.2.NotAction']],
    // In a union too, and with a leading zero as the hand walk reads it.
    ['$.Statement[-1,0]', ['effect-valid@Statement.0.Effect', 'no-wildcard-action@Statement.2.NotAction']],
    ['$..Statement[-01]', ['no-wildcard-action@Statement.2.NotAction']],
  ])('path %s suppresses %j', async (path, gone) => {
    const config = await load({ ignore: [{ files: ['*.json'], path, reason: 'r' }] });
    const { suppressed } = suppressMessages(config, '/project/a.json', policy, messages);
    expect(ids(suppressed.map((s) => s.message))).toEqual(gone);
  });

  it('a path entry never covers a finding without a path, nor a file that did not parse', async () => {
    const config = await load({ ignore: [{ files: ['*.json'], path: '$', reason: 'r' }] });
    const noPath = message('effect-valid');
    expect(applySuppressions(config, '/project/a.json', policy, [noPath])).toEqual([noPath]);
    const inBroken = message('effect-valid', ['Statement']);
    expect(applySuppressions(config, '/project/a.json', undefined, [inBroken])).toEqual([inBroken]);
  });

  it('never drops a fatal parse error unless the entry names json-syntax', async () => {
    const fatal = message('json-syntax', undefined, { fatal: true });
    const all = await load({ ignore: [{ files: ['*.json'], reason: 'r' }] });
    expect(applySuppressions(all, '/project/a.json', undefined, [fatal])).toEqual([fatal]);
    const named = await load({ ignore: [{ files: ['*.json'], rules: ['json-syntax'], reason: 'Generated fixture.' }] });
    expect(applySuppressions(named, '/project/a.json', undefined, [fatal])).toEqual([]);
  });

  it('tells which entry and reason suppressed each finding', async () => {
    const config = await load({
      ignore: [
        { files: ['*.json'], rules: ['version-present'], reason: 'Version is added by the deploy tool.' },
        { files: ['a.json'], path: '$.Statement[0]', reason: '  Read-only is fine.  ' },
        { files: ['a.json'], rules: ['effect-valid'], reason: 'Case fixed upstream.' },
      ],
    });
    const outcome = suppressMessages(config, '/project/a.json', policy, messages);
    expect(outcome.kept).toHaveLength(4);
    // Every entry that covers a finding, so that removing one does not surprise.
    expect(outcome.suppressed.map((s) => [s.message.ruleId, s.entries.map((e) => [e.ignoreIndex, e.reason])])).toEqual([
      ['effect-valid', [[1, 'Read-only is fine.'], [2, 'Case fixed upstream.']]],
      ['version-present', [[0, 'Version is added by the deploy tool.']]],
    ]);
  });
});
