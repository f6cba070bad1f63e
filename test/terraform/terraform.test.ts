/**
 * Terraform configurations (.tf): each policy attribute (a heredoc of JSON, or jsonencode of an HCL object) is
 * linted as its own document with the policy type of its resource, and findings land on the file's exact
 * characters; Terraform interpolations are placeholders no rule reports on.
 */
import { describe, expect, it } from 'vitest';
import { lint, messagesOf, positionOf, tokenOf } from '../cloudformation/helpers.js';

const heredoc = `variable "bucket_arn" {
  type = string
}

resource "aws_iam_policy" "app" {
  name   = "app"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObjekt", "s3:ListBucket"],
      "Resource": ["\${var.bucket_arn}", "\${var.bucket_arn}/home/$\${aws:username}/*"]
    }
  ]
}
EOF
}
`;

const jsonencode = `data "aws_caller_identity" "current" {}

resource "aws_iam_role_policy" "app" {
  role = aws_iam_role.app.id
  # a comment
  policy = jsonencode({
    Version = "2012-10-17",
    Statement = [
      {
        Effect   = "Allow" // another
        Action   = ["dynamodb:GetItem", "dynamodb:Quer"]
        Resource = "arn:aws:dynamodb:us-east-1:\${data.aws_caller_identity.current.account_id}:table/t"
      },
      {
        Effect: "Allow",
        Action: local.actions,
        Resource: "*",
        /* a block comment */
      },
    ]
  })
}
`;

/** Lint one .tf file, named. */
const lintTf = (text: string) => lint({ 'main.tf': text }, ['main.tf']);

/** [ruleId, line, column, the text under the finding] of each message. */
function found(text: string, messages: ReturnType<typeof messagesOf>): Array<[string, number, number, string]> {
  return messages.map((m) => [m.ruleId!, m.line, m.column, tokenOf(text, m)]);
}

describe('Terraform: heredoc policies', () => {
  it('reports a finding at its exact position in the .tf file; interpolations and $${aws:username} give none', async () => {
    const outcome = await lintTf(heredoc);
    expect(outcome.toolErrors).toEqual([]);
    expect(outcome.toolWarnings).toEqual([]);
    const messages = messagesOf(outcome, 'main.tf');
    const at = positionOf(heredoc, '"s3:GetObjekt"');
    expect(found(heredoc, messages)).toEqual([['action-exists', at.line, at.column, '"s3:GetObjekt"']]);
    expect(messages[0].path).toEqual(['resource', 'aws_iam_policy', 'app', 'policy', 'Statement', 0, 'Action', 0]);
  });

  it('an unescaped ${aws:username} is reported as Terraform reads it, with the escape to write', async () => {
    const text = heredoc.replace('$${aws:username}', '${aws:username}');
    const messages = messagesOf(await lintTf(text), 'main.tf');
    const at = positionOf(text, '${aws:username}');
    expect(found(text, messages).filter(([id]) => id === 'policy-variable-syntax')).toEqual([['policy-variable-syntax', at.line, at.column, '${aws:username}']]);
    const message = messages.find((m) => m.ruleId === 'policy-variable-syntax')!;
    expect(message.messageId).toBe('terraformVariable');
    expect(message.message).toContain('write "$${aws:username}"');
  });

  it('<<-EOT (indented) heredocs, any delimiter, an interpolation where a value stands', async () => {
    const text = `resource "aws_iam_user_policy" "u" {
  user = "u"
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Allow", "Action": \${jsonencode(var.actions)}, "Resource": "*"},
                    {"Effect": "Allow", "Action": "iam:PassRol", "Resource": "*"}]
    }
  POLICY
}
`;
    const messages = messagesOf(await lintTf(text), 'main.tf');
    const at = positionOf(text, '"iam:PassRol"');
    expect(found(text, messages)).toEqual([['action-exists', at.line, at.column, '"iam:PassRol"']]);
  });

  it('a policy with a %{ } directive is skipped without a finding', async () => {
    const text = heredoc.replace('"Statement": [', '"Statement": [%{ if var.x }%{ endif }');
    const outcome = await lintTf(text);
    expect(messagesOf(outcome, 'main.tf')).toEqual([]);
  });
});

describe('Terraform: jsonencode policies', () => {
  it('reports a finding at its exact position; references and interpolations give none', async () => {
    const outcome = await lintTf(jsonencode);
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'main.tf');
    const at = positionOf(jsonencode, '"dynamodb:Quer"');
    expect(found(jsonencode, messages)).toEqual([['action-exists', at.line, at.column, '"dynamodb:Quer"']]);
    expect(messages[0].path).toEqual(['resource', 'aws_iam_role_policy', 'app', 'policy', 'Statement', 0, 'Action', 1]);
    expect(messages[0].fix).toBeUndefined();
  });

  it('a finding inside a string lands on its characters; unescaped ${aws:username} is reported, $${aws:username} is not', async () => {
    const text = `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:GetObject"
      Resource = ["arn:aws:s3:::b/$\${aws:username}/*", "arn:aws:s3:::b/\${aws:userid}/*"]
    }]
  })
}
`;
    const messages = messagesOf(await lintTf(text), 'main.tf');
    const at = positionOf(text, '${aws:userid}');
    expect(found(text, messages)).toEqual([['policy-variable-syntax', at.line, at.column, '${aws:userid}']]);
  });

  it('whole-policy findings point at the attribute name', async () => {
    const text = `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }]
  })
}
`;
    const messages = messagesOf(await lintTf(text), 'main.tf');
    const version = messages.find((m) => m.ruleId === 'policy-version');
    expect(version && [version.line, version.column, tokenOf(text, version)]).toEqual([2, 3, 'policy']);
  });
});

describe('Terraform: jsonencode(jsondecode(…)) of a string of JSON', () => {
  it('reads the heredoc at its positions, and the size rules measure the compact text jsonencode sends', async () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: Array.from({ length: 12 }, (_, i) => ({ Sid: `Deny${i}`, Effect: 'Deny', Action: Array.from({ length: 8 }, (_, j) => `svc${i}:DoSomething${j}`), Resource: '*' })),
    }, null, 8).replace('svc0:DoSomething0', 's3:GetObjekt');
    const scp = (content: string) => `resource "aws_organizations_policy" "scp" {\n  name    = "scp"\n  content = ${content}\n}\n`;
    const reencoded = scp(`jsonencode(jsondecode(<<EOF\n${policy}\nEOF\n  ))`);
    const messages = messagesOf(await lintTf(reencoded), 'main.tf');
    const at = positionOf(reencoded, '"s3:GetObjekt"');
    expect(found(reencoded, messages).filter((f) => f[3] === '"s3:GetObjekt"')).toEqual([['action-exists', at.line, at.column, '"s3:GetObjekt"']]);
    expect(messages.filter((m) => m.ruleId?.endsWith('-size'))).toEqual([]);
    // Written as a heredoc alone, the same text is sent with its indentation: over the 5,120 characters of an SCP.
    const plain = messagesOf(await lintTf(scp(`<<EOF\n${policy}\nEOF`)), 'main.tf');
    expect(plain.filter((m) => m.ruleId?.endsWith('-size')).map((m) => m.ruleId)).toEqual(['org-policy-size']);
  });
});

describe('Terraform: the terraform-aws-modules iam-policy module', () => {
  it('its `policy` input is an identity policy (the module sets aws_iam_policy\'s policy to it); another module\'s is not read', async () => {
    const text = `module "iam_policy" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-policy"
  version = "~> 5.0"
  policy  = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "ec2:DescribeInstancez", Resource = "*" }] })
}
module "git" {
  source = "git::https://github.com/terraform-aws-modules/terraform-aws-iam.git//modules/iam-policy?ref=v5.30.0"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }] })
}
module "other" {
  source = "./modules/bucket"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:Nope", Resource = "*" }] })
}
`;
    const messages = messagesOf(await lintTf(text), 'main.tf');
    const action = positionOf(text, '"ec2:DescribeInstancez"');
    const principal = positionOf(text, 'Principal');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.path?.slice(0, 3)])).toEqual([
      ['action-exists', action.line, action.column, ['module', 'iam_policy', 'policy']],
      ['no-principal-in-identity-policy', principal.line, principal.column, ['module', 'git', 'policy']],
    ]);
  });
});

describe('Terraform: policy types by resource', () => {
  it('a role\'s assume_role_policy is a trust policy, its inline_policy an identity policy, a bucket policy a resource policy of AWS::S3::Bucket', async () => {
    const text = `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole", Resource = "*" }]
  })
  inline_policy {
    name   = "x"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }]
    })
  }
}

resource "aws_s3_bucket_policy" "b" {
  bucket = "b"
  policy = <<EOF
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}
EOF
}

resource "aws_organizations_policy" "scp" {
  type    = "SERVICE_CONTROL_POLICY"
  content = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*", Principal = "*" }] })
}

resource "aws_organizations_policy" "tag" {
  type    = "TAG_POLICY"
  content = jsonencode({ tags = {} })
}
`;
    const messages = messagesOf(await lintTf(text), 'main.tf');
    expect(messages.map((m) => [m.line, m.column, m.ruleId, m.path!.slice(0, 4).join('.')])).toEqual([
      // Trust: a Resource is not allowed in a role trust policy.
      [4, positionOf(text, 'Resource = "*"').column, 'schema', 'resource.aws_iam_role.r.assume_role_policy'],
      // Identity (the role's inline policy): a Principal is not allowed.
      [10, positionOf(text, 'Principal = "*"').column, 'no-principal-in-identity-policy', 'resource.aws_iam_role.r.inline_policy'],
      // Resource (S3 bucket): a public principal.
      [18, positionOf(text, '"Principal": "*"', 0, '"Principal": '.length).column, 'principal-public-access', 'resource.aws_s3_bucket_policy.b.policy'],
      // SCP: no Principal either; the TAG_POLICY is not read.
      [24, positionOf(text, 'Principal = "*"', 1).column, 'schema', 'resource.aws_organizations_policy.scp.content'],
    ]);
    expect(messages[0].message).toContain('role trust policy');
    expect(messages[3].message).toContain('service control policy');
  });
});

