/**
 * What the IAM database costs: the first look-up (reads and parses one service file) and the next ones
 * (map reads). Printed with IAM_BENCH=1, never asserted (tests never assert on time).
 */
import { describe, expect, it } from 'vitest';
import {
  actionExists, actionInfo, canonicalActionName, databaseVersion, globalConditionKeyRecords, expandActionPattern, loadedServices,
  resetDatabaseCache, resourceTypesOfService,
} from '../../src/iam/database.js';

function time(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

describe('IAM database costs', () => {
  it('measures first and repeated look-ups', () => {
    resetDatabaseCache();
    const lines = [
      `databaseVersion (package.json, resolve the package) ${time(() => databaseVersion()).toFixed(2)} ms`,
      `first actionExists('iam:GetUser') (serviceNames.json + actions/iam.json) ${time(() => actionExists('iam:GetUser')).toFixed(2)} ms`,
      `first actionExists('ec2:RunInstances') (actions/ec2.json, the largest file) ${time(() => actionExists('ec2:RunInstances')).toFixed(2)} ms`,
      `first actionInfo('iam:EnableMFADevice') (resourceTypes/iam.json) ${time(() => actionInfo('iam:EnableMFADevice')).toFixed(2)} ms`,
      `first globalConditionKeyRecords() (global keys module) ${time(() => globalConditionKeyRecords()).toFixed(2)} ms`,
      `first resourceTypesOfService('s3') (resourceTypes/s3.json only) ${time(() => resourceTypesOfService('s3')).toFixed(2)} ms`,
    ];
    const n = 100_000;
    lines.push(`actionExists, warm: ${((time(() => { for (let i = 0; i < n; i++) actionExists('iam:GetUser'); }) / n) * 1000).toFixed(3)} µs per call`);
    lines.push(`canonicalActionName, warm, another case: ${((time(() => { for (let i = 0; i < n; i++) canonicalActionName('IAM:getuser'); }) / n) * 1000).toFixed(3)} µs per call`);
    lines.push(`expandActionPattern('iam:*VirtualMFADevice'), warm: ${((time(() => { for (let i = 0; i < 1000; i++) expandActionPattern('iam:*VirtualMFADevice'); }) / 1000) * 1000).toFixed(1)} µs per call`);
    lines.push(`expandActionPattern('*') (reads every service) ${time(() => expandActionPattern('*')).toFixed(0)} ms, then ${time(() => expandActionPattern('*')).toFixed(0)} ms`);
    if (process.env.IAM_BENCH) console.log(lines.join('\n'));
    expect(loadedServices().length).toBeGreaterThan(400);
  }, 60_000);
});
