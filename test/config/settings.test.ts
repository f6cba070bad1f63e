import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, checkCliOverrides, parseConfig, settingsForFile, type CliOverrides, type FileSettings, type LoadedConfig } from '../../src/config/index.js';
import { defineRule } from '../../src/engine/rule.js';
import { rules } from './helpers.js';

const root = '/project';
const load = (config: unknown) => parseConfig(join(root, '.policy-lint.json'), JSON.stringify(config), rules);
const summary = (config: LoadedConfig, file: string, cli: CliOverrides = {}) => {
  const s = settingsForFile(config, join(root, file), cli);
  return {
    policyType: s.policyType,
    rules: Object.fromEntries(s.rules.map((r) => [r.rule.id, r.options ? [r.severity, r.options] : r.severity])),
    ...(s.accessAnalyzerResourceType ? { resourceType: s.accessAnalyzerResourceType } : {}),
  };
};

describe('overrides', () => {
  it('apply to the files their globs match, relative to the config directory; later ones win', async () => {
    const config = await load({
      extends: [],
      policyType: 'identity',
      rules: { 'effect-valid': 'error' },
      accessAnalyzer: { resourceType: 'AWS::S3::Bucket' },
      overrides: [
        { files: ['scp/**/*.json'], policyType: 'scp', rules: { 'effect-valid': 'warn', 'no-wildcard-action': 'error' } },
        { files: ['scp/legacy/*.json'], rules: { 'effect-valid': 'off' } },
        { files: ['trust-*.json', '**/trust/*.json'], policyType: 'trust', accessAnalyzerResourceType: 'AWS::IAM::AssumeRolePolicyDocument' },
        { files: ['scp/org-root.json'], policyType: 'rcp' },
      ],
    });
    expect(summary(config, 'identity/user.json')).toEqual({ policyType: 'identity', rules: { 'effect-valid': 2 }, resourceType: 'AWS::S3::Bucket' });
    expect(summary(config, 'scp/deny-regions.json')).toEqual({
      policyType: 'scp', rules: { 'effect-valid': 1, 'no-wildcard-action': 2 }, resourceType: 'AWS::S3::Bucket',
    });
    expect(summary(config, 'scp/legacy/old.json').rules).toEqual({ 'no-wildcard-action': 2 });
    expect(summary(config, 'scp/org-root.json').policyType).toBe('rcp');
    expect(summary(config, 'trust-ci.json')).toMatchObject({ policyType: 'trust', resourceType: 'AWS::IAM::AssumeRolePolicyDocument' });
    expect(summary(config, 'roles/trust/ci.json').policyType).toBe('trust');
    // "trust-*.json" has no slash: it matches at the top only (as ESLint), not roles/trust-ci.json.
    expect(summary(config, 'roles/trust-ci.json').policyType).toBe('identity');
  });

  it('a pattern that names a directory covers what is under it; ./ and trailing slashes are fine', async () => {
    const config = await load({
      overrides: [{ files: ['./legacy/'], policyType: 'scp' }, { files: ['.github/policies'], policyType: 'rcp' }],
    });
    expect(summary(config, 'legacy/a/b.json').policyType).toBe('scp');
    expect(summary(config, 'legacy.json').policyType).toBe('identity');
    expect(summary(config, '.github/policies/x.json').policyType).toBe('rcp');
  });

  it('do not apply to files outside the config directory', async () => {
    const config = await load({ overrides: [{ files: ['**'], policyType: 'scp' }] });
    expect(settingsForFile(config, '/elsewhere/p.json', {}).policyType).toBe('identity');
    expect(settingsForFile(config, '/project/sub/p.json', {}).policyType).toBe('scp');
  });

  it('a severity alone keeps the options an earlier layer gave; new options replace them', async () => {
    const config = await load({
      rules: { 'max-actions': ['warn', { max: 3 }] },
      overrides: [
        { files: ['a/**'], rules: { 'max-actions': 'error' } },
        { files: ['a/b/**'], rules: { 'max-actions': ['warn', { services: ['s3'] }] } },
      ],
    });
    expect(summary(config, 'x.json').rules['max-actions']).toEqual([1, { max: 3, services: [] }]);
    expect(summary(config, 'a/x.json').rules['max-actions']).toEqual([2, { max: 3, services: [] }]);
    expect(summary(config, 'a/b/x.json').rules['max-actions']).toEqual([1, { max: 10, services: ['s3'] }]);
  });
});