describe('Terraform: VPC endpoint policies', () => {
  it('are resource policies of AWS::EC2::VPCEndpoint: "Principal": "*" is no finding, an unknown action is, at its token', async () => {
    const text = `resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.us-east-1.s3"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = ["s3:GetObject", "s3:GetObjekt"], Resource = "*" }]
  })
}

resource "aws_vpc_endpoint_policy" "kms" {
  vpc_endpoint_id = aws_vpc_endpoint.kms.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "kms:Decrypt", Resource = "*" }]
  })
}
`;
    const messages = messagesOf(await lintTf(text), 'main.tf');
    expect(found(text, messages)).toEqual([['action-exists', 6, positionOf(text, '"s3:GetObjekt"').column, '"s3:GetObjekt"']]);
  });
});

describe('Terraform: ECR repository policies', () => {
  it('a repository policy with Resource is an error at its key, from jsonencode and from a policy document; a registry policy\'s is none', async () => {
    const text = `resource "aws_ecr_repository_policy" "pull" {
  repository = aws_ecr_repository.app.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "ecr:BatchGetImage", Resource = "*" }]
  })
}

data "aws_iam_policy_document" "push" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:root"]
    }
    actions   = ["ecr:PutImage"]
    resources = ["arn:aws:ecr:us-east-1:111122223333:repository/app"]
  }
}

resource "aws_ecr_repository_policy" "push" {
  repository = aws_ecr_repository.app.name
  policy     = data.aws_iam_policy_document.push.json
}

resource "aws_ecr_registry_policy" "replication" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "ecr:ReplicateImage", Resource = "arn:aws:ecr:us-east-1:111122223333:repository/*" }]
  })
}
`;
    const outcome = await lintTf(text);
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'main.tf');
    expect(found(text, messages)).toEqual([
      ['resource-element-unsupported', 5, positionOf(text, 'Resource = "*"').column, 'Resource'],
      ['resource-element-unsupported', 16, positionOf(text, 'resources = [').column, 'resources'],
    ]);
    expect(messages.map((m) => m.severity)).toEqual([2, 2]);
  });
});

describe('Terraform: queue and topic policies for resource-policy-scope', () => {
  it('a topic ARN in a queue policy\'s resources (through a policy document) and an SQS action in a topic policy are errors', async () => {
    const text = `data "aws_iam_policy_document" "queue" {
  statement {
    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }
    actions   = ["sqs:SendMessage"]
    resources = ["arn:aws:sns:us-east-1:111122223333:alerts"]
  }
}

resource "aws_sqs_queue_policy" "q" {
  queue_url = aws_sqs_queue.q.id
  policy    = data.aws_iam_policy_document.queue.json
}

resource "aws_sns_topic_policy" "t" {
  arn = aws_sns_topic.t.arn
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = ["sns:Publish", "sqs:SendMessage"], Resource = aws_sns_topic.t.arn }]
  })
}
`;
    const outcome = await lintTf(text);
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'main.tf').filter((m) => m.ruleId === 'resource-policy-scope');
    expect(found(text, messages)).toEqual([
      ['resource-policy-scope', 8, positionOf(text, 'sns:us-east-1').column, 'sns'],
      ['resource-policy-scope', 21, positionOf(text, 'sqs:SendMessage', 1).column, 'sqs'],
    ]);
  });

  it('a key policy set by aws_kms_key_policy or aws_kms_external_key is judged as a key policy', async () => {
    const text = `resource "aws_kms_key_policy" "k" {
  key_id = aws_kms_key.k.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = ["kms:*", "s3:GetObject"], Resource = "*" }]
  })
}

resource "aws_kms_external_key" "x" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = ["kms:Decrypt", "sqs:SendMessage"], Resource = "*" }]
  })
}
`;
    const outcome = await lintTf(text);
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'main.tf').filter((m) => m.ruleId === 'resource-policy-scope');
    expect(found(text, messages)).toEqual([
      ['resource-policy-scope', 5, positionOf(text, 's3:GetObject').column, 's3'],
      ['resource-policy-scope', 12, positionOf(text, 'sqs:SendMessage').column, 'sqs'],
    ]);
  });
});

describe('Terraform: discovery', () => {
  const policyTf = `resource "aws_iam_policy" "p" {
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObjekt", Resource = "*" }] })
}
`;
  const otherTf = 'variable "region" {\n  default = "us-east-1"\n}\n';

  it('a directory gives its .tf files with IAM policies; those without are skipped; .tf.json is not read as Terraform', async () => {
    const outcome = await lint({ 'infra/main.tf': policyTf, 'infra/variables.tf': otherTf, 'infra/x.tf.json': '{"resource": {}}\n' });
    expect(outcome.toolErrors).toEqual([]);
    expect(outcome.results.map((r) => r.filePath.slice(outcome.dir.length + 1))).toEqual(['infra/main.tf']);
    expect(messagesOf(outcome, 'infra/main.tf').map((m) => [m.ruleId, m.line, m.column])).toEqual([['action-exists', 2, positionOf(policyTf, '"s3:GetObjekt"').column]]);
  });

  it('a directory of .tf files without IAM policies matches nothing; a named one is read and gives no finding', async () => {
    const outcome = await lint({ 'variables.tf': otherTf });
    expect(outcome.toolErrors).toEqual(['No files matching the pattern "." were found: its file is neither an IAM policy nor a CloudFormation template nor a Terraform file with IAM policies (name a file to lint it anyway).']);
    const named = await lint({ 'variables.tf': otherTf }, ['variables.tf']);
    expect(named.toolErrors).toEqual([]);
    expect(messagesOf(named, 'variables.tf')).toEqual([]);
  });

  it('text the scanner cannot read is a fatal json-syntax finding where it stopped; the policies before it are linted', async () => {
    const text = `${policyTf}resource "x" "y" {\n  a = [1, 2\n}\n`;
    const outcome = await lint({ 'main.tf': text });
    expect(outcome.toolWarnings).toEqual([]);
    const stop = text.lastIndexOf('}');
    expect(messagesOf(outcome, 'main.tf').map((m) => [m.ruleId, m.fatal ?? false, m.range?.[0]])).toEqual([['action-exists', false, expect.any(Number)], ['json-syntax', true, stop]]);
  });

  it('quotes the character it stops at as a JSON string (a backslash is "\\\\", not an unclosed "\\")', async () => {
    const outcome = await lint({ 'main.tf': `${policyTf}resource "aws_iam_policy" "q" {\n  \\x = 1\n}\n` });
    expect(messagesOf(outcome, 'main.tf').filter((m) => m.fatal).map((m) => m.message)).toEqual([
      'Terraform: Unexpected "\\\\": expected an attribute or a block. The policies after it were not read.',
    ]);
  });

  it('in a directory, text the scanner cannot read before the first policy is a finding; in a file naming no IAM resource, silent', async () => {
    const broken = 'resource "x" "y" {\n  a = [1, 2\n}\n';
    const outcome = await lint({ 'infra/a.tf': `${broken}${policyTf}`, 'infra/b.tf': `${broken}${otherTf}`, 'infra/c.tf': policyTf });
    // Before: nothing said of a.tf, whose policy was not read; then a warning on stderr.
    expect(outcome.toolWarnings).toEqual([]);
    expect(messagesOf(outcome, 'infra/a.tf').map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      ['json-syntax', 3, 1, 'Terraform: Unexpected "}": expected "," or "]" in a tuple. The policies after it were not read.'],
    ]);
    expect(outcome.results.map((r) => r.filePath.slice(outcome.dir.length + 1))).toEqual(['infra/a.tf', 'infra/c.tf']);
  });
});

describe('Terraform: comments in template sequences', () => {
  it('are read as HCL reads them (spaces, over lines): the policy is linted, and the local the sequence names is read', async () => {
    const tf = `locals {
  bucket = "arn:aws:s3:us-east-1::b"
}

resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:GetObjekt"
      Resource = "\${local.bucket # the bucket's ARN ("} see {docs})
      }/*"
    }]
  })
}

resource "aws_iam_policy" "h" {
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": "s3:PutObjekt",
    "Resource": "\${ /* "} */ var.arn }"
  }]
}
EOF
}
`;
    const messages = messagesOf(await lintTf(tf), 'main.tf');
    const getObjekt = positionOf(tf, '"s3:GetObjekt"');
    const putObjekt = positionOf(tf, '"s3:PutObjekt"');
    // The Region is the local's (spliced into the string): reported on the string that names it.
    const resource = positionOf(tf, '"\${local.bucket');
    expect(found(tf, messages).map(([id, line, column]) => [id, line, column])).toEqual([
      ['action-exists', getObjekt.line, getObjekt.column],
      ['arn-region', resource.line, resource.column],
      ['action-exists', putObjekt.line, putObjekt.column],
    ]);
  });
});

