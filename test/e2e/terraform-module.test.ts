/**
 * Terraform modules end to end: the .tf files of a directory are read together (a document, the attribute that
 * uses it, its sources and overrides may be in different files), each finding lands in the file and at the line
 * and column of its text, and a file named alone (pre-commit's staged file, an editor's buffer) gets the same
 * context from its siblings, with findings for it only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAwsEnv, findingAt, startFakeAccessAnalyzer, type FakeAccessAnalyzer } from '../access-analyzer/fake-server.js';
import { cli, cliAsync, scratch } from './helpers.js';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }>;
}

/** Each result's findings as `file:line:column-endLine:endColumn rule`, by file name. */
function findings(stdout: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const result of JSON.parse(stdout) as JsonResult[]) {
    out[result.filePath.split(/[\\/]/).pop()!] = result.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`);
  }
  return out;
}

const buckets = Array.from({ length: 150 }, (_, i) => `"arn:aws:s3:::bucket-${String(i).padStart(3, '0')}/*"`).join(', ');

/** Documents in iam.tf, used in main.tf; a local in locals.tf. */
const USES = {
  'iam.tf': `data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity", local.extra_action]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]
    }
  }
}

data "aws_iam_policy_document" "guardrail" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [${buckets}]
  }
}

data "aws_iam_policy_document" "endpoint" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::my-bucket/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
`,
  'main.tf': `resource "aws_iam_role" "deploy" {
  name               = "deploy"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_organizations_policy" "guardrail" {
  name    = "guardrail"
  content = data.aws_iam_policy_document.guardrail.json
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id       = var.vpc_id
  service_name = "com.amazonaws.us-east-1.s3"
  policy       = data.aws_iam_policy_document.endpoint.json
}
`,
  'locals.tf': `locals {
  extra_action = "sts:TagSession"
}
`,
};

/**
 * What iam.tf gets with main.tf's uses: the trust policy's OIDC check (linted as a trust policy, not as a
 * resource policy with a Federated principal and no Resource), the SCP's size as the provider renders it through
 * `json` (read in main.tf), and no public-access warning on the VPC endpoint policy's "Principal": "*".
 */
const IAM_FINDINGS = ['6:22-6:99 oidc-trust-condition', '12:3-12:12 org-policy-size'];

describe('a Terraform module: documents in one file, their uses in another', () => {
  const dir = scratch(USES);

  it('lints each document as the type of the attribute that uses it in another file, findings in the document\'s file', () => {
    const run = cli(['--format', 'json', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    // main.tf and locals.tf hold no policy text: no result of their own.
    expect(findings(run.stdout)).toEqual({ 'iam.tf': IAM_FINDINGS });
    const size = (JSON.parse(run.stdout) as JsonResult[])[0].messages[1].message;
    expect(size).toContain('as Terraform renders it through the document\'s `json` attribute');
    expect(run.status).toBe(1);
  });

  it('gives a file named alone its siblings\' context, and reports on that file only', () => {
    expect(findings(cli(['--format', 'json', 'iam.tf'], { cwd: dir }).stdout)).toEqual({ 'iam.tf': IAM_FINDINGS });
    // main.tf named alone: its uses are read, the documents of iam.tf are not reported on.
    const main = cli(['--format', 'json', 'main.tf'], { cwd: dir });
    expect(findings(main.stdout)).toEqual({ 'main.tf': [] });
    expect(main.status).toBe(0);
  });

  it('gives --stdin with --stdin-filename the siblings of the named path (the buffer in place of the file)', () => {
    const buffer = USES['iam.tf'].replace('"sts:AssumeRoleWithWebIdentity"', '"sts:AssumeRoleWithWebIdentty"');
    const run = cli(['--format', 'json', '--stdin', '--stdin-filename', 'iam.tf'], { cwd: dir, input: buffer });
    expect(findings(run.stdout)).toEqual({ 'iam.tf': ['3:16-3:46 action-exists', ...IAM_FINDINGS] });
  });

  it('--print-config lists the policy types the uses in main.tf give', () => {
    const run = cli(['--print-config', 'iam.tf'], { cwd: dir });
    const printed = JSON.parse(run.stdout) as { policies: Array<{ path: string; policyType: string }> };
    expect(printed.policies.map((p) => `${p.path} ${p.policyType}`)).toEqual([
      '$.data.aws_iam_policy_document.assume trust',
      '$.data.aws_iam_policy_document.guardrail scp',
      '$.data.aws_iam_policy_document.endpoint resource',
    ]);
  });
});

describe('a Terraform module: source_policy_documents of another file', () => {
  const dir = scratch({
    'base.tf': `data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Keep"
    actions   = ["s3:GetObjekt"]
    resources = ["*"]
  }
  statement {
    sid       = "Replaced"
    actions   = ["s3:PutObjekt"]
    resources = ["*"]
  }
}
`,
    'main.tf': `data "aws_iam_policy_document" "app" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid       = "Replaced"
    actions   = ["s3:ListBukket"]
    resources = ["arn:aws:s3:::b"]
  }
}

