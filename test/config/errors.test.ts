/** Every kind of configuration error: the exact line and column of the offending token, and the sentence. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/index.js';
import { closest } from '../../src/config/errors.js';
import { rules as allRules } from '../../rules/index.js';
import { rules, tempDir, write } from './helpers.js';

async function problemsOf(text: string, registry = rules): Promise<string[]> {
  try {
    await parseConfig('/project/.policy-lint.json', text, registry);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.filePath).toBe('/project/.policy-lint.json');
    expect([error.line, error.column, error.reason]).toEqual([error.problems[0].line, error.problems[0].column, error.problems[0].reason]);
    expect(error.message).toBe(`/project/.policy-lint.json:${error.line}:${error.column}: ${error.reason}`);
    return error.problems.map((p) => `${p.line}:${p.column} ${p.reason}`);
  }
  throw new Error('expected a ConfigError');
}

describe('JSON', () => {
  it('reports a syntax error where it is', async () => {
    expect(await problemsOf('{\n  "rules": {\n    "effect-valid": "warn",\n  }\n}\n')).toEqual([
      '3:27 Trailing comma before "}"; JSON does not allow one.',
    ]);
    expect(await problemsOf('{\n  "policyType": "scp"\n  "extends": []\n}')).toEqual([
      '3:3 Expected "," between elements, found "extends". Is a comma missing?',
    ]);
    expect(await problemsOf('{ // comment\n}')).toEqual(['1:3 Comments are not allowed in the configuration file, which is strict JSON.']);
  });

  it('reports an empty file', async () => {
    expect(await problemsOf('  \n')).toEqual([
      '1:1 The configuration file is empty; write a JSON object, such as {"extends": "policy-lint:recommended"}.',
    ]);
  });

  it('requires an object', async () => {
    expect(await problemsOf('\n["policy-lint:all"]')).toEqual(['2:1 The configuration must be an object; found an array.']);
  });

  it('keeps columns after a byte order mark', async () => {
    expect(await problemsOf('\uFEFF{ "policyType": "identiy" }')).toEqual([
      '1:17 policyType must be one of "identity", "resource", "trust", "scp" or "rcp"; found "identiy". Did you mean "identity"?',
    ]);
  });
});

describe('schema', () => {
  it('unknown top-level property, with a suggestion and the allowed names', async () => {
    expect(await problemsOf('{\n  "policytype": "scp"\n}')).toEqual([
      '2:3 Unknown property "policytype" in the configuration. Did you mean "policyType"? Allowed: "$schema", "extends", "rules", ' +
        '"policyType", "resourceType", "overrides", "ignore", "include", "exclude", "accessAnalyzer" or "suggestionsCountAsWarnings".',
    ]);
  });

  it('extends', async () => {
    expect(await problemsOf('{ "extends": "recommended" }')).toEqual([
      '1:14 extends must be "policy-lint:recommended" or "policy-lint:all"; found "recommended". Did you mean "policy-lint:recommended"?',
    ]);
    expect(await problemsOf('{ "extends": ["policy-lint:recommended", "policy-lint:al"] }')).toEqual([
      '1:42 extends[1] must be "policy-lint:recommended" or "policy-lint:all"; found "policy-lint:al". Did you mean "policy-lint:all"?',
    ]);
    expect(await problemsOf('{ "extends": true }')).toEqual([
      '1:14 extends must be "policy-lint:recommended" or "policy-lint:all", or an array of them; found true.',
    ]);
  });

  it('rule severities', async () => {
    const text = `{
  "rules": {
    "effect-valid": "warning",
    "max-actions": ["errror", { "max": 2 }],
    "sid-format": ["warn"],
    "version-present": ["warn", {}, {}],
    "no-wildcard-action": 2
  }
}`;
    expect(await problemsOf(text)).toEqual([
      '3:21 Rule "effect-valid" must be one of "off", "warn" or "error"; found "warning". Did you mean "warn"?',
      '4:21 The severity of rule "max-actions" must be "warn" or "error"; found "errror". Did you mean "error"?',
      '5:19 Rule "sid-format" must be ["warn" | "error", { options }] with exactly two items, or a severity alone such as "warn"; found 1 item.',
      '6:37 Rule "version-present" must be ["warn" | "error", { options }] with exactly two items, or a severity alone such as "warn"; found 3 items.',
      '7:27 Rule "no-wildcard-action" must be "off", "warn" or "error", or ["warn" | "error", { options }]; found 2.',
    ]);
  });

  it('options that are not an object', async () => {
    expect(await problemsOf('{ "rules": { "max-actions": ["warn", 5] } }')).toEqual([
      '1:38 The options of rule "max-actions" must be an object; found 5.',
    ]);
  });

  it('policyType and overrides', async () => {
    const text = `{
  "policyType": "scps",
  "overrides": [
    { "policyType": "trust" },
    { "files": [], "accessAnalyzerResourceType": "AWS::S3::Buckets" },
    { "files": ["a/*.json"], "rules": { "effect-valid": "of" }, "severity": "warn" }
  ]
}`;
    expect(await problemsOf(text)).toEqual([
      '2:17 policyType must be one of "identity", "resource", "trust", "scp" or "rcp"; found "scps". Did you mean "scp"?',
      '4:5 overrides[0] is missing the required property "files" (glob patterns of the files this override applies to, relative to the directory of the configuration file).',
      '5:16 overrides[1].files must list at least 1 item; it is empty.',
      '5:50 overrides[1].accessAnalyzerResourceType must be one of "AWS::S3::Bucket", "AWS::S3::AccessPoint", "AWS::S3::MultiRegionAccessPoint", ' +
        '"AWS::S3ObjectLambda::AccessPoint", "AWS::IAM::AssumeRolePolicyDocument" or "AWS::DynamoDB::Table"; found "AWS::S3::Buckets". Did you mean "AWS::S3::Bucket"?',
      '6:57 Rule "effect-valid" in overrides[2] must be one of "off", "warn" or "error"; found "of". Did you mean "off"?',
      '6:65 Unknown property "severity" in overrides[2]. Allowed: "files", "policyType", "resourceType", "rules" or "accessAnalyzerResourceType".',
    ]);
  });

  it('resourceType: a type the rules or Access Analyzer know, listed when unknown; no other policy type or Access Analyzer type beside it', async () => {
    const text = `{
  "resourceType": "AWS::EC2::VPCEndpiont",
  "overrides": [
    { "files": ["roles/**"], "resourceType": "AWS::IAM::AssumeRolePolicyDocument" }
  ]
}`;
    const accepted = '"AWS::S3::Bucket", "AWS::S3::AccessPoint", "AWS::S3::MultiRegionAccessPoint", "AWS::S3ObjectLambda::AccessPoint", ' +
      '"AWS::DynamoDB::Table", "AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::KMS::Key", "AWS::ECR::Repository" or "AWS::EC2::VPCEndpoint"';
    expect(await problemsOf(text)).toEqual([
      `2:19 resourceType must be one of ${accepted}; found "AWS::EC2::VPCEndpiont". Did you mean "AWS::EC2::VPCEndpoint"?`,
      `4:46 overrides[0].resourceType must be one of ${accepted}; found "AWS::IAM::AssumeRolePolicyDocument".`,
    ]);
    const contradictions = `{
  "policyType": "identity",
  "resourceType": "AWS::EC2::VPCEndpoint",
  "accessAnalyzer": { "resourceType": "AWS::S3::Bucket" },
  "overrides": [
    { "files": ["tables/**"], "resourceType": "AWS::DynamoDB::Table", "accessAnalyzerResourceType": "AWS::DynamoDB::Table" },
    { "files": ["buckets/**"], "policyType": "trust", "resourceType": "AWS::S3::Bucket", "accessAnalyzerResourceType": "AWS::S3::AccessPoint" }
  ]
}`;
    expect(await problemsOf(contradictions)).toEqual([
      '2:17 "policyType" is "identity", but "resourceType" "AWS::EC2::VPCEndpoint" says the policies are resource policies; remove one of them.',
      '4:39 Access Analyzer\'s resource type "AWS::S3::Bucket" contradicts "resourceType" "AWS::EC2::VPCEndpoint", for which ValidatePolicy has no checks of its own (it gets no type); remove accessAnalyzer.resourceType.',
      '7:46 "policyType" is "trust", but "resourceType" "AWS::S3::Bucket" says the policies are resource policies; remove one of them.',
      '7:120 Access Analyzer\'s resource type "AWS::S3::AccessPoint" contradicts "resourceType" "AWS::S3::Bucket", which Access Analyzer gets too; remove overrides[1].accessAnalyzerResourceType.',
    ]);
  });

  it('an override\'s accessAnalyzerResourceType that every file it matches gets another type for, from a resourceType', async () => {
    const text = `{
  "resourceType": "AWS::S3::Bucket",
  "overrides": [
    { "files": ["legacy/**"], "accessAnalyzerResourceType": "AWS::S3::AccessPoint" },
    { "files": ["legacy/**"], "accessAnalyzerResourceType": "AWS::S3::Bucket" },
    { "files": ["queues/**", "more/**"], "resourceType": "AWS::SQS::Queue" },
    { "files": ["more/**", "queues/**"], "accessAnalyzerResourceType": "AWS::DynamoDB::Table" },
    { "files": ["tables/**"], "resourceType": "AWS::DynamoDB::Table", "accessAnalyzerResourceType": "AWS::DynamoDB::Table" }
  ]
}`;
    expect(await problemsOf(text)).toEqual([
      '4:61 Access Analyzer\'s resource type "AWS::S3::AccessPoint" never applies: these files\' resource policies have "resourceType" "AWS::S3::Bucket" from ' +
        'the top level, which decides Access Analyzer\'s type ("AWS::S3::Bucket"); remove overrides[0].accessAnalyzerResourceType, or give this override a "resourceType".',
      '7:72 Access Analyzer\'s resource type "AWS::DynamoDB::Table" never applies: these files\' resource policies have "resourceType" "AWS::SQS::Queue" from ' +
        'overrides[2] (the same "files"), which decides Access Analyzer\'s type (none: ValidatePolicy has no checks of its own for it); ' +
        'remove overrides[3].accessAnalyzerResourceType, or give this override a "resourceType".',
    ]);
    // Other globs may match some of the same files or none: settingsForFile settles it (the resource decides).
    const config = await parseConfig('/project/.policy-lint.json', JSON.stringify({
      overrides: [
        { files: ['endpoints/**'], resourceType: 'AWS::EC2::VPCEndpoint' },
        { files: ['endpoints/legacy/**'], accessAnalyzerResourceType: 'AWS::DynamoDB::Table' },
      ],
    }), rules);
    expect(config.overrides).toHaveLength(2);
  });

  it('ignore entries need files and a reason that is not blank; path is a JSONPath', async () => {
    const text = `{
  "ignore": [
    { "files": ["legacy/**"] },
    { "files": ["a.json"], "reason": " " },
    { "files": ["a.json"], "reason": "ok", "path": "Statement[0]", "rules": [] }
  ]
}`;
    expect(await problemsOf(text)).toEqual([
      '3:5 ignore[0] is missing the required property "reason" (why these findings are acceptable, for the next reader).',
      '4:38 ignore[1].reason must not be empty; found " ".',
      '5:52 ignore[2].path must be a JSONPath that starts with "$", such as "$.Statement[0]"; found "Statement[0]".',
      '5:77 ignore[2].rules must list at least 1 item; it is empty.',
    ]);
  });

  it('accessAnalyzer', async () => {
    const text = `{
  "accessAnalyzer": {
    "enabled": "yes",
    "region": "Frankfurt",
    "concurrency": 64,
    "locale": "en",
    "ignore": ["missing_version"],
    "resource": "AWS::S3::Bucket"
  }
}`;
    expect(await problemsOf(text)).toEqual([
      '3:16 accessAnalyzer.enabled must be true or false; found "yes".',
      '4:15 accessAnalyzer.region must be an AWS region such as "us-east-1"; found "Frankfurt".',
      '5:20 accessAnalyzer.concurrency must be at most 32; found 64.',
      '6:15 accessAnalyzer.locale must be one of "DE", "EN", "ES", "FR", "IT", "JA", "KO", "PT_BR", "ZH_CN" or "ZH_TW"; found "en". Did you mean "EN"?',
      '7:16 accessAnalyzer.ignore[0] must be an Access Analyzer issue code in capitals, such as "MISSING_VERSION"; found "missing_version".',
      '8:5 Unknown property "resource" in accessAnalyzer. Did you mean "resourceType"? Allowed: "enabled", "region", "profile", ' +
        '"concurrency", "locale", "ignore" or "resourceType".',
    ]);
    expect(await problemsOf('{ "accessAnalyzer": { "concurrency": 1.5 } }')).toEqual([
      '1:38 accessAnalyzer.concurrency must be an integer; found 1.5.',
    ]);
  });

  it('include, exclude, suggestionsCountAsWarnings', async () => {
    expect(await problemsOf('{ "include": "**/*.json", "exclude": [""], "suggestionsCountAsWarnings": 1 }')).toEqual([
      '1:14 include must be an array; found "**/*.json".',
      '1:39 exclude[0] must not be empty; found "".',
      '1:74 suggestionsCountAsWarnings must be true or false; found 1.',
    ]);
  });
});