describe('Terraform: quoted strings and ignore paths', () => {
  it('a policy in a quoted string of JSON is read, its findings inside the string', async () => {
    const text = 'resource "aws_iam_policy" "p" {\n  policy = "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"s3:GetObjekt\\", \\"Resource\\": \\"${var.arn}\\"}]}"\n}\n';
    const messages = messagesOf(await lintTf(text), 'main.tf');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(text, m)])).toEqual([
      ['action-exists', 2, positionOf(text, '\\"s3:GetObjekt').column, '\\"s3:GetObjekt\\"'],
    ]);
  });

  it('an ignore entry selects findings by their path in the file\'s resources', async () => {
    const text = `resource "aws_iam_role" "app" {
  inline_policy {
    name   = "a"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObjekt", Resource = "*" }] })
  }
  inline_policy {
    name   = "b"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:PutObjekt", Resource = "*" }] })
  }
}
`;
    const config = { ignore: [{ files: ['main.tf'], path: '$.resource.aws_iam_role.app.inline_policy[0].policy.Statement[0]', reason: 'test' }] };
    const outcome = await lint({ 'main.tf': text, '.policy-lint.json': JSON.stringify(config) }, ['main.tf']);
    expect(messagesOf(outcome, 'main.tf').map((m) => [m.ruleId, m.line])).toEqual([['action-exists', 8]]);
  });
});

describe('Terraform: what is not a policy text', () => {
  it('a policy that is only a reference (heredoc or string) is not read: a directory skips the file', async () => {
    const text = `resource "aws_iam_policy" "a" {
  policy = "\${data.aws_iam_policy_document.x.json}"
}
resource "aws_iam_policy" "b" {
  policy = <<EOF
\${data.aws_iam_policy_document.x.json}
EOF
}
resource "aws_iam_policy" "c" {
  policy = data.aws_iam_policy_document.x.json
}
`;
    const outcome = await lint({ 'main.tf': text, 'p.json': '{"Version": "2012-10-17", "Statement": []}\n' });
    expect(outcome.results.map((r) => r.filePath.slice(outcome.dir.length + 1))).toEqual(['p.json']);
    expect(messagesOf(await lintTf(text), 'main.tf')).toEqual([]);
  });
});

describe('Terraform: --fix', () => {
  const text = `resource "aws_iam_policy" "p" {
  policy = <<-EOT
    {
      "Version": "2008-10-17",
      "Statement": [
        {
          "Effect": "allow",
          "Action": ["s3:GetObject", "s3:GetObject", "\${var.action}"],
          "Resource": "\${var.arn}/$\${aws:username}/*"
        }
      ]
    }
  EOT
}

resource "aws_iam_policy" "q" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "allow", Action = "s3:GetObject", Resource = "*" }]
  })
}
`;

  it('edits literal heredoc text only, keeping interpolations and escapes; jsonencode findings are reported without a fix', async () => {
    const outcome = await lint({ 'main.tf': text }, ['main.tf'], { fixDryRun: true });
    const result = outcome.results.find((r) => r.filePath.endsWith('main.tf'))!;
    expect(result.output).toBe(text
      .replace('"2008-10-17"', '"2012-10-17"')
      .replace('"Effect": "allow"', '"Effect": "Allow"')
      .replace('["s3:GetObject", "s3:GetObject", "${var.action}"]', '["s3:GetObject", "${var.action}"]'));
    const at = positionOf(text, 'Effect = "allow"', 0, 'Effect = '.length);
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.fix])).toEqual([['effect-valid', at.line, at.column, undefined]]);
  });

  it('a fix\'s text is written with Terraform\'s escapes, and is dropped where it would make a template sequence', async () => {
    const { heredocEditText } = await import('../../src/terraform/embed.js');
    const source = 'x = <<EOF\n{"a": "$"}\nEOF\n';
    const editText = heredocEditText(source, 'EOF');
    const inside = source.indexOf('$') + 1;
    expect(editText('${aws:username} and %{x}', [10, 10])).toBe('$${aws:username} and %%{x}');
    expect(editText('{b}', [inside, inside])).toBeUndefined();
    expect(editText('x\nEOF\n', [10, 10])).toBeUndefined();
  });
});

describe('Terraform: aws_iam_policy_document data sources', () => {
  const text = `data "aws_iam_policy_document" "assume" {
  statement {
    actions   = ["sts:AssumeRole"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "r" {
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

data "aws_iam_policy_document" "app" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObjekt"]
    resources = ["arn:aws:s3:::\${var.bucket}/home/&{aws:username}/*", "arn:aws:s3:::b/$\${aws:userid}/*"]
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalTag/team"
      values   = ["a"]
    }
  }
  statement {
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::b/\${aws:username}/*"]
  }
}

data "aws_iam_policy_document" "bucket" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::b/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

data "aws_iam_policy_document" "merged" {
  source_policy_documents   = [data.aws_iam_policy_document.app.json]
  override_policy_documents = [var.extra_policy]
  statement {
    actions = ["s3:GetObjekt"]
  }
}
`;

  it('reads statements as the provider renders them, findings on their tokens, policy types by use or by content', async () => {
    const messages = messagesOf(await lintTf(text), 'main.tf');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(text, m), m.path!.slice(0, 3).join('.')])).toEqual([
      // A trust policy (the role's assume_role_policy uses it): no Resource.
      ['schema', 4, positionOf(text, 'resources = ["*"]').column, 'resources', 'data.aws_iam_policy_document.assume'],
      ['action-exists', 19, positionOf(text, '"s3:GetObjekt"').column, '"s3:GetObjekt"', 'data.aws_iam_policy_document.app'],
      ['policy-variable-syntax', 29, positionOf(text, '${aws:username}').column, '${aws:username}', 'data.aws_iam_policy_document.app'],
      // Principal "*" with only S3 actions: a resource policy, and a public one.
      ['principal-public-access', 39, positionOf(text, 'identifiers = ["*"]', 0, 'identifiers = '.length).column, '["*"]', 'data.aws_iam_policy_document.bucket'],
    ]);
    expect(messages[0].message).toContain('role trust policy');
  });

  it('--print-config lists them; a document with an override the file does not define is not read', async () => {
    const { terraformPolicies } = await import('../../src/terraform/lint.js');
    expect(terraformPolicies([{ filePath: 'main.tf', text }]).map((p) => [p.path.join('.'), p.policyType])).toEqual([
      ['data.aws_iam_policy_document.assume', 'trust'],
      ['data.aws_iam_policy_document.app', 'identity'],
      ['data.aws_iam_policy_document.bucket', 'resource'],
    ]);
  });
});

describe('Terraform: data sources of a known form in ARNs', () => {
  it('the partition, account ID and Region data sources are variable parts: the rest of the ARN is checked, and quoted as written', async () => {
    const text = `data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}
data "aws_iam_policy_document" "p" {
  statement {
    actions   = ["s3:GetObject", "dynamodb:GetItem"]
    resources = [
      "arn:\${data.aws_partition.current.partition}:s3:::bucket/*",
      "arn:\${data.aws_partition.current.partition}:dynamodb:\${data.aws_region.current.name}:\${data.aws_caller_identity.current.account_id}:table/t",
      "arn:\${data.aws_partition.current.partition}:s3:us-east-1::bucket",
      "arn:\${var.partition}:s3:us-east-1::other",
    ]
  }
}
resource "aws_iam_policy" "p" { policy = data.aws_iam_policy_document.p.json }
`;
    const messages = messagesOf(await lintTf(text), 'main.tf');
    const at = positionOf(text, 'us-east-1::bucket"');
    // Before: nothing, as for any interpolation. An unknown variable (var.partition) still hides the ARN.
    expect(found(text, messages)).toEqual([['arn-region', at.line, at.column, 'us-east-1']]);
    expect(messages[0].message).toBe('ARN "arn:${data.aws_partition.current.partition}:s3:us-east-1::bucket" has Region "us-east-1", but s3 bucket ARNs have none (arn:${Partition}:s3:::${BucketName}); leave the Region field empty.');
  });
});

describe('Terraform: computed keys', () => {
  // The IRSA trust pattern: condition keys that name the OIDC provider through an interpolation.
  const text = `resource "aws_iam_role" "irsa" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/\${var.oidc_provider}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = {
          "\${var.oidc_provider}:sub" = "system:serviceaccount:kube-system:aws-node"
          "\${var.oidc_provider}:aud" = "sts.amazonaws.com"
        }
      }
    }]
  })
}

data "aws_iam_policy_document" "ssm" {
  statement {
    actions   = ["ssm:StartSession", "ssm:StartSesion"]
    resources = ["arn:aws:ec2:*:*:instance/*"]
    condition {
      test     = "StringEquals"
      variable = "ssm:resourceTag/\${var.tag}"
      values   = ["dev"]
    }
  }
}

resource "aws_iam_policy" "ssm" {
  policy = data.aws_iam_policy_document.ssm.json
}
`;

  it('interpolations in keys are placeholders: no finding on them, the rest of the key is read', async () => {
    const messages = messagesOf(await lintTf(text), 'main.tf');
    // Before: condition-key-exists on each computed key ('The service "${TF" …'), and privilege-escalation on
    // ssm:StartSession, whose resource-tag condition was not seen.
    expect(found(text, messages)).toEqual([
      ['action-exists', 20, positionOf(text, '"ssm:StartSesion"').column, '"ssm:StartSesion"'],
    ]);
  });
});