describe('resourceType', () => {
  const VPCE = 'AWS::EC2::VPCEndpoint';
  const withOption = (id: string, types: string[], extra: Record<string, unknown> = {}) => defineRule({
    id,
    meta: {
      category: 'security', severity: 'error', recommended: true, fixable: 'none', docs: { description: id }, messages: { m: 'found' },
      optionsSchema: { type: 'object', properties: { resourceType: { enum: types }, ...extra }, additionalProperties: false },
    },
    given: '$',
    check: () => {},
  });
  const registry = [
    ...rules,
    withOption('public-access', [VPCE]),
    withOption('scope', ['AWS::S3::Bucket', 'AWS::SQS::Queue'], { services: { type: 'array' } }),
  ];
  const loadWith = (config: unknown) => parseConfig(join(root, '.policy-lint.json'), JSON.stringify(config), registry);
  const fileRules = (s: FileSettings) => Object.fromEntries(s.policyFileRules.filter((r) => Object.keys(r.options ?? {}).length > 0).map((r) => [r.rule.id, r.options]));

  it('gives a policy file\'s rules the type (replacing their own option), makes its policies resource policies, and gives Access Analyzer the type it knows', async () => {
    const config = await loadWith({
      policyType: 'identity',
      accessAnalyzer: { resourceType: 'AWS::S3::Bucket' },
      rules: { scope: ['error', { resourceType: 'AWS::S3::Bucket', services: ['s3'] }] },
      overrides: [
        { files: ['endpoints/**'], resourceType: VPCE },
        { files: ['queues/**'], resourceType: 'AWS::SQS::Queue' },
        { files: ['endpoints/legacy/**'], accessAnalyzerResourceType: 'AWS::DynamoDB::Table' },
      ],
    });
    const endpoint = settingsForFile(config, join(root, 'endpoints/s3.json'));
    expect([endpoint.policyType, endpoint.resourceType, endpoint.accessAnalyzerResourceType]).toEqual(['resource', VPCE, undefined]);
    // scope does not take the endpoint's type: the bucket its own option names is not this file's resource.
    expect(fileRules(endpoint)).toEqual({ 'max-actions': { max: 10, services: [] }, 'public-access': { resourceType: VPCE }, scope: { services: ['s3'] } });
    // Templates and .tf files: the rules as configured, each resource giving its own type.
    expect(endpoint.rules.find((r) => r.rule.id === 'scope')?.options).toEqual({ resourceType: 'AWS::S3::Bucket', services: ['s3'] });
    expect(endpoint.rules.find((r) => r.rule.id === 'public-access')?.options).toBeUndefined();

    const queue = settingsForFile(config, join(root, 'queues/q.json'));
    expect([queue.policyType, queue.resourceType, queue.accessAnalyzerResourceType]).toEqual(['resource', 'AWS::SQS::Queue', undefined]);
    expect(fileRules(queue)).toMatchObject({ scope: { resourceType: 'AWS::SQS::Queue', services: ['s3'] } });
    expect(fileRules(queue)).not.toHaveProperty('public-access');

    // The file's resource decides Access Analyzer's type, whatever a later override's accessAnalyzerResourceType says
    // (both layers match: the rules and Access Analyzer never check a policy as two resources').
    const legacy = settingsForFile(config, join(root, 'endpoints/legacy/s3.json'));
    expect([legacy.resourceType, legacy.accessAnalyzerResourceType]).toEqual([VPCE, undefined]);

    const other = settingsForFile(config, join(root, 'users/u.json'));
    expect([other.policyType, other.resourceType, other.accessAnalyzerResourceType]).toEqual(['identity', undefined, 'AWS::S3::Bucket']);
    expect(other.policyFileRules).toBe(other.rules);
  });

  it('at the top level: the default policy type is resource; a policy type other than resource (a later override, --policy-type) leaves it out', async () => {
    const config = await loadWith({
      resourceType: 'AWS::S3::Bucket',
      overrides: [{ files: ['trust/**'], policyType: 'trust' }, { files: ['mixed/**'], policyType: 'resource' }],
    });
    const bucket = settingsForFile(config, join(root, 'b.json'));
    expect([bucket.policyType, bucket.resourceType, bucket.accessAnalyzerResourceType]).toEqual(['resource', 'AWS::S3::Bucket', 'AWS::S3::Bucket']);
    expect(fileRules(bucket).scope).toEqual({ resourceType: 'AWS::S3::Bucket' });
    expect(settingsForFile(config, join(root, 'mixed/b.json')).resourceType).toBe('AWS::S3::Bucket');
    const trust = settingsForFile(config, join(root, 'trust/role.json'));
    // Access Analyzer's type, which came from resourceType, goes with it (--print-config showed it).
    expect([trust.policyType, trust.resourceType, trust.accessAnalyzerResourceType]).toEqual(['trust', undefined, undefined]);
    expect(trust.policyFileRules).toBe(trust.rules);
    const identity = settingsForFile(config, join(root, 'b.json'), { policyType: 'identity' });
    expect([identity.policyType, identity.resourceType, identity.accessAnalyzerResourceType]).toEqual(['identity', undefined, undefined]);
  });
});