describe('rules that do not exist', () => {
  it('in rules and overrides, with "did you mean"', async () => {
    const text = `{
  "rules": { "effect-vaild": "warn", "Max_Actions": "off", "completely-different": "error" },
  "overrides": [{ "files": ["x"], "rules": { "version-presnt": "off" } }]
}`;
    expect(await problemsOf(text)).toEqual([
      '2:14 Unknown rule "effect-vaild". Did you mean "effect-valid"?',
      '2:38 Unknown rule "Max_Actions". Did you mean "max-actions"?',
      '2:60 Unknown rule "completely-different": policy-lint has no rule with this id.',
      '3:46 Unknown rule "version-presnt". Did you mean "version-present"?',
    ]);
  });

  it('json-syntax cannot be lowered to a warning or turned off: nothing else could check such a file', async () => {
    const text = `{
  "rules": { "json-syntax": "warn" },
  "overrides": [{ "files": ["x"], "rules": { "json-syntax": "off" } }, { "files": ["y"], "rules": { "json-syntax": "error" } }]
}`;
    const reason = (severity: string) => `Rule "json-syntax" is always an error, found "${severity}": a file that is not strict JSON ` +
      'cannot be checked by any other rule. To accept such a file, exclude it, or name "json-syntax" in an "ignore" entry with a reason.';
    expect(await problemsOf(text, allRules)).toEqual([`2:29 ${reason('warn')}`, `3:61 ${reason('off')}`]);
  });

  it('in ignore[].rules, where Access Analyzer ids and json-syntax are allowed', async () => {
    const text = `{
  "ignore": [{ "files": ["*"], "reason": "r", "rules": ["access-analyzer/MISSING_VERSION", "json-syntax", "efect-valid", "nope"] }]
}`;
    expect(await problemsOf(text)).toEqual([
      '2:107 Unknown rule "efect-valid". Did you mean "effect-valid"?',
      '2:122 Unknown rule "nope": policy-lint has no rule with this id. Findings of Access Analyzer are named ' +
        '"access-analyzer/<ISSUE_CODE>", such as "access-analyzer/MISSING_VERSION".',
    ]);
  });
});