describe('Terraform: documents with count or for_each', () => {
  const text = `resource "aws_organizations_policy" "scp" {
  count   = var.enabled ? 1 : 0
  content = data.aws_iam_policy_document.scp[0].json
}

data "aws_iam_policy_document" "scp" {
  count = var.enabled ? 1 : 0
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_s3_bucket_policy" "b" {
  for_each = var.buckets
  bucket   = each.key
  policy   = data.aws_iam_policy_document.bucket[each.key].json
}

data "aws_iam_policy_document" "bucket" {
  for_each = var.buckets
  statement {
    actions   = ["s3:GetObject", "sqs:SendMessage"]
    resources = ["arn:aws:s3:::\${each.key}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}
`;

  it('an indexed reference (x[0].json, x[each.key].json) gives the document the policy type of its user', async () => {
    const { terraformPolicies } = await import('../../src/terraform/lint.js');
    expect(terraformPolicies([{ filePath: 'main.tf', text }]).map((p) => [p.path.join('.'), p.policyType])).toEqual([
      ['data.aws_iam_policy_document.scp', 'scp'],
      ['data.aws_iam_policy_document.bucket', 'resource'],
    ]);
    // Before: the SCP was linted as an identity policy (pass-role-scope, create-slr-scope on its "*"), and the
    // bucket policy without its resource type (no resource-policy-scope).
    const messages = messagesOf(await lintTf(text), 'main.tf');
    expect(found(text, messages)).toEqual([
      // Resource policies are action-resource-type's too: no S3 ARN is an SQS queue.
      ['action-resource-type', 23, positionOf(text, '"sqs:SendMessage"').column, '"sqs:SendMessage"'],
      ['resource-policy-scope', 23, positionOf(text, '"sqs:SendMessage"').column + 1, 'sqs'],
    ]);
  });
});

describe('Terraform: a Resource the file computes', () => {
  const text = `resource "aws_iam_user_policy" "assume" {
  user = "alice"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "sts:AssumeRole"
        Resource = local.role_arns[each.key]
        Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
      },
      {
        Effect   = "Allow"
        Action   = "iam:GetUser"
        Resource = "arn:aws:iam::*:mfa/$\${aws:username}"
      },
    ]
  })
}
`;

  it('may be of the type an action acts on (mfa-action-resource-type)', async () => {
    const messages = messagesOf(await lintTf(text), 'main.tf');
    // Before: also "sts:AssumeRole" acts on role resources … no Resource of this statement is one (line 8).
    expect(found(text, messages).filter(([rule]) => rule === 'mfa-action-resource-type')).toEqual([
      ['mfa-action-resource-type', 15, positionOf(text, '"arn:aws:iam::*:mfa/$${aws:username}"').column, '"arn:aws:iam::*:mfa/$${aws:username}"'],
    ]);
  });
});

describe('Terraform: redundant-statement in merged documents', () => {
  it('a statement of a document merged into several is not reported as covered in one of them: the others need it', async () => {
    const base = `data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::b/*"]
  }
}
data "aws_iam_policy_document" "x" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid       = "All"
    actions   = ["s3:*"]
    resources = ["*"]
  }
}
resource "aws_iam_policy" "x" {
  policy = data.aws_iam_policy_document.x.json
}
`;
    const redundant = async (text: string) => messagesOf(await lintTf(text), 'main.tf').filter((m) => m.ruleId === 'redundant-statement').map((m) => [m.line, m.path!.join('.')]);
    // Merged into x alone: covered there, and reported where it is written.
    expect(await redundant(base)).toEqual([[3, 'data.aws_iam_policy_document.base.Statement.0.Sid']]);
    // Merged into y too, which has nothing that covers it.
    const twice = `${base}data "aws_iam_policy_document" "y" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid       = "Queue"
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
  }
}
resource "aws_iam_policy" "y" {
  policy = data.aws_iam_policy_document.y.json
}
`;
    expect(await redundant(twice)).toEqual([]);
  });
});

describe('Terraform: documents merged from none', () => {
  it('a document whose source_policy_documents / override_policy_documents are [] or null is read', async () => {
    const text = `data "aws_iam_policy_document" "cert_manager" {
  source_policy_documents   = []
  override_policy_documents = null

  statement {
    actions   = ["route53:GetChange", "route53:GetChang"]
    resources = ["arn:aws:route53:::change/*"]
  }
}

data "aws_iam_policy_document" "merged" {
  source_policy_documents = [data.aws_iam_policy_document.cert_manager.json]
  statement {
    actions   = ["route53:GetChang"]
    resources = ["*"]
  }
}
`;
    // Before: neither was read. The merged one holds cert_manager's statement (its finding reported once) and its own.
    const messages = messagesOf(await lintTf(text), 'main.tf');
    expect(found(text, messages)).toEqual([
      ['action-exists', 6, positionOf(text, '"route53:GetChang"').column, '"route53:GetChang"'],
      ['action-exists', 14, positionOf(text, '["route53:GetChang"]').column + 1, '"route53:GetChang"'],
    ]);
  });
});

