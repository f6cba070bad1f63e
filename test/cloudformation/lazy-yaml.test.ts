/** The YAML parser is loaded only when a YAML file looks like a template (its own file: module state is per file). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yamlLoaded } from '../../src/cloudformation/source.js';
import { lint } from './helpers.js';

const policy = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n';

describe('the YAML parser', () => {
  it('is not loaded for JSON policies, JSON templates, or YAML that does not look like a template', async () => {
    const outcome = await lint({
      'p.json': policy,
      't.json': '{"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": {"Version": "2012-10-17", "Statement": []}}}}}\n',
      'ci.yml': 'jobs: {}\n',
    });
    expect(outcome.results).toHaveLength(2);
    expect(yamlLoaded()).toBe(false);
  });

  it('is loaded for a YAML template', async () => {
    await lint({ 't.yaml': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n' });
    expect(yamlLoaded()).toBe(true);
  });

  it('is in its own chunk of the command\'s bundle, not in the entry', () => {
    const dir = join(import.meta.dirname, '..', '..', 'dist', 'cli');
    const marker = 'BAD_INDENT'; // one of the YAML parser's error codes
    expect(readFileSync(join(dir, 'policy-lint.js'), 'utf8')).not.toContain(marker);
    expect(readdirSync(dir).some((file) => readFileSync(join(dir, file), 'utf8').includes(marker))).toBe(true);
  });
});