describe('rule options', () => {
  it('validated by the rule\'s optionsSchema', async () => {
    const text = `{
  "rules": {
    "max-actions": ["warn", { "max": 0, "mode": "fast", "services": ["s3", 3], "extra": true }]
  }
}`;
    expect(await problemsOf(text)).toEqual([
      '3:38 Option "max" of rule "max-actions" must be at least 1; found 0.',
      '3:49 Option "mode" of rule "max-actions" must be "strict" or "loose"; found "fast".',
      '3:76 Option services[1] of rule "max-actions" must be a string; found 3.',
      '3:80 Unknown option "extra" of rule "max-actions". Allowed: "max", "services" or "mode".',
    ]);
  });

  it('checked against defaultOptions when the rule has no schema', async () => {
    expect(await problemsOf('{ "rules": { "sid-format": ["warn", { "pattern": 3, "allowEmty": true }] } }')).toEqual([
      '1:50 Option "pattern" of rule "sid-format" must be a string; found 3.',
      '1:53 Unknown option "allowEmty" of rule "sid-format". Did you mean "allowEmpty"? Allowed: "pattern" or "allowEmpty".',
    ]);
  });

  it('refused for a rule without options', async () => {
    expect(await problemsOf('{ "rules": { "effect-valid": ["error", { "strict": true }] } }')).toEqual([
      '1:40 Rule "effect-valid" takes no options; write its severity alone, such as "error".',
    ]);
    await expect(parseConfig('/c.json', '{ "rules": { "effect-valid": ["error", {}] } }', rules)).resolves.toBeDefined();
  });

  it('in overrides too', async () => {
    expect(await problemsOf('{ "overrides": [{ "files": ["a"], "rules": { "max-actions": ["warn", { "max": "3" }] } }] }')).toEqual([
      '1:79 Option "max" of rule "max-actions" in overrides[0] must be an integer; found "3".',
    ]);
  });
});