resource "aws_iam_policy" "app" {
  policy = data.aws_iam_policy_document.app.json
}
`,
  });

  it('merges the source in: a statement it replaces by sid is in no policy, the rest is linted in base.tf at its place', () => {
    const run = cli(['--format', 'json', '.'], { cwd: dir });
    expect(findings(run.stdout)).toEqual({ 'base.tf': ['4:18-4:32 action-exists'], 'main.tf': ['5:18-5:33 action-exists'] });
  });

  it('reads the merge for each file named alone, reporting its own findings only', () => {
    expect(findings(cli(['--format', 'json', 'base.tf'], { cwd: dir }).stdout)).toEqual({ 'base.tf': ['4:18-4:32 action-exists'] });
    expect(findings(cli(['--format', 'json', 'main.tf'], { cwd: dir }).stdout)).toEqual({ 'main.tf': ['5:18-5:33 action-exists'] });
  });
});

describe('--fix in a Terraform module', () => {
  const policy = (name: string) => `resource "aws_iam_policy" "${name}" {
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*" }]
}
EOF
}
`;

  it('fixes the files asked for, each at its own offsets, and never writes a sibling read for context', () => {
    const dir = scratch({ 'a.tf': policy('a'), 'b.tf': policy('b'), 'c.tf': policy('c') });
    const run = cli(['--format', 'json', '--fix', 'b.tf', 'c.tf'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(findings(run.stdout)).toEqual({ 'b.tf': [], 'c.tf': [] });
    expect(readFileSync(join(dir, 'a.tf'), 'utf8')).toBe(policy('a'));
    for (const name of ['b', 'c']) expect(readFileSync(join(dir, `${name}.tf`), 'utf8')).toBe(policy(name).replace('"allow"', '"Allow"'));
  });
});

describe('a directory whose .tf files declare the same data source twice', () => {
  const doc = (action: string) => `data "aws_iam_policy_document" "this" {
  statement {
    actions   = ["${action}"]
    resources = ["arn:aws:s3:::b/*"]
  }
}

resource "aws_iam_policy" "this" {
  policy = data.aws_iam_policy_document.this.json
}
`;

  it('is no module Terraform accepts (unrelated snippets side by side): each file is read alone', () => {
    const dir = scratch({ 'a.tf': doc('s3:GetObjekt'), 'b.tf': doc('s3:PutObjekt') });
    expect(findings(cli(['--format', 'json', '.'], { cwd: dir }).stdout)).toEqual({ 'a.tf': ['3:18-3:32 action-exists'], 'b.tf': ['3:18-3:32 action-exists'] });
    expect(findings(cli(['--format', 'json', 'b.tf'], { cwd: dir }).stdout)).toEqual({ 'b.tf': ['3:18-3:32 action-exists'] });
  });
});

describe('a module with an override file', () => {
  it('is still one module: an override file declares again the resource it overrides, as Terraform requires', () => {
    // The role's trust policy is a document of trust.tf with a computed action: read as a trust policy only
    // with main.tf's use of it. override.tf's block for the same role made the directory "declare it twice",
    // so each file was read alone, and the trust policy got a false schema error ("no Resource").
    const dir = scratch({
      'main.tf': 'resource "aws_iam_role" "r" {\n  name               = "r"\n  assume_role_policy = data.aws_iam_policy_document.trust.json\n}\n',
      'trust.tf': `data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole", local.extra_action, "s3:GetObjekt"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}
