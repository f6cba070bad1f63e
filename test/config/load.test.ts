import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfigFile, loadConfig, presetRules, settingsForFile } from '../../src/config/index.js';
import { rules, tempDir, write } from './helpers.js';
import { rules as allRules } from '../../rules/index.js';
import { resourceTypeOption } from '../../src/engine/resource-type.js';
import { POLICY_LOCATIONS } from '../../src/cloudformation/locations.js';

const repoRoot = join(import.meta.dirname, '..', '..');

const enabled = (config: Awaited<ReturnType<typeof loadConfig>>, file = 'p.json') =>
  Object.fromEntries(settingsForFile(config, join(config.directory, file), {}).rules.map((r) => [r.rule.id, r.severity]));

describe('finding the configuration', () => {
  it('uses .policy-lint.json in the working directory', async () => {
    const root = tempDir();
    write(root, { '.policy-lint.json': { policyType: 'scp' } });
    const config = await loadConfig({ cwd: root, rules });
    expect(config.filePath).toBe(join(root, '.policy-lint.json'));
    expect(config.directory).toBe(root);
    expect(config.policyType).toBe('scp');
  });

  it('looks in the parent directories', async () => {
    const root = tempDir();
    write(root, { '.policy-lint.json': { policyType: 'trust' }, 'a/b/c/keep': '' });
    const config = await loadConfig({ cwd: join(root, 'a', 'b', 'c'), rules });
    expect(config.filePath).toBe(join(root, '.policy-lint.json'));
    expect(config.directory).toBe(root);
    expect(config.policyType).toBe('trust');
  });

  it('takes the nearest of several', async () => {
    const root = tempDir();
    write(root, { '.policy-lint.json': { policyType: 'trust' }, 'a/.policy-lint.json': { policyType: 'rcp' }, 'a/b/keep': '' });
    expect(await findConfigFile(join(root, 'a', 'b'))).toBe(join(root, 'a', '.policy-lint.json'));
  });

  it('stops at the root of the git work tree', async () => {
    const root = tempDir();
    write(root, { '.policy-lint.json': { policyType: 'trust' }, 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/src/keep': '' });
    expect(await findConfigFile(join(root, 'repo', 'src'))).toBeUndefined();
    // A config at the repository root itself is found.
    write(root, { 'repo/.policy-lint.json': {} });
    expect(await findConfigFile(join(root, 'repo', 'src'))).toBe(join(root, 'repo', '.policy-lint.json'));
  });

  it('stops at a .git file too (worktrees, submodules)', async () => {
    const root = tempDir();
    write(root, { '.policy-lint.json': {}, 'sub/.git': 'gitdir: ../.git/modules/sub\n' });
    expect(await findConfigFile(join(root, 'sub'))).toBeUndefined();
  });

  it('ignores a directory named .policy-lint.json', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'a', '.policy-lint.json'), { recursive: true });
    write(root, { '.policy-lint.json': {}, '.git/HEAD': '' });
    expect(await findConfigFile(join(root, 'a'))).toBe(join(root, '.policy-lint.json'));
  });

  it('uses the defaults without a configuration file', async () => {
    const root = tempDir();
    write(root, { '.git/HEAD': '' });
    const config = await loadConfig({ cwd: root, rules });
    expect(config.filePath).toBeUndefined();
    expect(config.directory).toBe(root);
    expect(config.policyType).toBe('identity');
    expect(config.extends).toEqual(['recommended']);
    expect(config.include).toEqual(['**/*.json', '**/*.yaml', '**/*.yml', '**/*.template', '**/*.tf', '**/*.tfstate']);
    expect(config.exclude).toEqual([]);
    expect(config.suggestionsCountAsWarnings).toBe(false);
    expect(config.accessAnalyzer).toEqual({});
    expect(enabled(config)).toEqual({ 'effect-valid': 2, 'max-actions': 1, 'version-present': 2 });
  });

  it('uses --config relative to the working directory; globs are relative to its directory', async () => {
    const root = tempDir();
    write(root, { '.policy-lint.json': { policyType: 'trust' }, 'conf/lint.json': { policyType: 'rcp' } });
    const config = await loadConfig({ cwd: root, configPath: 'conf/lint.json', rules });
    expect(config.filePath).toBe(join(root, 'conf', 'lint.json'));
    expect(config.directory).toBe(join(root, 'conf'));
    expect(config.policyType).toBe('rcp');
  });

  it('fails when --config does not exist or is a directory', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'dir'));
    const missing = loadConfig({ cwd: root, configPath: 'nope.json', rules });
    await expect(missing).rejects.toBeInstanceOf(ConfigError);
    await expect(missing).rejects.toMatchObject({
      filePath: join(root, 'nope.json'), line: undefined,
      reason: 'Cannot read the configuration file: the file does not exist.',
      message: `${join(root, 'nope.json')}: Cannot read the configuration file: the file does not exist.`,
    });
    await expect(loadConfig({ cwd: root, configPath: 'dir', rules })).rejects.toMatchObject({
      reason: 'Cannot read the configuration file: it is a directory, not a file.',
    });
  });

  it('accepts a $schema key and a byte order mark', async () => {
    const root = tempDir();
    write(root, { '.policy-lint.json': '\uFEFF{ "$schema": "./node_modules/policy-lint/schemas/config.schema.json", "policyType": "scp" }' });
    expect((await loadConfig({ cwd: root, rules })).policyType).toBe('scp');
  });

  it('passes accessAnalyzer and suggestionsCountAsWarnings through', async () => {
    const root = tempDir();
    const accessAnalyzer = {
      enabled: true, region: 'eu-west-1', profile: 'audit', concurrency: 8, locale: 'PT_BR',
      ignore: ['MISSING_VERSION'], resourceType: 'AWS::S3::Bucket',
    };
    write(root, { '.policy-lint.json': { accessAnalyzer, suggestionsCountAsWarnings: true, include: ['policies/**/*.json'], exclude: ['**/fixtures/**'] } });
    const config = await loadConfig({ cwd: root, rules });
    expect(config.accessAnalyzer).toEqual(accessAnalyzer);
    expect(config.suggestionsCountAsWarnings).toBe(true);
    expect(config.include).toEqual(['policies/**/*.json']);
    expect(config.exclude).toEqual(['**/fixtures/**']);
    expect(settingsForFile(config, join(root, 'p.json'), {}).accessAnalyzerResourceType).toBe('AWS::S3::Bucket');
  });
});