describe('JSONPath in ignore', () => {
  it('refuses malformed paths', async () => {
    const text = `{
  "ignore": [
    { "files": ["a"], "reason": "r", "path": "$.Statement[" },
    { "files": ["a"], "reason": "r", "path": "$.Statement[?(@.Sid ==)]" },
    { "files": ["a"], "reason": "r", "path": "$.Statement[?(@.Sid == 'x)]" },
    { "files": ["a"], "reason": "r", "path": "$.Statement[-0]" },
    { "files": ["a"], "reason": "r", "path": "$..Statement[1,-0]" }
  ]
}`;
    expect(await problemsOf(text)).toEqual([
      '3:46 ignore[0].path is not a valid JSONPath: "[" is not closed.',
      '4:46 ignore[1].path is not a valid JSONPath: the expression cannot be evaluated (Expected expression after ==).',
      '5:46 ignore[2].path is not a valid JSONPath: a string started with \' is not closed.',
      '6:46 ignore[3].path is not a valid JSONPath: -0 is no index: the last element is [-1], the first [0].',
      '7:46 ignore[4].path is not a valid JSONPath: -0 is no index: the last element is [-1], the first [0].',
    ]);
  });
});

describe('through loadConfig', () => {
  it('names the file it read', async () => {
    const root = tempDir();
    write(root, { '.policy-lint.json': '{\n  "rules": { "effect-valid": "eror" }\n}\n' });
    const error = await loadConfig({ cwd: root, rules }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ filePath: join(root, '.policy-lint.json'), line: 2, column: 30 });
    expect((error as ConfigError).message).toBe(
      `${join(root, '.policy-lint.json')}:2:30: Rule "effect-valid" must be one of "off", "warn" or "error"; found "eror". Did you mean "error"?`,
    );
  });
});

describe('suggestions', () => {
  it('suggests only close names', () => {
    expect(closest('identiy', ['identity', 'resource'])).toBe('identity');
    expect(closest('warning', ['off', 'warn', 'error'])).toBe('warn');
    expect(closest('xyz', ['off', 'warn', 'error'])).toBeUndefined();
    expect(closest('completely-different', ['effect-valid'])).toBeUndefined();
  });
});
