/** The HCL scanner reads past the Terraform it does not need (any expression) and keeps offsets for what it does. */
import { describe, expect, it } from 'vitest';
import { scanHcl, type HclAttribute, type HclBlock } from '../../src/terraform/scan.js';
import { terraformPolicyLocations } from '../../src/terraform/locations.js';

/** Constructs of real modules around the policies: none of them may stop the scan. */
const module = `terraform {
  required_version = ">= 1.0"
  required_providers {
    aws = { source = "hashicorp/aws", version = ">= 5.0" }
  }
}

locals {
  name      = "\${var.prefix}-app"
  enabled   = var.create && length(var.subnets) > 0
  ids       = [for s in var.subnets : s.id if s.public]
  by_name   = { for k, v in var.items : k => v.arn... }
  splat     = aws_instance.web[*].id
  nested    = try(var.config["a"].b[0], null)
  multiline = (
    var.create
    ? "yes"
    : "no"
  )
  rendered  = templatefile("\${path.module}/policy.json.tpl", { bucket = var.bucket })
  text      = <<-EOT
    Hello \${var.name}, %{ if var.x }x%{ endif } "quoted" { braces }
  EOT
  negative  = -1
  not       = !var.enabled
  math      = 2 * (3 + var.n) / 4 % 5
  provider_fn = provider::aws::arn_parse("arn:aws:s3:::b")
}

variable "settings" {
  type = object({
    name = string
    tags = optional(map(string), {})
  })
  validation {
    condition     = can(regex("^[a-z]+\\\\d*$", var.settings.name))
    error_message = "Lower case only: \\"a-z\\"."
  }
}

resource "aws_iam_role" "this" {
  count = var.create ? 1 : 0 # a comment
  name  = local.name // another
  /* a block
     comment */
  assume_role_policy = data.aws_iam_policy_document.assume.json

  dynamic "inline_policy" {
    for_each = var.policies
    content {
      name   = inline_policy.key
      policy = inline_policy.value
    }
  }

  tags = merge(var.tags, {
    Name = local.name
  })

  lifecycle {
    ignore_changes = [tags["Owner"]]
  }
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "last" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      for arn in var.arns : { Effect = "Allow", Action = "s3:GetObject", Resource = arn }
    ]
  })
}

output "arn" {
  value = try(aws_iam_role.this[0].arn, "")
}
`;