describe('Terraform: dynamic blocks in aws_iam_policy_document', () => {
  const text = `data "aws_iam_policy_document" "key" {
  statement {
    sid       = "Admins"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [var.admin_arn]
    }
  }
  dynamic "statement" {
    for_each = var.users
    iterator = user
    content {
      sid       = "Admins"
      actions   = ["kms:Decrypt", "kms:Encrypte"]
      resources = ["arn:aws:kms:\${user.value.region}:\${user.key}:key/*"]
      dynamic "principals" {
        for_each = user.value.principals
        content {
          type        = "AWS"
          identifiers = [principals.value, "arn:aws:iam::12345:root"]
        }
      }
      dynamic "condition" {
        for_each = user.value.conditions
        content {
          test     = "StringEqualz"
          variable = "kms:ViaService"
          values   = condition.value
        }
      }
      condition {
        test     = "Bool"
        variable = "aws:SecureTransport"
        values   = ["yes"]
      }
    }
  }
}

resource "aws_kms_key" "k" {
  policy = data.aws_iam_policy_document.key.json
}
`;

  it('renders each dynamic content once: the iterator\'s references are placeholders, a dynamic condition\'s literal test and variable as they are', async () => {
    const { lintTerraformModule } = await import('../../src/terraform/lint.js');
    const value = lintTerraformModule([{ filePath: 'main.tf', text, rules: [] }]).get('main.tf')!.value as { data: { aws_iam_policy_document: { key: { Statement: unknown[] } } } };
    expect(value.data.aws_iam_policy_document.key.Statement[1]).toEqual({
      Sid: 'Admins',
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:Encrypte'],
      Resource: ['arn:aws:kms:${TF::user.value.region}:${TF::user.key}:key/*'],
      Principal: { AWS: ['${TF::principals.value}', 'arn:aws:iam::12345:root'] },
      Condition: {
        StringEqualz: { 'kms:ViaService': '${TF::condition.value}' },
        Bool: { 'aws:SecureTransport': ['yes'] },
      },
    });
  });

  it('findings in a dynamic content land on its tokens; none on placeholders; rules on the whole statement set are not run', async () => {
    const messages = messagesOf(await lintTf(text), 'main.tf');
    expect(found(text, messages)).toEqual([
      ['action-exists', 16, positionOf(text, '"kms:Encrypte"').column, '"kms:Encrypte"'],
      ['principal-aws-format', 22, positionOf(text, '"arn:aws:iam::12345:root"').column, '"arn:aws:iam::12345:root"'],
      // Before: the dynamic condition's test was not read (its operator a placeholder).
      ['condition-operator-valid', 28, positionOf(text, '"StringEqualz"').column, '"StringEqualz"'],
      ['condition-bool-value', 36, positionOf(text, '"yes"').column, '"yes"'],
    ]);
    // The same Sids in literal blocks: the repeated one is reported (from a dynamic block, there may be no second).
    const literal = `data "aws_iam_policy_document" "key" {
  statement {
    sid       = "Admins"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [var.admin_arn]
    }
  }
  statement {
    sid       = "Admins"
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [var.user_arn]
    }
  }
}

resource "aws_kms_key" "k" {
  policy = data.aws_iam_policy_document.key.json
}
`;
    expect(found(literal, messagesOf(await lintTf(literal), 'main.tf'))).toEqual([
      ['sid-unique', 12, positionOf(literal, '"Admins"', 1).column, '"Admins"'],
    ]);
  });

  it('a dynamic condition is an unknown condition: the findings about a missing condition are not reported', async () => {
    const trust = `data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    dynamic "condition" {
      for_each = var.subjects
      content {
        test     = "StringLike"
        variable = "token.actions.githubusercontent.com:sub"
        values   = condition.value
      }
    }
  }
}

resource "aws_iam_role" "r" {
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`;
    expect(found(trust, messagesOf(await lintTf(trust), 'main.tf'))).toEqual([]);
    // Without it: the trust has no condition on the subject.
    const bare = trust.replace(/\n {4}dynamic "condition" \{[^]*?\n {4}\}\n/, '\n');
    expect(found(bare, messagesOf(await lintTf(bare), 'main.tf')).map((f) => f[0])).toEqual(['oidc-trust-condition']);
  });

  it('a dynamic condition\'s literal test and variable are checked; a computed test leaves the condition unknown', async () => {
    const trust = (test: string, variable: string) => `data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    dynamic "condition" {
      for_each = var.subjects
      content {
        test     = ${test}
        variable = ${variable}
        values   = condition.value
      }
    }
  }
}

resource "aws_iam_role" "r" {
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`;
    const check = async (text: string) => found(text, messagesOf(await lintTf(text), 'main.tf'));
    // Before: none of these (the operator was a placeholder, the condition unknown).
    const operator = trust('"StringLikee"', '"token.actions.githubusercontent.com:sub"');
    expect(await check(operator)).toEqual([['condition-operator-valid', 11, positionOf(operator, '"StringLikee"').column, '"StringLikee"']]);
    // Whatever its for_each gives, the statement has no condition on the subject.
    const key = trust('"StringLike"', '"aws:SourceIpp"');
    expect(await check(key)).toEqual([
      ['oidc-trust-condition', 6, positionOf(key, '"arn:aws:iam::123456789012:oidc').column, '"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"'],
      ['condition-key-exists', 12, positionOf(key, '"aws:SourceIpp"').column, '"aws:SourceIpp"'],
    ]);
    // A computed test: the key is still checked, the missing subject condition is not reported.
    const computed = trust('condition.value.test', '"aws:SourceIpp"');
    expect(await check(computed)).toEqual([['condition-key-exists', 12, positionOf(computed, '"aws:SourceIpp"').column, '"aws:SourceIpp"']]);
  });

  it('a GitHub trust whose principal is the provider resource\'s ARN is judged by its condition keys', async () => {
    const trust = (condition: string) => `data "aws_iam_policy_document" "github" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
${condition}  }
}

resource "aws_iam_role" "github" {
  assume_role_policy = data.aws_iam_policy_document.github.json
}
`;
    const aud = `    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
`;
    const audOnly = trust(aud);
    // At the principal's type: the reference itself is not policy text.
    const at = positionOf(audOnly, '"Federated"');
    expect(found(audOnly, messagesOf(await lintTf(audOnly), 'main.tf'))).toEqual([
      ['oidc-trust-condition', at.line, at.column, '"Federated"'],
    ]);
    // With :sub, even a computed one, nothing; nor when the :sub key itself is computed
    // (terraform-aws-modules/iam-github-oidc-role writes "\${local.provider_url}:sub").
    const sub = (variable: string) => trust(`${aud}    condition {
      test     = "StringLike"
      variable = ${variable}
      values   = ["repo:\${var.repository}:ref:refs/heads/main"]
    }
`);
    expect(found(sub('"token.actions.githubusercontent.com:sub"'), messagesOf(await lintTf(sub('"token.actions.githubusercontent.com:sub"')), 'main.tf'))).toEqual([]);
    expect(found(sub('"\${local.provider_url}:sub"'), messagesOf(await lintTf(sub('"\${local.provider_url}:sub"')), 'main.tf'))).toEqual([]);
  });

  it('whole-policy rules are listed by id: each is a rule of the registry, and every MFA rule is one', async () => {
    const { WHOLE_POLICY_RULES } = await import('../../src/terraform/document.js');
    const { rules } = await import('../../rules/index.js');
    const ids = new Set(rules.map((r: { id: string }) => r.id));
    for (const id of WHOLE_POLICY_RULES) expect(ids.has(id), id).toBe(true);
    for (const id of ids) if (id.startsWith('mfa-')) expect(WHOLE_POLICY_RULES.has(id), id).toBe(true);
  });

  it('a message names a statement by its number only where the file decides it: not at or after a dynamic statement, nor after unknown sources', async () => {
    const tf = `data "aws_iam_policy_document" "d" {
  statement {
    actions = ["s3:GetObject"]
  }
  dynamic "statement" {
    for_each = var.buckets
    content {
      actions = ["s3:GetObject"]
    }
  }
  statement {
    actions = ["s3:PutObject"]
  }
}

data "aws_iam_policy_document" "sourced" {
  source_policy_documents = [var.base]
  statement {
    actions = ["s3:GetObject"]
  }
}

resource "aws_iam_policy" "p" {
  policy = data.aws_iam_policy_document.d.json
}

resource "aws_iam_policy" "s" {
  policy = data.aws_iam_policy_document.sourced.json
}
`;
    const missing = 'has no "Resource" or "NotResource"; add "Resource" with the resources the statement applies to ("*" for all).';
    const messages = messagesOf(await lintTf(tf), 'main.tf');
    // The third block may be the provider's Statement 1, 2 or any other: before, "Statement 2".
    expect(messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([
      ['schema', 2, `Statement 0 ${missing}`],
      ['schema', 5, `This statement ${missing}`],
      ['schema', 11, `This statement ${missing}`],
      ['schema', 18, `This statement ${missing}`],
    ]);
    // An ignore path counts the statement blocks as written, a dynamic block as one.
    const config = { ignore: [{ files: ['main.tf'], path: '$.data.aws_iam_policy_document.d.Statement[2]', reason: 'test' }] };
    const outcome = await lint({ 'main.tf': tf, '.policy-lint.json': JSON.stringify(config) }, ['main.tf']);
    expect(messagesOf(outcome, 'main.tf').map((m) => m.line)).toEqual([2, 5, 18]);
  });

  it('a dynamic block without one content is not read', async () => {
    const { terraformPolicies } = await import('../../src/terraform/lint.js');
    const broken = `data "aws_iam_policy_document" "x" {
  dynamic "statement" {
    for_each = var.s
  }
}
`;
    expect(terraformPolicies([{ filePath: 'main.tf', text: broken }])).toEqual([]);
  });
});

describe('Terraform: documents merged from others (source_policy_documents, override_policy_documents)', () => {
  const text = `data "aws_iam_policy_document" "base" {
  policy_id = "base"
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
  statement {
    sid       = "Write"
    actions   = ["s3:PutObject"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "extra" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "over" {
  statement {
    sid       = "Write"
    actions   = ["s3:DeleteObjekt"]
    resources = ["*"]
  }
  statement {
    sid       = "Logs"
    actions   = ["logs:PutLogEvents"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "merged" {
  source_policy_documents   = [data.aws_iam_policy_document.base.json, data.aws_iam_policy_document.extra.json]
  override_policy_documents = ["\${data.aws_iam_policy_document.over.json}"]
  statement {
    sid       = "Read"
    actions   = ["s3:GetObjectt"]
    resources = ["*"]
  }
  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
  }
}
`;

  it('renders the merge as the provider does: sources, then own statements replacing those with their sid, then overrides', async () => {
    const { lintTerraformModule } = await import('../../src/terraform/lint.js');
    const value = lintTerraformModule([{ filePath: 'main.tf', text, rules: [] }]).get('main.tf')!.value as { data: { aws_iam_policy_document: Record<string, { Id?: string; Statement: Array<{ Sid?: string; Action: string[] }> }> } };
    const merged = value.data.aws_iam_policy_document.merged;
    expect(merged.Id).toBe('base');
    expect(merged.Statement.map((s) => [s.Sid, s.Action[0]])).toEqual([
      ['Read', 's3:GetObjectt'], // base's Read, replaced in place by the document's own
      ['Write', 's3:DeleteObjekt'], // base's Write, replaced by the override
      [undefined, 'sqs:SendMessage'],
      [undefined, 'kms:Decrypt'],
      ['Logs', 'logs:PutLogEvents'], // appended by the override
    ]);
  });

  it('findings on each statement\'s own tokens, once', async () => {
    const messages = messagesOf(await lintTf(text), 'main.tf');
    expect(found(text, messages)).toEqual([
      ['action-exists', 25, positionOf(text, '"s3:DeleteObjekt"').column, '"s3:DeleteObjekt"'],
      ['action-exists', 40, positionOf(text, '"s3:GetObjectt"').column, '"s3:GetObjectt"'],
    ]);
    expect(messages.map((m) => m.path!.slice(0, 3).join('.'))).toEqual(['data.aws_iam_policy_document.over', 'data.aws_iam_policy_document.merged']);
  });

  it('is not read when an override is not a document of the file, a merge would compare a computed or dynamic sid, or the provider rejects repeated sids', async () => {
    const { terraformPolicies } = await import('../../src/terraform/lint.js');
    const doc = (name: string, body: string) => `data "aws_iam_policy_document" "${name}" {\n${body}\n}\n`;
    const a = doc('a', '  statement {\n    sid = "A"\n    actions = ["s3:GetObject"]\n  }');
    const own = '\n  statement {\n    actions = ["s3:GetObject"]\n  }';
    const cases = {
      override: doc('m', `  override_policy_documents = [var.p]${own}`),
      file: doc('m', `  override_json = file("p.json")${own}`),
      // Unknown sources, and nothing of its own to read; or a Version that an unknown source may raise.
      noOwnStatement: doc('m', '  source_json = data.aws_iam_policy_document.nowhere.json'),
      version: doc('m', `  version = "2008-10-17"\n  source_policy_documents = [var.p]${own}`),
      computedSid: doc('m', '  override_policy_documents = [data.aws_iam_policy_document.a.json]\n  statement {\n    sid = var.sid\n    actions = ["s3:GetObject"]\n  }'),
      dynamicSid: doc('m', '  override_policy_documents = [data.aws_iam_policy_document.a.json]\n  dynamic "statement" {\n    for_each = var.s\n    content {\n      sid = "A"\n      actions = ["s3:GetObject"]\n    }\n  }'),
      repeated: doc('m', '  source_policy_documents = [data.aws_iam_policy_document.a.json, data.aws_iam_policy_document.a.json]'),
      cycle: doc('m', '  source_json = data.aws_iam_policy_document.m.json'),
    };
    for (const [name, merged] of Object.entries(cases)) {
      expect(terraformPolicies([{ filePath: 'main.tf', text: a + merged }]).map((p) => p.path.join('.')), name).toEqual(['data.aws_iam_policy_document.a']);
    }
    // A dynamic statement without a sid merges (it is appended); a, only merged into m, is linted there.
    const dynamic = doc('m', '  source_policy_documents = [data.aws_iam_policy_document.a.json]\n  dynamic "statement" {\n    for_each = var.s\n    content {\n      actions = ["s3:GetObject"]\n    }\n  }');
    expect(terraformPolicies([{ filePath: 'main.tf', text: a + dynamic }]).map((p) => p.path.join('.'))).toEqual(['data.aws_iam_policy_document.m']);
  });
});

describe('Terraform: documents merged from sources the file does not define', () => {
  const text = `data "aws_iam_policy_document" "bucket" {
  source_policy_documents = [var.base_policy, data.aws_iam_policy_document.tls.json]
  statement {
    sid       = "PublicRead"
    actions   = ["s3:GetObjekt"]
    resources = ["arn:aws:s3:::b/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

data "aws_iam_policy_document" "tls" {
  statement {
    sid       = "TlsOnly"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::b", "arn:aws:s3:::b/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "b" {
  bucket = "b"
  policy = data.aws_iam_policy_document.bucket.json
}
`;

  it('reads its own statements only, without the rules a statement of the sources could make wrong', async () => {
    const { lintTerraformModule } = await import('../../src/terraform/lint.js');
    const value = lintTerraformModule([{ filePath: 'main.tf', text, rules: [] }]).get('main.tf')!.value as { data: { aws_iam_policy_document: Record<string, { Statement: Array<{ Sid: string }> }> } };
    expect(value.data.aws_iam_policy_document.bucket.Statement.map((s) => s.Sid)).toEqual(['PublicRead']);
    const messages = messagesOf(await lintTf(text), 'main.tf');
    // A source may Deny what PublicRead allows: principal-public-access is not run; action-exists is.
    expect(found(text, messages)).toEqual([
      ['action-exists', 5, positionOf(text, '"s3:GetObjekt"').column, '"s3:GetObjekt"'],
    ]);
    // Its sources all in the file: the public read is reported.
    const known = text.replace('[var.base_policy, data', '[data');
    expect(found(known, messagesOf(await lintTf(known), 'main.tf'))).toEqual([
      ['action-exists', 5, positionOf(known, '"s3:GetObjekt"').column, '"s3:GetObjekt"'],
      ['principal-public-access', 9, positionOf(known, '["*"]').column, '["*"]'],
    ]);
  });

  it('rules skipped for unknown sources: the whole-policy ones and those a Deny elsewhere can answer', async () => {
    const { SOURCED_POLICY_RULES, WHOLE_POLICY_RULES } = await import('../../src/terraform/document.js');
    const { rules } = await import('../../rules/index.js');
    const ids = new Set(rules.map((r: { id: string }) => r.id));
    for (const id of SOURCED_POLICY_RULES) expect(ids.has(id), id).toBe(true);
    for (const id of WHOLE_POLICY_RULES) expect(SOURCED_POLICY_RULES.has(id), id).toBe(true);
  });
});

describe('Terraform: a document that only serves as another\'s source', () => {
  it('is linted as a part of the policy that merges it, not on its own', async () => {
    const text = `data "aws_iam_policy_document" "read" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::b/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

data "aws_iam_policy_document" "bucket" {
  source_policy_documents = [data.aws_iam_policy_document.read.json]
  statement {
    sid       = "OrgOnly"
    effect    = "Deny"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::b/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringNotEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_s3_bucket_policy" "b" {
  bucket = "b"
  policy = data.aws_iam_policy_document.bucket.json
}
`;
    // The bucket policy denies what "read" allows outside the organization: no public access.
    expect(found(text, messagesOf(await lintTf(text), 'main.tf'))).toEqual([]);
    const { terraformPolicies } = await import('../../src/terraform/lint.js');
    expect(terraformPolicies([{ filePath: 'main.tf', text }]).map((p) => p.path.join('.'))).toEqual(['data.aws_iam_policy_document.bucket']);
    // Merged into a document that cannot be read (an override the file does not define): linted on its own, as
    // a part (without the rules a Deny elsewhere can answer).
    const unread = text.replace('source_policy_documents = [data.aws_iam_policy_document.read.json]',
      'source_policy_documents = [data.aws_iam_policy_document.read.json]\n  override_policy_documents = [var.extra]');
    expect(terraformPolicies([{ filePath: 'main.tf', text: unread }]).map((p) => p.path.join('.'))).toEqual(['data.aws_iam_policy_document.read']);
    expect(found(unread, messagesOf(await lintTf(unread), 'main.tf'))).toEqual([]);
  });

  const text = `data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObjekt"]
    resources = ["*"]
  }
  statement {
    sid       = "Logs"
    actions   = ["logs:PutLogEvent"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "app" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::b/*"]
  }
}

resource "aws_iam_policy" "app" {
  policy = data.aws_iam_policy_document.app.json
}
`;

  it('a statement the merging document replaces by sid is not reported; the others once, at their own tokens, with their own path', async () => {
    const messages = messagesOf(await lintTf(text), 'main.tf');
    // Before: also action-exists on "s3:GetObjekt" (line 4), from base linted alone; app's own Read replaces it.
    expect(found(text, messages)).toEqual([
      ['action-exists', 9, positionOf(text, '"logs:PutLogEvent"').column, '"logs:PutLogEvent"'],
    ]);
    expect(messages[0].path).toEqual(['data', 'aws_iam_policy_document', 'base', 'Statement', 1, 'Action', 0]);
    // An ignore entry on base's statement (by Sid) suppresses it.
    const config = { ignore: [{ files: ['main.tf'], path: "$.data.aws_iam_policy_document.base.Statement[?(@.Sid == 'Logs')]", reason: 'test' }] };
    const ignored = await lint({ 'main.tf': text, '.policy-lint.json': JSON.stringify(config) }, ['main.tf']);
    expect(messagesOf(ignored, 'main.tf')).toEqual([]);
  });

  it('a statement another document keeps is reported, once', async () => {
    const two = `${text}
data "aws_iam_policy_document" "other" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
}

resource "aws_iam_policy" "other" {
  policy = data.aws_iam_policy_document.other.json
}
`;
    expect(found(two, messagesOf(await lintTf(two), 'main.tf'))).toEqual([
      ['action-exists', 4, positionOf(two, '"s3:GetObjekt"').column, '"s3:GetObjekt"'],
      ['action-exists', 9, positionOf(two, '"logs:PutLogEvent"').column, '"logs:PutLogEvent"'],
    ]);
    // Used by a policy attribute too: linted on its own (its Read reported there), and in app, once.
    const used = `${text}
resource "aws_iam_policy" "base" {
  policy = data.aws_iam_policy_document.base.json
}
`;
    const messages = messagesOf(await lintTf(used), 'main.tf');
    expect(found(used, messages)).toEqual([
      ['action-exists', 4, positionOf(used, '"s3:GetObjekt"').column, '"s3:GetObjekt"'],
      ['action-exists', 9, positionOf(used, '"logs:PutLogEvent"').column, '"logs:PutLogEvent"'],
    ]);
  });
});

describe('Terraform: a source that cannot be merged', () => {
  const base = (sid: string) => `data "aws_iam_policy_document" "base" {
  statement {
    ${sid}
    actions   = ["s3:GetObjekt"]
    resources = ["arn:aws:s3:::b/*"]
  }
}

data "aws_iam_policy_document" "bucket" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid       = "Public"
    actions   = ["s3:ListBuckett"]
    resources = ["arn:aws:s3:::b"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "b" {
  bucket = "b"
  policy = data.aws_iam_policy_document.bucket.json
}
`;

  it('a computed sid, a sid in a dynamic statement, or a directive makes it an unknown source: the document\'s own statements are linted without the rules another statement can answer', async () => {
    const { terraformPolicies } = await import('../../src/terraform/lint.js');
    const dynamic = base('sid = "Read"').replace('  statement {\n    sid = "Read"', '  dynamic "statement" {\n    for_each = var.s\n    content {\n    sid = "Read"').replace('resources = ["arn:aws:s3:::b/*"]\n  }', 'resources = ["arn:aws:s3:::b/*"]\n  }\n  }');
    for (const [name, text] of [['computed', base('sid = var.sid')], ['dynamic', dynamic]]) {
      // Before: bucket was not read at all.
      expect(terraformPolicies([{ filePath: 'main.tf', text }]).map((p) => p.path.join('.')), name).toEqual(['data.aws_iam_policy_document.base', 'data.aws_iam_policy_document.bucket']);
      const messages = messagesOf(await lintTf(text), 'main.tf');
      // base alone (a part), and bucket's own statement: its public access is not reported (base could deny it).
      expect(found(text, messages), name).toEqual([
        ['action-exists', positionOf(text, '"s3:GetObjekt"').line, positionOf(text, '"s3:GetObjekt"').column, '"s3:GetObjekt"'],
        ['action-exists', positionOf(text, '"s3:ListBuckett"').line, positionOf(text, '"s3:ListBuckett"').column, '"s3:ListBuckett"'],
      ]);
    }
    // A source that holds a %{ } directive cannot be read (nor linted): an unknown source too.
    const directive = base('sid = "Read"').replace('resources = ["arn:aws:s3:::b/*"]', 'resources = ["%{ if var.x }arn:aws:s3:::b/*%{ endif }"]');
    expect(terraformPolicies([{ filePath: 'main.tf', text: directive }]).map((p) => p.path.join('.'))).toEqual(['data.aws_iam_policy_document.bucket']);
    expect(found(directive, messagesOf(await lintTf(directive), 'main.tf'))).toEqual([
      ['action-exists', 13, positionOf(directive, '"s3:ListBuckett"').column, '"s3:ListBuckett"'],
    ]);
    // Its sid literal: merged (base's statement, without a Principal, in a bucket policy), and the public access reported.
    const literal = base('sid = "Read"');
    expect(found(literal, messagesOf(await lintTf(literal), 'main.tf')).map((f) => [f[0], f[1]])).toEqual([
      ['schema', 2], ['action-exists', 4], ['action-exists', 13], ['principal-public-access', 17],
    ]);
  });
});

describe('Terraform: a principals block of type "*" beside others', () => {
  const text = `data "aws_iam_policy_document" "bucket" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::b/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}

resource "aws_s3_bucket_policy" "b" {
  bucket = "b"
  policy = data.aws_iam_policy_document.bucket.json
}
`;

  it('is one more principal type, as the provider renders it ({"*": "*", "AWS": …}), which IAM does not accept', async () => {
    const { lintTerraformModule } = await import('../../src/terraform/lint.js');
    const value = lintTerraformModule([{ filePath: 'main.tf', text, rules: [] }]).get('main.tf')!.value as { data: { aws_iam_policy_document: { bucket: { Statement: Array<{ Principal: unknown }> } } } };
    expect(value.data.aws_iam_policy_document.bucket.Statement[0].Principal).toEqual({ '*': ['*'], AWS: ['arn:aws:iam::123456789012:root'] });
    // Before: read as "Principal": "*" (a public bucket policy), the AWS principal dropped.
    const messages = messagesOf(await lintTf(text), 'main.tf');
    expect(found(text, messages)).toEqual([
      ['schema', 6, positionOf(text, '"*"').column, '"*"'],
      ['principal-wildcard', 7, positionOf(text, '["*"]').column + 1, '"*"'],
    ]);
  });

  it('alone, or repeated as the same block (one element of the provider\'s set), is "Principal": "*"', async () => {
    const { lintTerraformModule } = await import('../../src/terraform/lint.js');
    const repeated = text.replace('type        = "AWS"\n      identifiers = ["arn:aws:iam::123456789012:root"]', 'type        = "*"\n      identifiers = ["*"]');
    const value = lintTerraformModule([{ filePath: 'main.tf', text: repeated, rules: [] }]).get('main.tf')!.value as { data: { aws_iam_policy_document: { bucket: { Statement: Array<{ Principal: unknown }> } } } };
    expect(value.data.aws_iam_policy_document.bucket.Statement[0].Principal).toBe('*');
    expect(found(repeated, messagesOf(await lintTf(repeated), 'main.tf'))).toEqual([
      ['principal-public-access', 7, positionOf(repeated, '["*"]').column, '["*"]'],
    ]);
    // Identifiers other than ["*"]: the type "*" with them.
    const more = text.replace('identifiers = ["*"]', 'identifiers = ["*", "arn:aws:iam::123456789012:root"]').replace(/\n {4}principals \{\n {6}type {8}= "AWS"[^}]*\}/, '');
    const read = lintTerraformModule([{ filePath: 'main.tf', text: more, rules: [] }]).get('main.tf')!.value as typeof value;
    expect(read.data.aws_iam_policy_document.bucket.Statement[0].Principal).toEqual({ '*': ['*', 'arn:aws:iam::123456789012:root'] });
  });
});

