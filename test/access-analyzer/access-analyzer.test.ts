/**
 * runAccessAnalyzer against a local fake ValidatePolicy endpoint, driven by the real
 * @aws-sdk/client-accessanalyzer through the standard AWS_ENDPOINT_URL_ACCESSANALYZER setting.
 * No test reaches the network.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PolicyDocument } from '../../src/engine/document.js';
import { runAccessAnalyzer, type AccessAnalyzerInput, type AccessAnalyzerOptions } from '../../src/access-analyzer/index.js';
import {
  errorReply,
  fakeAwsEnv,
  FAKE_ACCESS_KEY_ID,
  FAKE_SECRET_ACCESS_KEY,
  FAKE_SESSION_TOKEN,
  findingAt,
  noFindings,
  paginate,
  startFakeAccessAnalyzer,
  type AwsFinding,
  type FakeAccessAnalyzer,
  type PositionUnit,
} from './fake-server.js';

let server: FakeAccessAnalyzer;
let cacheDir: string;
const processWarnings: string[] = [];

beforeAll(async () => {
  process.on('warning', (warning) => processWarnings.push(`${warning.name}: ${warning.message}`));
  server = await startFakeAccessAnalyzer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  server.requests.length = 0;
  server.setHandler(noFindings);
  cacheDir = await mkdtemp(join(tmpdir(), 'policy-lint-aa-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

function env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...fakeAwsEnv(server.url, extra) } as NodeJS.ProcessEnv;
}

function options(extra: Partial<AccessAnalyzerOptions> = {}): AccessAnalyzerOptions {
  return { toolVersion: '0.0.0-test', env: env(), cacheLocation: cacheDir, retryBaseDelayMs: 1, maxAttempts: 3, ...extra };
}

const POLICY = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "",
            "Effect": "Allow",
            "Action": "iam:PassRole",
            "Resource": "*"
        }
    ]
}
`;

function input(text: string, filePath = 'policy.json', policyType: AccessAnalyzerInput['policyType'] = 'identity', resourceType?: string): AccessAnalyzerInput {
  return { filePath, text, policyType, ...(resourceType ? { resourceType } : {}) };
}

/** The range PolicyDocument gives to `needle` (our 1-based model), to compare with the mapped message. */
function expectedRange(text: string, needle: string, occurrence = 0) {
  let index = -1;
  for (let n = 0; n <= occurrence; n++) index = text.indexOf(needle, index + 1);
  const r = new PolicyDocument('x', text).rangeOf(index, index + needle.length);
  return { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn, range: [r.offset, r.endOffset] };
}