describe('scanHcl', () => {
  it('reads a module of ordinary Terraform without an error', () => {
    const { body, error } = scanHcl(module);
    expect(error).toBeUndefined();
    expect(body.map((item) => (item.kind === 'block' ? `${item.type} ${item.labels.join(' ')}` : item.name))).toEqual([
      'terraform ', 'locals ', 'variable settings', 'resource aws_iam_role this', 'data aws_iam_policy_document assume',
      'resource aws_iam_policy last', 'output arn',
    ]);
    const locals = (body[1] as HclBlock).body as HclAttribute[];
    expect(locals.map((a) => [a.name, a.value.kind])).toEqual([
      ['name', 'template'], ['enabled', 'other'], ['ids', 'other'], ['by_name', 'other'], ['splat', 'other'],
      ['nested', 'call'], ['multiline', 'other'], ['rendered', 'call'], ['text', 'template'], ['negative', 'other'],
      ['not', 'other'], ['math', 'other'], ['provider_fn', 'other'],
    ]);
    // Policy attributes: a reference (not read later: not a literal policy), and a policy whose Statement is a
    // for expression (read: a placeholder in an object).
    const locations = terraformPolicyLocations(body);
    expect(locations.map((l) => [l.address, l.policyType, l.attribute.value.kind])).toEqual([
      ['aws_iam_role.this', 'trust', 'other'], ['aws_iam_policy.last', 'identity', 'call'],
    ]);
  });

  it('keeps the offsets of a heredoc\'s characters, and reads $${ and %%{ as literal text', () => {
    const text = 'x = <<EOT\na$${b}%%{c}\${d}\nEOT\n';
    const { body } = scanHcl(text);
    const value = (body[0] as HclAttribute).value;
    expect(value.kind).toBe('template');
    if (value.kind !== 'template') return;
    expect(value.parts.map((p) => (p.kind === 'text' ? [p.text, p.map.map((o) => text[o]).join('')] : [p.kind, text.slice(p.start, p.end)]))).toEqual([
      ['a${b}%{c}', 'a${b}%{c}'],
      ['interpolation', '${d}'],
      ['\n', '\n'],
    ]);
  });

  it('reads a heredoc inside a heredoc\'s template sequence, braces in it as text', () => {
    const text = 'x = <<-EOT\n  ${join("\\n", [for l in var.lines : <<-INNER\n    ${l} }\n  INNER\n  ])}\n  EOT\ny = 2\n';
    const { body, error } = scanHcl(text);
    expect(error).toBeUndefined();
    expect(body.map((item) => (item as HclAttribute).name)).toEqual(['x', 'y']);
    const value = (body[0] as HclAttribute).value;
    expect(value.kind === 'template' && value.parts.map((p) => p.kind)).toEqual(['text', 'interpolation', 'text']);
  });

  it('reads numbers as object keys', () => {
    const { body, error } = scanHcl('x = { 1 = "a", 2.5: "b" }\ny = 2\n');
    expect(error).toBeUndefined();
    const value = (body[0] as HclAttribute).value;
    expect(value.kind === 'object' && value.entries.map((e) => e.key)).toEqual(['1', '2.5']);
  });

  it('reads comments and new lines in template sequences as HCL does: their brackets and quotes are text', () => {
    // Comments in `${ }` and `%{ }`, over lines; braces and quotes in strings and objects of the expression.
    const text = [
      'a = "${ var.x # the } "x"\n}-${ var.y // {\n}"',
      'b = "${ var.x /* } " */ }"',
      'c = "%{ if var.x # }\n}yes%{ endif }"',
      'd = <<EOT\n${ var.x # }\n}\nEOT',
      'e = "${ {k = "}"}["k"] }${ "}" }"',
      'f = 1',
      '',
    ].join('\n');
    const { body, error } = scanHcl(text);
    expect(error).toBeUndefined();
    const parts = (body as HclAttribute[]).map((a) => [a.name, a.value.kind === 'template' ? a.value.parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'interpolation' ? p.inner : text.slice(p.start, p.end))) : a.value.kind]);
    // The expression's text has its comments blanked (a comment is a space to HCL).
    expect(parts).toEqual([
      ['a', [' var.x            \n', '-', ' var.y     \n']],
      ['b', [' var.x           ']],
      ['c', ['%{ if var.x # }\n}', 'yes', '%{ endif }']],
      ['d', [' var.x    \n', '\n']],
      ['e', [' {k = "}"}["k"] ', ' "}" ']],
      ['f', 'number'],
    ]);
  });

  it('stops at text it cannot read, keeping what came before', () => {
    const { body, error } = scanHcl('a = 1\nb = [1, 2\n');
    expect(body.map((item) => (item as HclAttribute).name)).toEqual(['a']);
    expect(error?.message).toBe('Unexpected "end of file": expected "," or "]" in a tuple.');
  });

  it('stops at a missing separator, at the token after it, as HCL does ("Missing attribute separator")', () => {
    const cases: Array<[string, string, string]> = [
      ['p = jsonencode({ Statement = [{ Effect = "Allow" Action = "s3:GetObject" }] })\n', 'Action', 'Unexpected "Action": expected "," or a new line between object attributes.'],
      ['a = ["x" "y"]\n', '"y"', 'Unexpected "\\"": expected "," or "]" in a tuple.'],
      ['a = ["x"\n  "y"]\n', '"y"', 'Unexpected "\\"": expected "," or "]" in a tuple.'],
      ['a = f("x" 1)\n', '1)', 'Unexpected "1" in the arguments of f().'],
      ['a = "x" b = 1\n', 'b =', 'Unexpected "b": expected a new line.'],
    ];
    for (const [text, at, message] of cases) expect([text, scanHcl(text).error]).toEqual([text, { message, offset: text.indexOf(at) }]);
    // Operators, traversals, conditionals and provider functions after an operand are still read past.
    for (const text of ['a = x ? "y" : "z"\n', 'a = var.x[*].y\n', 'a = provider::aws::arn_parse("x").account\n', 'a = { b = 1 + 2, c = "x" }\n']) {
      expect([text, scanHcl(text).error]).toEqual([text, undefined]);
    }
  });
});

describe('HCL scanner: Terraform 0.11', () => {
  it('reads a quoted attribute name in a block used as a map, and goes on', () => {
    const text = 'resource "aws_instance" "a" {\n  tags {\n    "kubernetes.io/cluster/x" = "owned"\n  }\n}\nresource "aws_iam_role" "r" {\n  assume_role_policy = "{}"\n}\n';
    const { body, error } = scanHcl(text);
    expect(error).toBeUndefined();
    const tags = (body[0] as HclBlock).body[0] as HclBlock;
    const name = tags.body[0] as HclAttribute;
    expect([name.name, text.slice(name.nameStart, name.nameEnd)]).toEqual(['kubernetes.io/cluster/x', '"kubernetes.io/cluster/x"']);
    expect((body[1] as HclBlock).labels).toEqual(['aws_iam_role', 'r']);
  });

  it('reads a dotted attribute name, and goes on', () => {
    const text = 'resource "aws_api_gateway_method" "m" {\n  request_parameters {\n    method.request.header.X-Event = true\n  }\n}\nx = 1\n';
    const { body, error } = scanHcl(text);
    expect(error).toBeUndefined();
    const name = ((body[0] as HclBlock).body[0] as HclBlock).body[0] as HclAttribute;
    expect([name.name, text.slice(name.nameStart, name.nameEnd)]).toEqual(['method.request.header.X-Event', 'method.request.header.X-Event']);
    expect((body[1] as HclAttribute).name).toBe('x');
  });
});