describe('resourceType', () => {
  it('the schema lists exactly the types the rules\' resourceType options take, which are those templates\' resources give', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas/config.schema.json'), 'utf8')) as { $defs: { resourceType: { enum: string[] } } };
    const listed = [...schema.$defs.resourceType.enum].sort();
    const options = new Set(allRules.flatMap((rule) => (resourceTypeOption(rule)?.enum ?? []) as string[]));
    expect(listed).toEqual([...options].sort());
    const templates = new Set(Object.values(POLICY_LOCATIONS).flatMap((locations) => locations.flatMap((l) => (l.resourceType ? [l.resourceType] : []))));
    expect(listed).toEqual([...templates].sort());
  });
});

describe('presets', () => {
  it('recommended: the recommended rules at their severities; all: every rule', () => {
    expect(Object.fromEntries(presetRules('recommended', rules))).toEqual({ 'effect-valid': 'error', 'max-actions': 'warn', 'version-present': 'error' });
    expect(Object.fromEntries(presetRules('all', rules))).toEqual({
      'effect-valid': 'error', 'max-actions': 'warn', 'no-wildcard-action': 'warn', 'sid-format': 'warn', 'version-present': 'error',
    });
  });

  it.each([
    ['policy-lint:recommended', ['effect-valid', 'max-actions', 'version-present']],
    ['policy-lint:all', ['effect-valid', 'max-actions', 'no-wildcard-action', 'sid-format', 'version-present']],
    [['policy-lint:recommended', 'policy-lint:all'], ['effect-valid', 'max-actions', 'no-wildcard-action', 'sid-format', 'version-present']],
    [[], []],
  ])('extends %j', async (extendsValue, ids) => {
    const root = tempDir();
    write(root, { '.policy-lint.json': { extends: extendsValue } });
    const config = await loadConfig({ cwd: root, rules });
    expect(Object.keys(enabled(config))).toEqual(ids);
  });
});

describe('rules', () => {
  it('sets severities over the presets; "off" removes a rule', async () => {
    const root = tempDir();
    write(root, { '.policy-lint.json': { rules: { 'effect-valid': 'warn', 'max-actions': 'off', 'no-wildcard-action': 'error' } } });
    const config = await loadConfig({ cwd: root, rules });
    expect(enabled(config)).toEqual({ 'effect-valid': 1, 'no-wildcard-action': 2, 'version-present': 2 });
  });

  it('merges options over the defaults, after validating them with the rule\'s schema', async () => {
    const root = tempDir();
    write(root, { '.policy-lint.json': { rules: { 'max-actions': ['error', { max: 3 }], 'sid-format': ['warn', { allowEmpty: true }] } } });
    const config = await loadConfig({ cwd: root, rules });
    const settings = settingsForFile(config, join(root, 'p.json'), {});
    const byId = Object.fromEntries(settings.rules.map((r) => [r.rule.id, r]));
    expect(byId['max-actions']).toMatchObject({ severity: 2, options: { max: 3, services: [] } });
    expect(byId['sid-format']).toMatchObject({ severity: 1, options: { pattern: '^[A-Z]', allowEmpty: true } });
    expect(byId['effect-valid'].options).toBeUndefined();
  });

  it('gives rules with default options their defaults when the config sets none', async () => {
    const root = tempDir();
    write(root, { '.git/HEAD': '' }); // no configuration above the temporary directory
    const config = await loadConfig({ cwd: root, rules });
    const maxActions = settingsForFile(config, join(root, 'p.json'), {}).rules.find((r) => r.rule.id === 'max-actions');
    expect(maxActions?.options).toEqual({ max: 10, services: [] });
  });

  it('lists enabled rules in registry order', async () => {
    const root = tempDir();
    write(root, { '.policy-lint.json': { extends: [], rules: { 'version-present': 'error', 'effect-valid': 'error' } } });
    expect(Object.keys(enabled(await loadConfig({ cwd: root, rules })))).toEqual(['effect-valid', 'version-present']);
  });
});