describe('command line', () => {
  it('--policy-type beats the config and its overrides; --rule beats config rules', async () => {
    const config = await load({
      rules: { 'max-actions': ['error', { max: 3 }] },
      overrides: [{ files: ['scp/**'], policyType: 'scp', rules: { 'effect-valid': 'off' } }],
    });
    const cli: CliOverrides = { policyType: 'rcp', rules: { 'effect-valid': 'warn', 'max-actions': 'warn', 'version-present': 'off', 'sid-format': 'error' } };
    expect(summary(config, 'scp/a.json', cli)).toEqual({
      policyType: 'rcp',
      rules: { 'effect-valid': 1, 'max-actions': [1, { max: 3, services: [] }], 'sid-format': [2, { pattern: '^[A-Z]', allowEmpty: false }] },
    });
  });

  it('an unknown --rule id, severity or --policy-type is a ConfigError of the command line', async () => {
    const config = await load({});
    const cli = { rules: { 'efect-valid': 'warn' } } as CliOverrides;
    expect(() => settingsForFile(config, '/project/a.json', cli)).toThrow(ConfigError);
    try {
      checkCliOverrides({ policyType: 'scps' as never, rules: { 'efect-valid': 'warn', 'max-actions': 'warning' as never, 'zzz-top': 'off' } }, rules);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const e = error as ConfigError;
      expect(e.filePath).toBe('command line');
      expect(e.line).toBeUndefined();
      expect(e.message).toBe('command line: --policy-type must be one of "identity", "resource", "trust", "scp" or "rcp"; found "scps". Did you mean "scp"?');
      expect(e.problems.map((p) => p.reason)).toEqual([
        '--policy-type must be one of "identity", "resource", "trust", "scp" or "rcp"; found "scps". Did you mean "scp"?',
        '--rule efect-valid=warn: Unknown rule "efect-valid". Did you mean "effect-valid"?',
        '--rule max-actions=warning: the severity must be "off", "warn" or "error"; found "warning". Did you mean "warn"?',
        '--rule zzz-top=off: Unknown rule "zzz-top": policy-lint has no rule with this id.',
      ]);
    }
  });
});

describe('caching', () => {
  it('returns one FileSettings object per distinct set of matching overrides', async () => {
    const config = await load({ overrides: [{ files: ['a/**'], policyType: 'scp' }, { files: ['**/x.json'], rules: { 'effect-valid': 'warn' } }] });
    const cli: CliOverrides = {};
    const a1 = settingsForFile(config, '/project/a/1.json', cli);
    expect(settingsForFile(config, '/project/a/2.json', cli)).toBe(a1);
    expect(settingsForFile(config, '/project/a/x.json', cli)).not.toBe(a1);
    expect(settingsForFile(config, '/project/b/1.json', cli)).toBe(settingsForFile(config, '/project/c/2.json', cli));
    // A different command line gets its own settings.
    expect(settingsForFile(config, '/project/a/1.json', { policyType: 'trust' }).policyType).toBe('trust');
    expect(settingsForFile(config, '/project/a/1.json', cli)).toBe(a1);
  });
});

describe('glob patterns', () => {
  it('braces, character classes, and "!" patterns that take away', async () => {
    const config = await load({
      overrides: [
        { files: ['{scp,rcp}/*.json'], policyType: 'scp' },
        { files: ['trust/role-[0-9].json'], policyType: 'trust' },
        { files: ['org/**', '!org/legacy', '!org/**/*.draft.json'], policyType: 'rcp' },
        { files: ['!**/*.json'], policyType: 'resource' },
      ],
    });
    const type = (file: string) => settingsForFile(config, join(root, file), {}).policyType;
    expect([type('scp/a.json'), type('rcp/a.json'), type('xcp/a.json')]).toEqual(['scp', 'scp', 'identity']);
    expect([type('trust/role-1.json'), type('trust/role-x.json')]).toEqual(['trust', 'identity']);
    expect([type('org/a.json'), type('org/legacy/a.json'), type('org/x/a.draft.json')]).toEqual(['rcp', 'identity', 'identity']);
    expect(type('policy.txt')).toBe('resource');
  });
});