describe('findings → messages', () => {
  it('maps spans, severities, docs links and paths', async () => {
    server.setHandler((request) => {
      const text = request.body!.policyDocument;
      return {
        body: {
          findings: [
            findingAt(text, '""', {
              issueCode: 'EMPTY_SID_VALUE',
              findingType: 'SUGGESTION',
              findingDetails: 'Add a value to the empty string in the Sid element.',
              path: [{ value: 'Statement' }, { index: 0 }, { value: 'Sid' }],
            }),
            findingAt(text, '"*"', {
              issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
              findingType: 'SECURITY_WARNING',
              findingDetails: 'Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive.',
              path: [{ value: 'Statement' }, { index: 0 }, { value: 'Resource' }],
            }),
            findingAt(text, '"iam:PassRole"', { issueCode: 'SOME_WARNING', findingType: 'WARNING', path: [{ value: 'Statement' }, { index: 0 }, { value: 'Action' }] }),
            findingAt(text, '"2012-10-17"', { issueCode: 'SOME_ERROR', findingType: 'ERROR', path: [{ value: 'Version' }] }),
          ],
        },
      };
    });
    const outcome = await runAccessAnalyzer([input(POLICY)], options());
    expect(outcome.failures).toEqual([]);
    expect(outcome.calls).toBe(1);
    const messages = outcome.messages.get('policy.json')!;
    expect(messages).toHaveLength(4);
    const sid = messages.find((m) => m.issueCode === 'EMPTY_SID_VALUE')!;
    expect(sid).toEqual({
      ruleId: 'access-analyzer/EMPTY_SID_VALUE',
      severity: 1,
      message: 'Add a value to the empty string in the Sid element.',
      issueCode: 'EMPTY_SID_VALUE',
      sources: ['access-analyzer'],
      docsUrl: expect.stringContaining('access-analyzer-reference-policy-checks.html#'),
      suggestion: true,
      line: 5,
      column: 20,
      endLine: 5,
      endColumn: 22,
      range: [POLICY.indexOf('""'), POLICY.indexOf('""') + 2],
      path: ['Statement', 0, 'Sid'],
    });
    const star = messages.find((m) => m.issueCode === 'PASS_ROLE_WITH_STAR_IN_RESOURCE')!;
    expect(star).toMatchObject({ severity: 2, ...expectedRange(POLICY, '"*"'), path: ['Statement', 0, 'Resource'] });
    expect(star.suggestion).toBeUndefined();
    expect(messages.find((m) => m.issueCode === 'SOME_WARNING')).toMatchObject({ severity: 1, ...expectedRange(POLICY, '"iam:PassRole"') });
    expect(messages.find((m) => m.issueCode === 'SOME_ERROR')).toMatchObject({ severity: 2, ...expectedRange(POLICY, '"2012-10-17"') });
  });

  it('matches the AWS CLI documentation example exactly (EMPTY_SID_VALUE at 5:19–5:21, offsets 79–81)', async () => {
    server.setHandler(() => ({
      body: {
        findings: [
          {
            findingDetails: 'Add a value to the empty string in the Sid element.',
            findingType: 'SUGGESTION',
            issueCode: 'EMPTY_SID_VALUE',
            learnMoreLink: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-empty-sid-value',
            locations: [{ path: [{ value: 'Statement' }, { index: 0 }, { value: 'Sid' }], span: { start: { line: 5, column: 19, offset: 79 }, end: { line: 5, column: 21, offset: 81 } } }],
          },
        ],
      },
    }));
    const outcome = await runAccessAnalyzer([input(POLICY)], options());
    const [m] = outcome.messages.get('policy.json')!;
    expect(POLICY.slice(79, 81)).toBe('""');
    expect(m).toMatchObject({ line: 5, column: 20, endLine: 5, endColumn: 22, range: [79, 81] });
  });

  const oneLine = '{"Version":"2012-10-17","Statement":[{"Sid":"Café😀Statement","Effect":"Allw","Action":"s3:GetObject","Resource":"*"}]}';
  const multiLine = `{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "Tschüß😀",
    "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bücket/*"
  }]
}`;
  for (const unit of ['utf16', 'codepoint', 'utf8'] as PositionUnit[]) {
    it(`maps spans after multi-byte characters on the same line and on earlier lines (AWS counting ${unit})`, async () => {
      server.setHandler((request) => {
        const text = request.body!.policyDocument;
        const findings: AwsFinding[] =
          text === oneLine
            ? [
                findingAt(text, '"Allw"', { issueCode: 'INVALID_EFFECT' }, { unit }),
                findingAt(text, '"Café😀Statement"', { issueCode: 'UNSUPPORTED_SID' }, { unit }),
                findingAt(text, '"*"', { issueCode: 'X_STAR', findingType: 'WARNING' }, { unit }),
              ]
            : [
                findingAt(text, '"Allow"', { issueCode: 'A' }, { unit }),
                findingAt(text, '"arn:aws:s3:::bücket/*"', { issueCode: 'B' }, { unit }),
                findingAt(text, '"Tschüß😀"', { issueCode: 'C' }, { unit }),
                findingAt(text, 'Tschüß', { issueCode: 'D' }, { unit }),
              ];
        return { body: { findings } };
      });
      const outcome = await runAccessAnalyzer([input(oneLine, 'one.json'), input(multiLine, 'multi.json')], options({ cache: false }));
      expect(outcome.failures).toEqual([]);
      const one = outcome.messages.get('one.json')!;
      expect(one.find((m) => m.issueCode === 'INVALID_EFFECT')).toMatchObject(expectedRange(oneLine, '"Allw"'));
      expect(one.find((m) => m.issueCode === 'UNSUPPORTED_SID')).toMatchObject(expectedRange(oneLine, '"Café😀Statement"'));
      expect(one.find((m) => m.issueCode === 'X_STAR')).toMatchObject(expectedRange(oneLine, '"*"'));
      const multi = outcome.messages.get('multi.json')!;
      expect(multi.find((m) => m.issueCode === 'A')).toMatchObject(expectedRange(multiLine, '"Allow"'));
      expect(multi.find((m) => m.issueCode === 'B')).toMatchObject(expectedRange(multiLine, '"arn:aws:s3:::bücket/*"'));
      expect(multi.find((m) => m.issueCode === 'C')).toMatchObject(expectedRange(multiLine, '"Tschüß😀"'));
      expect(multi.find((m) => m.issueCode === 'D')).toMatchObject(expectedRange(multiLine, 'Tschüß'));
      for (const m of [...one, ...multi]) expect(m.range![1]).toBeGreaterThan(m.range![0]);
    });
  }

  it('points findings without locations at 1:1, and unusable spans at their path', async () => {
    server.setHandler(() => ({
      body: {
        findings: [
          { findingDetails: 'Whole policy.', findingType: 'ERROR', issueCode: 'POLICY_SIZE_EXCEEDS_SCP_QUOTA', learnMoreLink: 'https://example.com/x', locations: [] },
          {
            findingDetails: 'Bad span, good path.',
            findingType: 'ERROR',
            issueCode: 'BAD_SPAN',
            learnMoreLink: 'https://example.com/y',
            locations: [{ path: [{ value: 'Statement' }, { index: 0 }, { value: 'Effect' }], span: { start: { line: 99, column: 0, offset: 5000 }, end: { line: 99, column: 3, offset: 5003 } } }],
          },
        ],
      },
    }));
    const outcome = await runAccessAnalyzer([input(POLICY)], options());
    const messages = outcome.messages.get('policy.json')!;
    expect(messages.find((m) => m.issueCode === 'POLICY_SIZE_EXCEEDS_SCP_QUOTA')).toMatchObject({ line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0] });
    expect(messages.find((m) => m.issueCode === 'BAD_SPAN')).toMatchObject({ ...expectedRange(POLICY, '"Allow"'), path: ['Statement', 0, 'Effect'] });
  });
});