`,
      'override.tf': 'resource "aws_iam_role" "r" {\n  name = "r-override"\n}\n',
    });
    expect(findings(cli(['--format', 'json', '.'], { cwd: dir }).stdout)).toEqual({ 'trust.tf': ['3:54-3:68 action-exists'] });
    expect(findings(cli(['--format', 'json', 'trust.tf'], { cwd: dir }).stdout)).toEqual({ 'trust.tf': ['3:54-3:68 action-exists'] });
    const printed = JSON.parse(cli(['--print-config', 'trust.tf'], { cwd: dir }).stdout) as { policies: Array<{ policyType: string }> };
    expect(printed.policies.map((p) => p.policyType)).toEqual(['trust']);
  });
});

describe('--print-config on a .tf file of a module', () => {
  /** Each policy --print-config lists for a file, as `path type`. */
  const printed = (dir: string, file: string) =>
    (JSON.parse(cli(['--print-config', file], { cwd: dir }).stdout) as { policies: Array<{ path: string; policyType: string }> }).policies.map((p) => `${p.path} ${p.policyType}`);

  it('gives a document the type of its first use in Terraform\'s order of the files, as linting does, not the asked file\'s', () => {
    // a.tf's role uses the document before b.tf's policy does: a trust policy (no schema error for its missing Resource).
    const dir = scratch({
      'a.tf': 'resource "aws_iam_role" "r" {\n  name               = "r"\n  assume_role_policy = data.aws_iam_policy_document.doc.json\n}\n',
      'b.tf': `data "aws_iam_policy_document" "doc" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "p" {
  name   = "p"
  policy = data.aws_iam_policy_document.doc.json
}
`,
    });
    expect(findings(cli(['--format', 'json', 'b.tf'], { cwd: dir }).stdout)).toEqual({ 'b.tf': [] });
    expect(printed(dir, 'b.tf')).toEqual(['$.data.aws_iam_policy_document.doc trust']);
  });

  it('lists no policy for an override file\'s copy of a document, which linting does not read', () => {
    const doc = (action: string) => `data "aws_iam_policy_document" "doc" {\n  statement {\n    actions   = ["${action}"]\n    resources = ["*"]\n  }\n}\n`;
    const dir = scratch({
      'main.tf': `${doc('s3:GetObject')}\nresource "aws_iam_policy" "p" {\n  name   = "p"\n  policy = data.aws_iam_policy_document.doc.json\n}\n`,
      'override.tf': doc('s3:GetObjekt'),
    });
    expect(findings(cli(['--format', 'json', '.'], { cwd: dir }).stdout)).toEqual({ 'main.tf': [] });
    expect(printed(dir, 'override.tf')).toEqual([]);
    expect(printed(dir, 'main.tf')).toEqual(['$.data.aws_iam_policy_document.doc identity']);
  });
});

describe('--access-analyzer on a Terraform module', () => {
  let server: FakeAccessAnalyzer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends a document with the type of its use in another file, and keeps only the findings in the file asked for', async () => {
    server = await startFakeAccessAnalyzer((request) => {
      const document = request.body!.policyDocument as string;
      const at = (needle: string) => findingAt(document, needle, { issueCode: 'EXAMPLE_CODE', findingType: 'WARNING', findingDetails: `On ${needle}.` });
      return { body: { findings: document.includes('s3:ListBukket') ? [at('"s3:GetObjekt"'), at('"s3:ListBukket"')] : [] } };
    });
    const dir = scratch({
      'base.tf': `data "aws_iam_policy_document" "base" {
  statement {
    actions   = ["s3:GetObjekt"]
    resources = ["*"]
  }
}
`,
      'main.tf': `data "aws_iam_policy_document" "app" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    actions   = ["s3:ListBukket"]
    resources = ["arn:aws:s3:::b"]
  }
}

