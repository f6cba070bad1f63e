# An uploads bucket, the role of the function that processes it, and the policies between them;
# `policy-lint examples/terraform` reports the mistakes left in on purpose (exit code 1), each at its line and
# column in this file. Interpolations such as ${aws_s3_bucket.uploads.arn} are placeholders: no rule reports on them.

data "aws_caller_identity" "current" {}

resource "aws_s3_bucket" "uploads" {
  bucket_prefix = "uploads-"
}

# A bucket policy in a heredoc: a resource policy of an S3 bucket.
resource "aws_s3_bucket_policy" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "DenyInsecureTransport",
          "Effect": "Deny",
          "Principal": "*",
          "Action": "s3:*",
          "Resource": ["${aws_s3_bucket.uploads.arn}", "${aws_s3_bucket.uploads.arn}/*"],
          "Condition": {"Bool": {"aws:SecureTransport": "false"}}
        },
        {
          "Sid": "PublicRead",
          "Effect": "Allow",
          "Principal": "*",
          "Action": "s3:GetObject",
          "Resource": "${aws_s3_bucket.uploads.arn}/public/*"
        }
      ]
    }
  EOT
}

resource "aws_iam_role" "processor" {
  name = "uploads-processor"

  # A trust policy written with jsonencode.
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })

  inline_policy {
    name = "read-uploads"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [
        {
          Sid      = "ReadUploads"
          Effect   = "Allow"
          Action   = ["s3:GetObjekt", "s3:ListBucket"]
          Resource = [aws_s3_bucket.uploads.arn, "${aws_s3_bucket.uploads.arn}/*"]
        },
        {
          Sid      = "OwnPrefix"
          Effect   = "Allow"
          Action   = "s3:PutObject"
          Resource = "${aws_s3_bucket.uploads.arn}/home/${aws:username}/*"
        },
      ]
    })
  }
}

# An identity policy in a heredoc, with Terraform's escape for an IAM policy variable.
resource "aws_iam_policy" "logs" {
  name   = "processor-logs"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
      "Resource": "arn:aws:logs:*:${data.aws_caller_identity.current.account_id}:log-group:/aws/lambda/$${aws:username}:*"
    },
    {
      "Effect": "Allow",
      "Action": "iam:PassRole",
      "Resource": "*"
    }
  ]
}
EOF
}

# An aws_iam_policy_document data source, read as the policy the AWS provider renders from it (its type
# decided by the attribute that uses it).
data "aws_iam_policy_document" "queue" {
  statement {
    sid       = "SendFromUploads"
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = [aws_s3_bucket.uploads.arn]
    }
  }
  statement {
    sid       = "Admin"
    actions   = ["sqs:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root", "arn:aws:iam::123456789012:user/admin"]
    }
    condition {
      test     = "Boolean"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }
  }
}

resource "aws_sqs_queue_policy" "uploads" {
  queue_url = aws_sqs_queue.uploads.id
  policy    = data.aws_iam_policy_document.queue.json
}