describe('requests', () => {
  it('sends the exact text and maps every policy type (trust → RESOURCE_POLICY + AssumeRolePolicyDocument)', async () => {
    const seen: Array<Record<string, unknown>> = [];
    server.setHandler((request) => {
      seen.push(request.body as unknown as Record<string, unknown>);
      return { body: { findings: [] } };
    });
    const text = (n: number) => `${POLICY.trimEnd()}\r\n${' '.repeat(n)}`; // distinct texts; CRLF and trailing spaces kept
    const inputs: AccessAnalyzerInput[] = [
      input(text(0), 'identity.json', 'identity'),
      input(text(1), 'trust.json', 'trust'),
      input(text(2), 'bucket.json', 'resource', 'AWS::S3::Bucket'),
      input(text(3), 'key.json', 'resource', 'AWS::KMS::Key'),
      input(text(4), 'scp.json', 'scp'),
      input(text(5), 'rcp.json', 'rcp'),
    ];
    const outcome = await runAccessAnalyzer(inputs, options({ locale: 'pt-BR', concurrency: 1 }));
    expect(outcome.failures).toEqual([]);
    expect(seen).toEqual([
      { policyDocument: text(0), policyType: 'IDENTITY_POLICY', locale: 'PT_BR' },
      { policyDocument: text(1), policyType: 'RESOURCE_POLICY', locale: 'PT_BR', validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument' },
      { policyDocument: text(2), policyType: 'RESOURCE_POLICY', locale: 'PT_BR', validatePolicyResourceType: 'AWS::S3::Bucket' },
      { policyDocument: text(3), policyType: 'RESOURCE_POLICY', locale: 'PT_BR' },
      { policyDocument: text(4), policyType: 'SERVICE_CONTROL_POLICY', locale: 'PT_BR' },
      { policyDocument: text(5), policyType: 'RESOURCE_CONTROL_POLICY', locale: 'PT_BR' },
    ]);
    const [first] = server.requests;
    expect(first.method).toBe('POST');
    expect(first.pathname).toBe('/policy/validation');
    expect(first.headers.authorization).toMatch(/Credential=AKIAFAKEFAKEFAKEFAKE\/\d{8}\/us-east-1\/access-analyzer\/aws4_request/);
  });

  it('follows nextToken through every page (the SDK paginator)', async () => {
    let findings: AwsFinding[] = [];
    server.setHandler((request) => {
      const text = request.body!.policyDocument;
      findings = ['"Version"', '"Statement"', '"Sid"', '"Effect"', '"Action"', '"Resource"', '"Allow"'].map((needle, i) =>
        findingAt(text, needle, { issueCode: `CODE_${i}`, findingType: 'WARNING' }),
      );
      return paginate(findings, 3, request);
    });
    const outcome = await runAccessAnalyzer([input(POLICY)], options());
    expect(server.requests.map((r) => r.query.nextToken)).toEqual([undefined, 'page-1', 'page-2']);
    expect(outcome.calls).toBe(3);
    expect(outcome.messages.get('policy.json')!.map((m) => m.issueCode).sort()).toEqual(findings.map((f) => f.issueCode).sort());
  });

  it('retries throttling with backoff, then succeeds', async () => {
    let n = 0;
    server.setHandler((request) =>
      ++n <= 2
        ? errorReply(429, 'ThrottlingException', 'Rate exceeded')
        : { body: { findings: [findingAt(request.body!.policyDocument, '"Allow"', { issueCode: 'LATE' })] } },
    );
    const outcome = await runAccessAnalyzer([input(POLICY)], options({ maxAttempts: 5 }));
    expect(outcome.failures).toEqual([]);
    expect(server.requests).toHaveLength(3);
    expect(outcome.calls).toBe(3);
    expect(server.requests.map((r) => r.headers['amz-sdk-request'])).toEqual(['attempt=1; max=5', 'attempt=2; max=5', 'attempt=3; max=5']);
    expect(outcome.messages.get('policy.json')!.map((m) => m.issueCode)).toEqual(['LATE']);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    server.setHandler(() => ({ delayMs: 100, body: { findings: [] } }));
    const inputs = Array.from({ length: 16 }, (_, i) => input(POLICY + ' '.repeat(i), `p${i}.json`));
    const progress: Array<{ done: number; failed: number; total: number }> = [];
    const outcome = await runAccessAnalyzer(inputs, options({ concurrency: 3, onProgress: (p) => progress.push(p) }));
    expect(outcome.messages.size).toBe(16);
    expect(server.requests).toHaveLength(16);
    expect(server.maxInFlight).toBeLessThanOrEqual(3);
    expect(server.maxInFlight).toBeGreaterThanOrEqual(2);
    expect(progress[0]).toEqual({ total: 16, done: 0, failed: 0 });
    expect(progress.at(-1)).toEqual({ total: 16, done: 16, failed: 0 });
  });

  it('validates identical policies once', async () => {
    const outcome = await runAccessAnalyzer([input(POLICY, 'a.json'), input(POLICY, 'b.json')], options());
    expect(outcome.calls).toBe(1);
    expect([...outcome.messages.keys()].sort()).toEqual(['a.json', 'b.json']);
  });

  it('drops ignored issue codes', async () => {
    server.setHandler((request) => {
      const text = request.body!.policyDocument;
      return { body: { findings: [findingAt(text, '""', { issueCode: 'EMPTY_SID_VALUE' }), findingAt(text, '"*"', { issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE' })] } };
    });
    const outcome = await runAccessAnalyzer([input(POLICY)], options({ ignore: ['empty_sid_value'] }));
    expect(outcome.messages.get('policy.json')!.map((m) => m.issueCode)).toEqual(['PASS_ROLE_WITH_STAR_IN_RESOURCE']);
    const again = await runAccessAnalyzer([input(POLICY)], options({ ignore: ['access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE'] }));
    expect(again.calls).toBe(0); // the cache holds the raw findings; the ignore list applies after it
    expect(again.messages.get('policy.json')!.map((m) => m.issueCode)).toEqual(['EMPTY_SID_VALUE']);
  });
});

describe('cache', () => {
  it('answers a second run over unchanged files with zero requests', async () => {
    server.setHandler((request) => ({ body: { findings: [findingAt(request.body!.policyDocument, '"*"', { issueCode: 'STAR' })] } }));
    const inputs = [input(POLICY, 'a.json'), input(POLICY.replace('iam:PassRole', 's3:GetObject'), 'b.json')];
    const first = await runAccessAnalyzer(inputs, options());
    expect(first.calls).toBe(2);
    expect(first.cacheHits).toBe(0);
    expect(await readdir(join(cacheDir, 'access-analyzer'))).toHaveLength(2);

    server.requests.length = 0;
    const second = await runAccessAnalyzer(inputs, options());
    expect(server.requests).toHaveLength(0);
    expect(second.calls).toBe(0);
    expect(second.cacheHits).toBe(2);
    expect(second.messages).toEqual(first.messages);

    // Anything that changes the answer misses: text, type, locale, tool version; `cache: false` bypasses it.
    await runAccessAnalyzer([input(`${POLICY} `, 'a.json')], options());
    await runAccessAnalyzer([input(POLICY, 'a.json', 'scp')], options());
    await runAccessAnalyzer([input(POLICY, 'a.json')], options({ locale: 'ja' }));
    await runAccessAnalyzer([input(POLICY, 'a.json')], options({ toolVersion: '9.9.9' }));
    await runAccessAnalyzer([input(POLICY, 'a.json')], options({ cache: false }));
    expect(server.requests).toHaveLength(5);
  });

  it('never caches failures, and treats a corrupt entry as a miss', async () => {
    server.setHandler(() => errorReply(500, 'InternalServerException', 'boom'));
    await runAccessAnalyzer([input(POLICY)], options({ maxAttempts: 1 }));
    server.setHandler(noFindings);
    const ok = await runAccessAnalyzer([input(POLICY)], options());
    expect(ok.calls).toBe(1);
    const [file] = await readdir(join(cacheDir, 'access-analyzer'));
    await writeFile(join(cacheDir, 'access-analyzer', file), '{"format":1,');
    const again = await runAccessAnalyzer([input(POLICY)], options());
    expect(again.calls).toBe(1);
    expect(again.failures).toEqual([]);
  });
});

describe('failures', () => {
  const files = (n: number) => Array.from({ length: n }, (_, i) => input(`${POLICY}${' '.repeat(i)}`, `f${i}.json`));

  it('reports AccessDenied once, naming the missing permission, and stops sending requests', async () => {
    server.setHandler(() =>
      errorReply(403, 'AccessDeniedException', 'User: arn:aws:iam::123456789012:user/dev is not authorized to perform: access-analyzer:ValidatePolicy'),
    );
    const outcome = await runAccessAnalyzer(files(10), options({ concurrency: 2 }));
    expect(outcome.messages.size).toBe(0);
    expect(outcome.failures).toHaveLength(1);
    const [failure] = outcome.failures;
    expect(failure.kind).toBe('access-denied');
    expect(failure.message).toContain('"access-analyzer:ValidatePolicy"');
    expect(failure.message).toMatch(/\(10 files not validated\)$/);
    expect(failure.filePath).toBeUndefined();
    expect(failure.filePaths).toHaveLength(10);
    expect(server.requests.length).toBeLessThanOrEqual(2 * 3);
  });

  it('reports a 500 after the retries for one file and still returns the others', async () => {
    server.setHandler((request) =>
      request.body!.policyDocument.includes('BOOM') ? errorReply(500, 'InternalServerException', 'Internal failure') : { body: { findings: [] } },
    );
    const outcome = await runAccessAnalyzer([input(POLICY, 'ok.json'), input(POLICY.replace('""', '"BOOM"'), 'bad.json')], options({ maxAttempts: 3 }));
    expect(server.requests.filter((r) => r.body!.policyDocument.includes('BOOM'))).toHaveLength(3);
    expect(outcome.messages.has('ok.json')).toBe(true);
    expect(outcome.messages.has('bad.json')).toBe(false);
    expect(outcome.failures).toEqual([
      {
        kind: 'server',
        filePath: 'bad.json',
        filePaths: ['bad.json'],
        message: 'Access Analyzer failed with a server error after 3 attempts (HTTP 500 InternalServerException: Internal failure).',
      },
    ]);
  });

  it('reports a reply that is not JSON, or JSON without findings, as malformed', async () => {
    server.setHandler((request) => (request.body!.policyDocument.includes('ZZZ') ? { body: '<html>oops' } : { body: { unexpected: true } }));
    const outcome = await runAccessAnalyzer([input(POLICY.replace('""', '"ZZZ"'), 'a.json'), input(POLICY, 'b.json')], options());
    expect(outcome.failures.map((f) => [f.kind, f.filePath])).toEqual([
      ['malformed', expect.any(String)],
      ['malformed', expect.any(String)],
    ]);
    for (const f of outcome.failures) expect(f.message).not.toMatch(/\n\s+at /);
  });

  it('reports an expired session token', async () => {
    server.setHandler(() => errorReply(403, 'ExpiredTokenException', 'The security token included in the request is expired'));
    const outcome = await runAccessAnalyzer(files(3), options());
    expect(outcome.failures).toHaveLength(1);
    expect(outcome.failures[0]).toMatchObject({ kind: 'expired', message: expect.stringMatching(/expired.*\(3 files not validated\)$/) });
  });

  it('reports missing credentials without sending anything', async () => {
    const outcome = await runAccessAnalyzer(
      files(5),
      options({ env: env({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_SESSION_TOKEN: undefined }) }),
    );
    expect(server.requests).toHaveLength(0);
    expect(outcome.calls).toBe(0);
    expect(outcome.failures).toHaveLength(1);
    expect(outcome.failures[0]).toMatchObject({ kind: 'credentials', message: expect.stringMatching(/^No AWS credentials found.*--profile.*\(5 files not validated\)$/) });
  });

  it('reports an unreachable endpoint once', async () => {
    const closed = await startFakeAccessAnalyzer();
    await closed.close();
    const outcome = await runAccessAnalyzer(files(6), options({ env: env({ AWS_ENDPOINT_URL_ACCESSANALYZER: closed.url }) }));
    expect(outcome.failures).toHaveLength(1);
    expect(outcome.failures[0].kind).toBe('network');
    expect(outcome.failures[0].message).toContain('ECONNREFUSED');
    expect(outcome.failures[0].message).toContain(closed.url);
    expect(outcome.failures[0].message).toMatch(/\(6 files not validated\)$/);
  });

  it('times out a call that does not answer', async () => {
    server.setHandler(() => ({ delayMs: 3000, body: { findings: [] } }));
    // Without the timeout, the call would succeed after 3 s and there would be no failure.
    const outcome = await runAccessAnalyzer([input(POLICY)], options({ timeoutMs: 150, maxAttempts: 2 }));
    expect(outcome.failures).toHaveLength(1);
    expect(outcome.failures[0].kind).toBe('network');
    expect(server.requests).toHaveLength(2);
  });

  it('never shows credentials or signatures, even when the server echoes them', async () => {
    server.setHandler((request) =>
      errorReply(403, 'AccessDeniedException', `denied for ${request.headers.authorization} token ${request.headers['x-amz-security-token']} secret ${FAKE_SECRET_ACCESS_KEY}`),
    );
    const outcome = await runAccessAnalyzer([input(POLICY)], options());
    const json = JSON.stringify(outcome.failures);
    expect(outcome.failures[0].kind).toBe('access-denied');
    expect(json).not.toContain(FAKE_ACCESS_KEY_ID);
    expect(json).not.toContain(FAKE_SECRET_ACCESS_KEY);
    expect(json).not.toContain(FAKE_SESSION_TOKEN);
    const signature = /Signature=([0-9a-f]{64})/.exec(String(server.requests[0].headers.authorization))![1];
    expect(json).not.toContain(signature);
  });
});

describe('AWS configuration', () => {
  it('reads the endpoint, credentials and region from process.env when no env is passed, and restores a passed env', async () => {
    for (const [name, value] of Object.entries(fakeAwsEnv(server.url))) vi.stubEnv(name, value);
    try {
      const outcome = await runAccessAnalyzer([input(POLICY)], { toolVersion: 't', cacheLocation: cacheDir, retryBaseDelayMs: 1 });
      expect(outcome.failures).toEqual([]);
      expect(server.requests).toHaveLength(1);
    } finally {
      vi.unstubAllEnvs();
    }
    const before = { ...process.env };
    await runAccessAnalyzer([input(`${POLICY} `)], options());
    expect(server.requests).toHaveLength(2);
    expect(process.env).toEqual(before);
  });

  it('honours the generic AWS_ENDPOINT_URL too, and the service-specific one first', async () => {
    const other = await startFakeAccessAnalyzer();
    try {
      await runAccessAnalyzer([input(POLICY)], options({ env: env({ AWS_ENDPOINT_URL_ACCESSANALYZER: undefined, AWS_ENDPOINT_URL: server.url }) }));
      expect(server.requests).toHaveLength(1);
      await runAccessAnalyzer([input(`${POLICY} `)], options({ env: env({ AWS_ENDPOINT_URL: other.url }) }));
      expect(server.requests).toHaveLength(2);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('uses the profile option: its credentials and its region', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policy-lint-aws-'));
    try {
      await writeFile(join(dir, 'credentials'), '[ci]\naws_access_key_id = AKIAPROFILEPROFILE01\naws_secret_access_key = profileSecretprofileSecretprofileSecret00\n');
      await writeFile(join(dir, 'config'), '[profile ci]\nregion = eu-west-3\n');
      const outcome = await runAccessAnalyzer(
        [input(POLICY)],
        options({
          profile: 'ci',
          env: env({ AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config'), AWS_REGION: undefined, AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_SESSION_TOKEN: undefined }),
        }),
      );
      expect(outcome.failures).toEqual([]);
      expect(server.requests[0].headers.authorization).toMatch(/Credential=AKIAPROFILEPROFILE01\/\d{8}\/eu-west-3\/access-analyzer\//);
      // --region wins over the profile's region.
      await runAccessAnalyzer([input(`${POLICY} `)], options({ profile: 'ci', region: 'ap-south-1', env: env({ AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config'), AWS_REGION: undefined, AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined, AWS_SESSION_TOKEN: undefined }) }));
      expect(server.requests[1].headers.authorization).toMatch(/\/ap-south-1\/access-analyzer\//);
      // With static keys in the environment as well, the SDK warns; the warning is returned, not printed.
      const both = await runAccessAnalyzer([input(`${POLICY}  `)], options({ profile: 'ci', env: env({ AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config') }) }));
      expect(both.failures).toEqual([]);
      expect(both.warnings).toEqual([expect.stringContaining('Multiple credential sources detected')]);
      expect(both.warnings.join()).not.toContain(FAKE_ACCESS_KEY_ID);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing region clearly', async () => {
    const outcome = await runAccessAnalyzer([input(POLICY)], options({ env: env({ AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined }) }));
    expect(server.requests).toHaveLength(0);
    expect(outcome.failures).toEqual([{ kind: 'other', filePath: 'policy.json', filePaths: ['policy.json'], message: expect.stringMatching(/^No AWS Region configured/) }]);
  });

  it('keeps the SDK quiet about the Node.js version', () => {
    expect(processWarnings.filter((w) => /NodeVersionSupport|node >=/i.test(w))).toEqual([]);
  });

  it('rejects an unknown locale before calling anything', async () => {
    await expect(runAccessAnalyzer([input(POLICY)], options({ locale: 'xx' }))).rejects.toThrow(/Unknown Access Analyzer locale "xx"/);
    // Quoted as the other messages quote a value (JSON escapes), so that a quote in it cannot end the quotation.
    await expect(runAccessAnalyzer([input(POLICY)], options({ locale: 'e"n\n' }))).rejects.toThrow(
      'Unknown Access Analyzer locale "e\\"n\\n"; use one of DE, EN, ES, FR, IT, JA, KO, PT_BR, ZH_CN, ZH_TW.');
    expect(server.requests).toHaveLength(0);
  });

  it('rejects an unknown policy type, quoted with JSON escapes, before calling anything', async () => {
    const bad = { ...input(POLICY), policyType: 'i"d' } as unknown as AccessAnalyzerInput;
    await expect(runAccessAnalyzer([bad], options())).rejects.toThrow('Unknown policy type "i\\"d" for policy.json.');
    // A name every object has (Object.prototype's) is no policy type either.
    const inherited = { ...input(POLICY), policyType: 'constructor' } as unknown as AccessAnalyzerInput;
    await expect(runAccessAnalyzer([inherited], options())).rejects.toThrow('Unknown policy type "constructor" for policy.json.');
    expect(server.requests).toHaveLength(0);
  });
});