resource "aws_iam_policy" "app" {
  policy = data.aws_iam_policy_document.app.json
}
`,
      'iam.tf': USES['iam.tf'],
      'roles.tf': USES['main.tf'],
      'locals.tf': USES['locals.tf'],
    });
    const run = await cliAsync(['--access-analyzer', '--no-cache', '--format', 'json', '--rule', 'action-exists=off', 'main.tf', 'iam.tf'], { cwd: dir, env: fakeAwsEnv(server.url) });
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as JsonResult[];
    const main = results.find((r) => r.filePath.endsWith('main.tf'))!;
    // The merged policy's finding on base.tf's statement is not main.tf's (base.tf was not asked for).
    expect(main.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`)).toEqual([
      '4:18-4:33 access-analyzer/EXAMPLE_CODE On "s3:ListBukket".',
    ]);
    const types = server.requests.map((r) => `${r.body!.policyType} ${r.body!.validatePolicyResourceType ?? ''}`.trim()).sort();
    // app (identity), assume (trust, from roles.tf), guardrail (SCP, from roles.tf), endpoint (a resource policy;
    // Access Analyzer has no resource type for VPC endpoints).
    expect(types).toEqual([
      'IDENTITY_POLICY', 'RESOURCE_POLICY', 'RESOURCE_POLICY AWS::IAM::AssumeRolePolicyDocument', 'SERVICE_CONTROL_POLICY',
    ]);
  });
});