describe('Terraform: the size rules measure the text Terraform sends', () => {
  // 12 statements of 8 actions: 5,552 characters as the provider's `json` (Go's MarshalIndent, two spaces),
  // 3,536 as its `minified_json` (both measured with Python's json.dumps, which lays out JSON alike).
  const statements = Array.from({ length: 12 }, (_, i) => `  statement {
    sid       = "Deny${i}"
    effect    = "Deny"
    actions   = [${Array.from({ length: 8 }, (_, j) => `"svc${i}:DoSomething${j}"`).join(', ')}]
    resources = ["*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:PrincipalAccount"
      values   = ["111122223333"]
    }
  }
`).join('');
  const scp = (attribute: string, extra = '') => `resource "aws_organizations_policy" "scp" {
  name    = "scp"
  content = data.aws_iam_policy_document.scp.${attribute}
}
${extra}
data "aws_iam_policy_document" "scp" {
${statements}}
`;
  const sizeFindings = async (text: string) => {
    const messages = messagesOf(await lintTf(text), 'main.tf').filter((m) => m.ruleId?.endsWith('-size'));
    return messages.map((m) => [m.ruleId, m.severity, m.line, m.column, tokenOf(text, m), m.message]);
  };

  it('an SCP document read through `json` counts pretty-printed: over 5,120 characters, though not minified', async () => {
    const text = scp('json');
    expect(await sizeFindings(text)).toEqual([
      ['org-policy-size', 2, 7, 3, 'statement', 'The service control policy (SCP) has 5,552 characters as Terraform renders it through the document\'s `json` attribute (pretty-printed; 3,536 through `minified_json`), more than the 5,120 characters AWS Organizations allows; use `minified_json`.'],
    ]);
    expect(positionOf(text, 'statement {')).toEqual({ line: 7, column: 3 });
  });

  it('the same document read through `minified_json` fits', async () => {
    expect(await sizeFindings(scp('minified_json'))).toEqual([]);
  });

  it('a document read through both counts the larger: `json`, also when only an output reads it so', async () => {
    const text = scp('minified_json', '\noutput "scp" {\n  value = data.aws_iam_policy_document.scp.json\n}\n');
    expect((await sizeFindings(text)).map((f) => f.slice(0, 5))).toEqual([['org-policy-size', 2, 11, 3, 'statement']]);
    expect(positionOf(text, 'statement {')).toEqual({ line: 11, column: 3 });
  });

  it('an IAM policy that reads the SCP document through `json` does not count for the SCP, which reads `minified_json`', async () => {
    // The document is linted as the SCP (its first use); the aws_iam_policy's `json` is an identity policy's text.
    const text = scp('minified_json', '\nresource "aws_iam_policy" "p" {\n  name   = "p"\n  policy = data.aws_iam_policy_document.scp.json\n}\n');
    expect(await sizeFindings(text)).toEqual([]);
    // Another SCP reading `json` still counts.
    const other = scp('minified_json', '\nresource "aws_organizations_policy" "other" {\n  name    = "other"\n  content = data.aws_iam_policy_document.scp.json\n}\n');
    expect((await sizeFindings(other)).map((f) => f.slice(0, 5))).toEqual([['org-policy-size', 2, 12, 3, 'statement']]);
    expect(positionOf(other, 'statement {')).toEqual({ line: 12, column: 3 });
  });

  it('a merge attribute that names the document through `json` is not a use of its text', async () => {
    const text = scp('minified_json', `
data "aws_iam_policy_document" "other" {
  source_policy_documents = [data.aws_iam_policy_document.scp.json]
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}
`);
    expect(await sizeFindings(text)).toEqual([]);
  });

  // 11 statements of 8 actions, pretty-printed: 5,086 characters (3,237 minified); each line indented 4 more
  // spaces in the heredoc: 5,987 with its last newline.
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: Array.from({ length: 11 }, (_, i) => ({
      Sid: `Deny${i}`, Effect: 'Deny', Action: Array.from({ length: 8 }, (_, j) => `svc${i}:DoSomething${7 - j}`), Resource: '*',
      Condition: { StringNotEquals: { 'aws:PrincipalAccount': '111122223333' } },
    })),
  }, null, 2);
  const indented = (opener: string) => `resource "aws_organizations_policy" "scp" {
  name    = "scp"
  content = ${opener}
${policy.split('\n').map((line) => `    ${line}`).join('\n')}
  EOT
}
`;

  it('a `<<-EOT` heredoc counts without the indentation Terraform strips; a `<<EOT` one with it', async () => {
    expect(await sizeFindings(indented('<<-EOT'))).toEqual([]);
    const text = indented('<<EOT');
    expect(await sizeFindings(text)).toEqual([
      ['org-policy-size', 1, 6, 7, '"Statement"', 'The service control policy (SCP) has 5,987 characters as written (3,237 without whitespace), more than the 5,120 characters AWS Organizations allows when it is saved through the API, the CLI or CloudFormation; remove the whitespace outside strings before saving it that way.'],
    ]);
    expect(positionOf(text, '"Statement"')).toEqual({ line: 6, column: 7 });
  });

  // 50 statements of 10 actions: 21,640 characters through `json`, 14,278 through `minified_json`; IAM's 6,144
  // for 18 such statements without Principal: 7,320 through `json`, 4,806 without whitespace.
  const documentOf = (n: number, principal: string) => `data "aws_iam_policy_document" "doc" {
${Array.from({ length: n }, (_, i) => `  statement {
    sid       = "Allow${i}"
    actions   = [${Array.from({ length: 10 }, (_, j) => `"svc${i}:DoSomething${j}"`).join(', ')}]
    resources = ["*"]
${principal}  }
`).join('')}}
`;
  const anyone = '    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n';
  const endpoint = (attribute: string) => `resource "aws_vpc_endpoint_policy" "e" {
  vpc_endpoint_id = aws_vpc_endpoint.e.id
  policy          = data.aws_iam_policy_document.doc.${attribute}
}

${documentOf(50, anyone)}`;

  it('a VPC endpoint policy (its quota counts whitespace) read through `json` counts pretty-printed', async () => {
    const text = endpoint('json');
    expect(await sizeFindings(text)).toEqual([
      ['resource-policy-size', 1, 7, 3, 'statement', 'The VPC endpoint policy has 21,640 characters as Terraform sends it, more than the 20,480 characters allowed; shorten it by merging statements that differ in one element, or by matching with conditions instead of long lists.'],
    ]);
    expect(positionOf(text, 'statement {')).toEqual({ line: 7, column: 3 });
    expect(await sizeFindings(endpoint('minified_json'))).toEqual([]);
  });

  it('a bucket policy reading the endpoint\'s document through `json` does not count for the endpoint, which reads `minified_json`', async () => {
    const bucket = '\nresource "aws_s3_bucket_policy" "b" {\n  bucket = "b"\n  policy = data.aws_iam_policy_document.doc.json\n}\n';
    expect(await sizeFindings(endpoint('minified_json').replace('\n\ndata "aws_iam_policy_document"', `\n${bucket}\ndata "aws_iam_policy_document"`))).toEqual([]);
    // Read through `json` by another VPC endpoint policy, it counts pretty-printed.
    const other = '\nresource "aws_vpc_endpoint_policy" "f" {\n  vpc_endpoint_id = aws_vpc_endpoint.f.id\n  policy          = data.aws_iam_policy_document.doc.json\n}\n';
    const text = endpoint('minified_json').replace('\n\ndata "aws_iam_policy_document"', `\n${other}\ndata "aws_iam_policy_document"`);
    expect((await sizeFindings(text)).map((f) => f.slice(0, 5))).toEqual([['resource-policy-size', 1, 12, 3, 'statement']]);
    expect(positionOf(text, 'statement {')).toEqual({ line: 12, column: 3 });
  });

  it('an identity policy read through `json` still counts without whitespace, as IAM does', async () => {
    const text = `resource "aws_iam_policy" "p" {
  name   = "p"
  policy = data.aws_iam_policy_document.doc.json
}

${documentOf(18, '')}`;
    expect(await sizeFindings(text)).toEqual([]);
  });

  // jsonencode writes `<`, `>` and `&` as \u003c, \u003e, \u0026 (as `terraform console` shows:
  // jsonencode({b = "<&>"}) is {"b":"\u003c\u0026\u003e"}): 200 values "r&d-<i>" are 2,432 characters
  // minified as written, 5,432 as jsonencode returns them.
  const tags = Array.from({ length: 200 }, (_, i) => `"r&d-<${i}>"`).join(', ');
  const encoded = `resource "aws_organizations_policy" "scp" {
  name    = "scp"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Action    = "*"
      Resource  = "*"
      Condition = { StringNotLike = { "aws:PrincipalTag/team" = [${tags}] } }
    }]
  })
}
`;

  it('jsonencode counts `<`, `>` and `&` as the escapes it writes', async () => {
    expect(await sizeFindings(encoded)).toEqual([
      ['org-policy-size', 2, 5, 5, 'Statement', 'The service control policy (SCP) has 5,432 characters even without whitespace, more than the 5,120 characters AWS Organizations allows; split it into several policies.'],
    ]);
  });

  it('a heredoc of the same policy is sent as written, unescaped', async () => {
    const text = `resource "aws_organizations_policy" "scp" {
  name    = "scp"
  content = <<EOF
{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringNotLike":{"aws:PrincipalTag/team":[${tags.replace(/, /g, ',')}]}}}]}
EOF
}
`;
    expect(await sizeFindings(text)).toEqual([]);
  });
});