describe('a repository of many Terraform modules', () => {
  it('lints each of 4000 modules once, with its own files', () => {
    // Each directory's files were found by filtering all of the run's .tf files (a path resolved for each): 16
    // million for 4000 modules, ~17 s where the lint takes ~1 s. Speed is not asserted here (no timed tests).
    const files: Record<string, string> = {};
    for (let i = 0; i < 4000; i++) files[`modules/m${i}/main.tf`] = 'variable "x" {}\n';
    files['modules/m0/iam.tf'] = 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObjekt", Resource = "*" }] })\n}\n';
    const dir = scratch(files);
    const run = cli(['--format', 'json', 'modules'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(findings(run.stdout)).toEqual({ 'iam.tf': ['2:91-2:105 action-exists'] });
  }, 60_000);
});

describe('a Terraform module: locals read where policies use them', () => {
  const dir = scratch({
    'locals.tf': `locals {
  actions     = ["s3:GetObject", "s3:PutObjekt"]
  bucket_arn  = "arn:aws:s3:us-east-1::my-bucket"
  account_ids = ["111122223333", "arn:aws:iam::1234:root"]
  all_actions = distinct(flatten([local.actions, ["s3:GetObject", "s3:ListBukket"]]))
  cycle_a     = local.cycle_b
  cycle_b     = local.cycle_a
  from_var    = var.actions
  mixed       = concat(var.extra, ["s3:GetObjekt"])
  names       = { app = "app-\${var.env}" }
  queue = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "allow", "Action": "sqs:SendMessage", "Resource": "*" }]
}
EOF
  app = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = local.all_actions, Resource = "arn:aws:s3:::my-bucket/*" }]
  })
}
`,
    'main.tf': `data "aws_iam_policy_document" "reader" {
  statement {
    actions   = local.actions
    resources = ["\${local.bucket_arn}/*"]
  }
}

data "aws_iam_policy_document" "cross_account" {
  statement {
    actions   = local.actions
    resources = ["arn:aws:s3:::my-bucket/*"]
    principals {
      type        = "AWS"
      identifiers = local.account_ids
    }
  }
}

data "aws_iam_policy_document" "unknown" {
  statement {
    actions   = local.from_var
    resources = local.cycle_a
  }
  statement {
    actions   = local.mixed
    resources = ["arn:aws:s3:::\${local.names.app}/*", local.missing, local.actions[0]]
  }
}

resource "aws_iam_policy" "queue" {
  policy = local.queue
}

resource "aws_iam_policy" "app" {
  policy = local.app
}
`,
  });
  /**
   * A value written whole in a local is linted at the local (s3:PutObjekt, read by two documents and a
   * jsonencode, reported once); text an interpolation splices into a string is reported on that string; what
   * the text does not decide (a variable, a cycle, concat with a variable, an index, an unknown local) stays
   * unknown: the "unknown" document gets nothing.
   */
  const LOCALS = ['2:34-2:48 action-exists', '4:34-4:58 principal-aws-format', '5:67-5:82 action-exists', '14:29-14:36 effect-valid'];
  const MAIN = ['4:18-4:41 arn-region'];

  it('reads the locals of a sibling file, each finding at the text that writes it', () => {
    const run = cli(['--format', 'json', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(findings(run.stdout)).toEqual({ 'locals.tf': LOCALS, 'main.tf': MAIN });
    const messages = (JSON.parse(run.stdout) as JsonResult[]).flatMap((r) => r.messages);
    expect(messages.find((m) => m.ruleId === 'arn-region')!.message).toContain('"arn:aws:s3:us-east-1::my-bucket/*"');
  });

  it('reports a file named alone on its own text only, the other read for its locals', () => {
    expect(findings(cli(['--format', 'json', 'main.tf'], { cwd: dir }).stdout)).toEqual({ 'main.tf': MAIN });
    expect(findings(cli(['--format', 'json', 'locals.tf'], { cwd: dir }).stdout)).toEqual({ 'locals.tf': LOCALS });
  });

  it('never fixes a policy read through a local', () => {
    const run = cli(['--format', 'json', '--fix', '.'], { cwd: dir });
    expect(findings(run.stdout)['locals.tf']).toContain('14:29-14:36 effect-valid');
    const effect = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; fix?: unknown; suggestions?: unknown[] }> }>)
      .flatMap((r) => r.messages).find((m) => m.ruleId === 'effect-valid')!;
    expect(effect.fix).toBeUndefined();
    expect(effect.suggestions ?? []).toEqual([]);
    expect(readFileSync(join(dir, 'locals.tf'), 'utf8')).toContain('"Effect": "allow"');
  });
});

describe('a Terraform module: a local interpolated in a heredoc of JSON', () => {
  const main = `resource "aws_iam_policy" "p" {
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{ "Effect": "allow", "Action": "s3:GetObject", "Resource": ["\${local.bucket_arn}/*", "\${local.quoted}", "\${local.partial}/*"] }]
}
EOF
}
`;
  const locals = `locals {
  bucket_arn = "arn:aws:s3:us-east-1::my-bucket"
  quoted     = "a\\"b"
  partial    = "arn:aws:s3:us-east-1::\${var.name}"
}
`;

  it('reads it in a JSON string, its findings on the interpolation; one with a quote or a placeholder stays unknown', () => {
    const dir = scratch({ 'main.tf': main, 'locals.tf': locals });
    const run = cli(['--format', 'json', '.'], { cwd: dir });
    // 5:78-5:97 is `${local.bucket_arn}`: the local's text has no characters of its own in the heredoc.
    expect(findings(run.stdout)).toEqual({ 'main.tf': ['5:29-5:36 effect-valid', '5:78-5:97 arn-region'] });
  });

  it('--fix still fixes the heredoc\'s own text, never the interpolation or the local', () => {
    const dir = scratch({ 'main.tf': main, 'locals.tf': locals });
    const run = cli(['--format', 'json', '--fix', '.'], { cwd: dir });
    expect(findings(run.stdout)).toEqual({ 'main.tf': ['5:78-5:97 arn-region'] });
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe(main.replace('"allow"', '"Allow"'));
    expect(readFileSync(join(dir, 'locals.tf'), 'utf8')).toBe(locals);
  });
});

describe('--access-analyzer on a module of many files', () => {
  let server: FakeAccessAnalyzer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends each policy once, as its module reads it, and puts each finding in its own file', async () => {
    // Each file was read with all its siblings again (quadratic); the module is now read once: the same requests.
    server = await startFakeAccessAnalyzer((request) => {
      const document = request.body!.policyDocument as string;
      // The last misspelt action (merged.tf's own, in the policy base.tf's statement is merged into).
      const needle = [...document.matchAll(/"s3:\w+Objekt\d*"/g)].pop()?.[0];
      return { body: { findings: needle ? [findingAt(document, needle, { issueCode: 'EXAMPLE_CODE', findingType: 'WARNING', findingDetails: `On ${needle}.` })] : [] } };
    });
    const files: Record<string, string> = {
      'base.tf': 'data "aws_iam_policy_document" "base" {\n  statement {\n    actions   = ["s3:GetObjekt0"]\n    resources = ["*"]\n  }\n}\n',
      // Overrides base's statement (by sid-less merge as source) and is used by a role's trust policy elsewhere.
      'trust.tf': 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "Service"\n      identifiers = ["ec2.amazonaws.com"]\n    }\n  }\n}\n',
      'role.tf': 'resource "aws_iam_role" "r" {\n  assume_role_policy = data.aws_iam_policy_document.trust.json\n}\n',
      'merged.tf': 'data "aws_iam_policy_document" "merged" {\n  source_policy_documents = [data.aws_iam_policy_document.base.json]\n  statement {\n    actions   = ["s3:PutObjekt9"]\n    resources = ["arn:aws:s3:::b/*"]\n  }\n}\n\nresource "aws_iam_policy" "merged" {\n  policy = data.aws_iam_policy_document.merged.json\n}\n',
      'variables.tf': 'variable "x" {}\n',
      'scp_override.tf': 'resource "aws_iam_role" "r" {\n  name = "r"\n}\n',
    };
    for (let i = 1; i <= 5; i++) {
      files[`p${i}.tf`] = `resource "aws_iam_policy" "p${i}" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObjekt${i}", Resource = "*" }] })\n}\n`;
    }
    const dir = scratch(files);
    const run = await cliAsync(['--access-analyzer', '--no-cache', '--format', 'json', '--rule', 'action-exists=off', '.'], { cwd: dir, env: fakeAwsEnv(server.url) });
    expect(run.stderr).toBe('');
    const sent = server.requests.map((r) => [r.body!.policyType, r.body!.validatePolicyResourceType, r.body!.policyDocument].filter(Boolean).join(' ')).sort();
    expect(sent).toEqual([
      ...[1, 2, 3, 4, 5].map((i) => `IDENTITY_POLICY {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObjekt${i}","Resource":"*"}]}`),
      // base.tf's statement merged into merged.tf's policy; trust.tf's typed by its use in role.tf.
      'IDENTITY_POLICY {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObjekt0"],"Resource":["*"]},{"Effect":"Allow","Action":["s3:PutObjekt9"],"Resource":["arn:aws:s3:::b/*"]}]}',
      'RESOURCE_POLICY AWS::IAM::AssumeRolePolicyDocument {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole"],"Principal":{"Service":["ec2.amazonaws.com"]}}]}',
    ]);
    const got = findings(run.stdout);
    const online = (file: string) => got[file]?.filter((f) => f.includes('access-analyzer'));
    expect(Object.keys(got).sort().map((file) => [file, online(file)])).toEqual([
      ['base.tf', []], ['merged.tf', ['4:18-4:33 access-analyzer/EXAMPLE_CODE']],
      ...[1, 2, 3, 4, 5].map((i) => [`p${i}.tf`, ['2:91-2:106 access-analyzer/EXAMPLE_CODE']]), ['trust.tf', []],
    ]);
  });
});