describe('Terraform: locals', () => {
  const text = `locals {
  doc = {
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = local.actions, Resource = local.arns.bucket }]
  }
  actions  = concat(["s3:ListBukket"], ["s3:GetObject"])
  expanded = concat(local.lists...)
  lists    = [["s3:GetObjekt"]]
  arns     = { bucket = "arn:aws:s3:::b/*", account = 1234 }
  self     = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:PutObjekt", Resource = local.self }] })
}

resource "aws_iam_policy" "doc" {
  policy = jsonencode(local.doc)
}

resource "aws_iam_policy" "unknown" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = local.expanded, Resource = "arn:aws:s3:::\${local.arns.account}x/*" }]
  })
}

resource "aws_iam_policy" "self" {
  policy = local.self
}
`;

  it("reads a local in its own file (jsonencode of a local object, concat of literal lists), findings at the local's text", async () => {
    const messages = messagesOf(await lintTf(text), 'main.tf');
    const listBukket = positionOf(text, '"s3:ListBukket"');
    const putObjekt = positionOf(text, '"s3:PutObjekt"');
    expect(found(text, messages).filter(([id]) => id === 'action-exists')).toEqual([
      ['action-exists', listBukket.line, listBukket.column, '"s3:ListBukket"'],
      ['action-exists', putObjekt.line, putObjekt.column, '"s3:PutObjekt"'],
    ]);
    // Its path is the policy's, as for a value written in place.
    expect(messages.find((m) => m.ruleId === 'action-exists')!.path).toEqual(['resource', 'aws_iam_policy', 'doc', 'policy', 'Statement', 0, 'Action', 0]);
  });

  it('keeps concat of an expanded argument and a local that reads itself unknown; a finding on the whole policy is at the reference', async () => {
    const messages = messagesOf(await lintTf(text), 'main.tf');
    // `concat(local.lists...)` is not evaluated: no s3:GetObjekt finding.
    expect(messages.map((m) => m.message).join('\n')).not.toContain('s3:GetObjekt');
    // local.self (no Version) reads itself: its Resource is a placeholder; the missing Version is on `policy = local.self`.
    const at = positionOf(text, 'policy = local.self');
    expect(found(text, messages).filter(([id]) => id !== 'action-exists')).toEqual([['policy-version', at.line, at.column, 'policy']]);
  });

  it('stops reading locals that read others many times (2^40 reads here): the rest stays unknown', async () => {
    const levels = Array.from({ length: 40 }, (_, i) => `  l${i + 1} = concat(local.l${i}, local.l${i})`).join('\n');
    const tf = `locals {\n  l0 = ["s3:GetObjekt"]\n${levels}\n}\n\nresource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = local.l40, Resource = "*" }] })\n}\n`;
    const messages = messagesOf(await lintTf(tf), 'main.tf');
    expect(messages.map((m) => m.ruleId)).not.toContain('action-exists');
  });

  it('a message that quotes what an interpolated local writes names the local; one at the local\'s own text does not', async () => {
    const tf = `locals {
  bucket_arn = "arn:aws:s3:us-east-1::b"
  policy     = "ReadOnlyAcces"
  regional   = ["arn:aws:s3:us-east-1::c"]
}

data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["\${local.bucket_arn}/*"]
  }
  statement {
    actions   = ["s3:GetObject"]
    resources = local.regional
  }
}

resource "aws_iam_policy" "p" {
  policy = data.aws_iam_policy_document.d.json
}

resource "aws_iam_role_policy_attachment" "a" {
  role       = "r"
  policy_arn = "arn:aws:iam::aws:policy/\${local.policy}"
}
`;
    const messages = messagesOf(await lintTf(tf), 'main.tf');
    const interpolated = positionOf(tf, '"\${local.bucket_arn}/*"');
    const own = positionOf(tf, 'us-east-1::c');
    const arn = positionOf(tf, '"arn:aws:iam::aws:policy/');
    // Each message's start, and what it says of a local at its end.
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.message.slice(0, 34), / \(local\.[^)]*\)$/.exec(m.message)?.[0]])).toEqual([
      ['arn-region', own.line, own.column, 'ARN "arn:aws:s3:us-east-1::c" has ', undefined],
      ['arn-region', interpolated.line, interpolated.column, 'ARN "arn:aws:s3:us-east-1::b/*" ha', ' (local.bucket_arn = "arn:aws:s3:us-east-1::b")'],
      ['managed-policy-exists', arn.line, arn.column, '"arn:aws:iam::aws:policy/ReadOnlyA', ' (local.policy = "ReadOnlyAcces")'],
    ]);
  });

  it('names a local whose value the message quotes with escapes (a quote in it)', async () => {
    const tf = `locals {
  policy = "Read\\"Only"
}

resource "aws_iam_role_policy_attachment" "a" {
  role       = "r"
  policy_arn = "arn:aws:iam::aws:policy/\${local.policy}"
}
`;
    const messages = messagesOf(await lintTf(tf), 'main.tf');
    expect(messages.map((m) => [m.ruleId, m.message.slice(0, 39), / \(local\.[^)]*\)$/.exec(m.message)?.[0]])).toEqual([
      ['arn-format', '"arn:aws:iam::aws:policy/Read\\"Only" in', ' (local.policy = "Read\\"Only")'],
    ]);
  });

  it('reads a local that is a data source of a known form as that form, quoting the data source', async () => {
    const arn = '"arn:${local.partition}:s3:us-east-1::b/*"';
    const tf = `locals {
  partition = data.aws_partition.current.partition
}

data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = [${arn}]
  }
}
`;
    const messages = messagesOf(await lintTf(tf), 'main.tf');
    // On the Region, which the string writes itself.
    const at = positionOf(tf, 'us-east-1');
    expect(found(tf, messages)).toEqual([['arn-region', at.line, at.column, 'us-east-1']]);
    expect(messages[0].message).toContain('"arn:${data.aws_partition.current.partition}:s3:us-east-1::b/*"');
  });
});

describe('Terraform: an empty sid', () => {
  it('sid = "" is no Sid, as in the provider\'s JSON (cloudposse\'s node termination handler policy)', async () => {
    const text = `data "aws_iam_policy_document" "node_termination_handler" {
  statement {
    sid       = ""
    effect    = "Allow"
    resources = ["*"]

    actions = [
      "autoscaling:CompleteLifecycleAction",
      "autoscaling:DescribeAutoScalingInstances",
      "autoscaling:DescribeTags",
      "ec2:DescribeInstances",
      "sqs:DeleteMessage",
      "sqs:ReceiveMessage",
    ]
  }
}
`;
    // Before: sid-alphanumeric reported "The Sid is empty" at 3:17, although the provider omits an empty Sid.
    expect(found(text, messagesOf(await lintTf(text), 'main.tf'))).toEqual([]);
    // A policy of JSON keeps its empty Sid, which IAM receives as written.
    const heredoc = `resource "aws_iam_policy" "p" {
  policy = <<EOF
{"Version": "2012-10-17", "Statement": [{"Sid": "", "Effect": "Allow", "Action": "sqs:ListQueues", "Resource": "*"}]}
EOF
}
`;
    expect(found(heredoc, messagesOf(await lintTf(heredoc), 'main.tf'))).toEqual([['sid-alphanumeric', 3, 49, '""']]);
  });
});