describe('a Terraform module: what a policy, a managed policy ARN and a principal read through locals', () => {
  const dir = scratch({
    'locals.tf': `locals {
  trust      = data.aws_iam_policy_document.assume.json
  role_trust = local.trust
  ci_trust = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRoleWithSAML", Principal = { Service = "ec2.amazonaws.com" } }]
  })
  guardrail    = "\${data.aws_iam_policy_document.require_mfa.json}"
  readonly_arn = "arn:aws:iam::aws:policy/ReadOnlyAcess"
  admin_arn    = "arn:aws:iam::aws:policy/AdministratorAccess"
  arns         = [local.admin_arn, "arn:aws:iam::aws:policy/job-function/ViewOnlyAcess"]
  everyone     = ["*"]
  from_var     = var.trust
}

locals {
  picked = var.strict ? data.aws_iam_policy_document.maybe.json : ""
}

locals {
  org_types = { rcp = "RESOURCE_CONTROL_POLICY" }
}
`,
    'main.tf': `data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole*"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::111122223333:saml-provider/corp"]
    }
  }
}

data "aws_iam_policy_document" "require_mfa" {
  statement {
    effect      = "Deny"
    not_actions = ["iam:ChangePassword", "sts:GetSessionToken"]
    resources   = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "public_read" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::public-site/*"]
    principals {
      type        = "*"
      identifiers = local.everyone
    }
  }
}

resource "aws_iam_role" "app" {
  assume_role_policy  = local.role_trust
  managed_policy_arns = local.arns
}

resource "aws_iam_role" "ci" {
  assume_role_policy = local.ci_trust
}

resource "aws_organizations_policy" "mfa" {
  content = local.guardrail
}

resource "aws_s3_bucket_policy" "site" {
  bucket = "public-site"
  policy = data.aws_iam_policy_document.public_read.json
}

resource "aws_iam_role_policy_attachment" "readonly" {
  role       = aws_iam_role.app.name
  policy_arn = local.readonly_arn
}

data "aws_iam_policy_document" "maybe" {
  statement {
    actions = ["sts:AssumeRole*"]
    principals {
      type        = "*"
      identifiers = local.from_var
    }
  }
}

resource "aws_iam_role" "maybe" {
  assume_role_policy = local.picked
  permissions_boundary = local.from_var
}

resource "aws_organizations_policy" "rcp" {
  type    = local.org_types.rcp
  content = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:GetObjekt", Resource = "*" }] })
}
`,
  });
  const run = () => findings(cli(['--format', 'json', '.'], { cwd: dir }).stdout);

  it('lints a document used through locals as the policy its use makes it (trust, SCP)', () => {
    const found = run();
    // "assume" reaches assume_role_policy through two locals: a trust policy, not a resource policy without
    // Resource and with a Federated principal; the jsonencode local is linted as the trust policy it is used as.
    expect(found['main.tf'].filter((f) => Number(f.split(':')[0]) <= 9)).toEqual([]);
    expect(found['locals.tf']).toContain('6:47-6:71 trust-policy-action');
    // "require_mfa" is an SCP's content through an interpolated local: linted as an SCP.
    expect(found['main.tf']).toContain('13:19-13:25 mfa-policy-attachment-kind');
    const messages = (JSON.parse(cli(['--format', 'json', '.'], { cwd: dir }).stdout) as JsonResult[]).flatMap((r) => r.messages);
    expect(messages.find((m) => m.ruleId === 'mfa-policy-attachment-kind')!.message).toContain('As a service control policy');
  });

  it('judges managed policy ARNs read through locals, each finding at the local that writes it', () => {
    expect(run()['locals.tf'].filter((f) => /managed-policy/.test(f))).toEqual([
      '9:18-9:57 managed-policy-exists', '10:18-10:63 admin-managed-policy', '11:36-11:88 managed-policy-exists',
    ]);
    // The file named alone gets them (the attachments are its sibling's); the attaching file alone does not.
    expect(findings(cli(['--format', 'json', 'locals.tf'], { cwd: dir }).stdout)['locals.tf'].filter((f) => /managed-policy/.test(f))).toHaveLength(3);
    expect(findings(cli(['--format', 'json', 'main.tf'], { cwd: dir }).stdout)['main.tf'].filter((f) => /managed-policy/.test(f))).toEqual([]);
  });

  it('reads principals { type = "*" } with identifiers ["*"] in a local as the provider writes it: "Principal": "*"', () => {
    const found = run();
    expect(found['locals.tf']).toContain('12:18-12:23 principal-public-access');
    expect(found['main.tf'].filter((f) => /^(2[3-9]|3[0-3]):/.test(f))).toEqual([]);
  });

  it('reads an aws_organizations_policy\'s type through a local: a resource control policy, "Principal": "*" allowed', () => {
    // It was skipped, its type unknown; as an SCP, its Principal would be a schema error.
    expect(run()['main.tf'].filter((f) => Number(f.split(':')[0]) >= 72)).toEqual(['75:108-75:122 action-exists']);
  });

  it('leaves a local the text does not decide as it is today', () => {
    // "maybe" is used through a conditional: its type is inferred (a resource policy without Resource); the
    // principal's identifiers are a variable (type "*" is read as a type); the boundary is not judged.
    expect(run()['main.tf'].filter((f) => Number(f.split(':')[0]) >= 56 && Number(f.split(':')[0]) <= 70)).toEqual([
      '59:3-59:4 schema', '62:21-62:24 schema',
    ]);
  });
});
