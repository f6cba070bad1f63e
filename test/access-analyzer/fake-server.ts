/**
 * A fake IAM Access Analyzer endpoint for tests: a local HTTP server on 127.0.0.1 (random port) that speaks
 * the ValidatePolicy wire format (`/work/shared/access-analyzer.md` §1) well enough for the real
 * `@aws-sdk/client-accessanalyzer` client: `POST /policy/validation?maxResults=&nextToken=`, a JSON body,
 * JSON replies with `x-amzn-requestid`, errors typed by the `x-amzn-errortype` header.
 *
 * Point the SDK at it with the standard setting `AWS_ENDPOINT_URL_ACCESSANALYZER=<url>` plus static fake
 * credentials (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`) and `AWS_REGION`: see `fakeAwsEnv()`.
 *
 * Tests never reach the network: this server is the only thing the client talks to.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomUUID } from 'node:crypto';

/** The JSON body the SDK sends. */
export interface ValidatePolicyBody {
  policyDocument: string;
  policyType: string;
  locale?: string;
  validatePolicyResourceType?: string;
}

export interface FakeRequest {
  /** 1-based sequence number of the request on this server. */
  seq: number;
  method: string;
  pathname: string;
  query: { maxResults?: string; nextToken?: string };
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The parsed JSON body (undefined when it was not JSON). */
  body: ValidatePolicyBody | undefined;
}

export interface AwsPosition { line: number; column: number; offset: number }
/** One step of a finding's path: exactly one member. */
export type AwsPathElement = { value: string } | { key: string } | { index: number } | { substring: { start: number; length: number } };
export interface AwsFinding {
  findingDetails: string;
  findingType: 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION' | string;
  issueCode: string;
  learnMoreLink: string;
  locations: Array<{ path: AwsPathElement[]; span: { start: AwsPosition; end: AwsPosition } }>;
}

/** What a handler answers. `body` objects are sent as JSON, strings as they are. */
export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering (to measure concurrency, or to trigger client timeouts). */
  delayMs?: number;
  /** Destroy the socket without answering (a network failure mid-request). */
  destroySocket?: boolean;
}

export type FakeHandler = (request: FakeRequest) => FakeReply | Promise<FakeReply>;

export interface FakeAccessAnalyzer {
  /** `http://127.0.0.1:<port>` — the value for `AWS_ENDPOINT_URL_ACCESSANALYZER`. */
  url: string;
  /** Every request received, in arrival order. */
  requests: FakeRequest[];
  /** The highest number of requests that were being handled at the same time. */
  readonly maxInFlight: number;
  readonly inFlight: number;
  /** Replace the handler (e.g. between phases of a test). */
  setHandler(handler: FakeHandler): void;
  close(): Promise<void>;
}

/** Answers every request with no findings. */
export const noFindings: FakeHandler = () => ({ body: { findings: [] } });

/**
 * Start the fake server. The default handler answers `{"findings": []}`; requests that are not
 * `POST /policy/validation` get a 404 `UnknownOperationException`, bodies that are not JSON a 400
 * `ValidationException`, exactly as a handler error gives a 500 `InternalServerException`.
 */
export async function startFakeAccessAnalyzer(handler: FakeHandler = noFindings): Promise<FakeAccessAnalyzer> {
  let current = handler;
  const requests: FakeRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        inFlight--;
      }
    };
    res.on('close', finish);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: ValidatePolicyBody | undefined;
      try {
        body = JSON.parse(rawBody) as ValidatePolicyBody;
      } catch {
        body = undefined;
      }
      const request: FakeRequest = {
        seq: requests.length + 1,
        method: req.method ?? '',
        pathname: url.pathname,
        query: {
          ...(url.searchParams.has('maxResults') ? { maxResults: url.searchParams.get('maxResults')! } : {}),
          ...(url.searchParams.has('nextToken') ? { nextToken: url.searchParams.get('nextToken')! } : {}),
        },
        headers: req.headers,
        rawBody,
        body,
      };
      requests.push(request);
      void respond(request, res).catch((error: unknown) => {
        send(res, errorReply(500, 'InternalServerException', `fake server handler failed: ${String(error)}`));
      });
    });
  });

  async function respond(request: FakeRequest, res: ServerResponse): Promise<void> {
    let reply: FakeReply;
    if (request.method !== 'POST' || request.pathname !== '/policy/validation') {
      reply = errorReply(404, 'UnknownOperationException', `No operation at ${request.method} ${request.pathname}`);
    } else if (!request.body || typeof request.body.policyDocument !== 'string' || typeof request.body.policyType !== 'string') {
      reply = errorReply(400, 'ValidationException', 'policyDocument and policyType are required', { reason: 'fieldValidationFailed' });
    } else {
      reply = await current(request);
    }
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (reply.destroySocket) {
      res.socket?.destroy();
      return;
    }
    send(res, reply);
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    get inFlight() {
      return inFlight;
    },
    setHandler(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, reply: FakeReply): void {
  if (res.headersSent || res.destroyed) return;
  const status = reply.status ?? 200;
  const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-requestid': randomUUID(),
    'content-length': String(Buffer.byteLength(body)),
    ...reply.headers,
  });
  res.end(body);
}

/** An AWS JSON error: status, `x-amzn-errortype` header, `{"message": …}` body. */
export function errorReply(status: number, errorType: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): FakeReply {
  return { status, headers: { 'x-amzn-errortype': errorType, ...headers }, body: { message, ...extra } };
}

/** The static fake credentials and region the tests use; add `AWS_ENDPOINT_URL_ACCESSANALYZER`. */
export const FAKE_ACCESS_KEY_ID = 'AKIAFAKEFAKEFAKEFAKE';
export const FAKE_SECRET_ACCESS_KEY = 'fakeSecretKeyThatMustNeverBePrinted0000000';
export const FAKE_SESSION_TOKEN = 'FakeSessionTokenThatMustNeverBePrinted';

/**
 * Environment for the real SDK against the fake server: the endpoint via the standard
 * `AWS_ENDPOINT_URL_ACCESSANALYZER`, static credentials, a region, and shared config files that do not exist
 * (so a developer's `~/.aws` never leaks into a test) and no instance-metadata lookups.
 */
export function fakeAwsEnv(url: string | undefined, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    AWS_ENDPOINT_URL_ACCESSANALYZER: url,
    AWS_ACCESS_KEY_ID: FAKE_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: FAKE_SECRET_ACCESS_KEY,
    AWS_SESSION_TOKEN: FAKE_SESSION_TOKEN,
    AWS_REGION: 'us-east-1',
    AWS_PROFILE: undefined,
    AWS_DEFAULT_PROFILE: undefined,
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/policy-lint-test/credentials',
    AWS_CONFIG_FILE: '/nonexistent/policy-lint-test/config',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
    AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
    AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
    AWS_ENDPOINT_URL: undefined,
    AWS_MAX_ATTEMPTS: undefined,
    AWS_RETRY_MODE: undefined,
    ...extra,
  };
}

export type PositionUnit = 'utf16' | 'codepoint' | 'utf8';

/**
 * The AWS `Position` of a 0-based UTF-16 offset into `text`: line 1-based, column 0-based, offset 0-based,
 * with columns and offsets counted in `unit` (AWS does not document the unit; tests try each).
 */
export function awsPosition(text: string, index: number, unit: PositionUnit = 'utf16'): AwsPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: measure(text.slice(lineStart, index), unit), offset: measure(text.slice(0, index), unit) };
}

function measure(s: string, unit: PositionUnit): number {
  if (unit === 'utf16') return s.length;
  if (unit === 'utf8') return Buffer.byteLength(s, 'utf8');
  return [...s].length;
}

/**
 * A finding whose span covers `needle` in `text` (the `occurrence`-th match, 0-based), the way AWS reports it.
 */
export function findingAt(
  text: string,
  needle: string,
  finding: { issueCode: string; findingType?: AwsFinding['findingType']; findingDetails?: string; path?: AwsPathElement[]; learnMoreLink?: string },
  options: { unit?: PositionUnit; occurrence?: number } = {},
): AwsFinding {
  let index = -1;
  for (let n = 0; n <= (options.occurrence ?? 0); n++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`findingAt: ${JSON.stringify(needle)} not found`);
  }
  const unit = options.unit ?? 'utf16';
  const type = finding.findingType ?? 'ERROR';
  return {
    findingDetails: finding.findingDetails ?? `Fake ${finding.issueCode} finding.`,
    findingType: type,
    issueCode: finding.issueCode,
    learnMoreLink:
      finding.learnMoreLink ??
      `https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-${type.toLowerCase().replace('_', '-')}-${finding.issueCode.toLowerCase().replace(/_/g, '-')}`,
    locations: [
      {
        path: finding.path ?? [],
        span: { start: awsPosition(text, index, unit), end: awsPosition(text, index + needle.length, unit) },
      },
    ],
  };
}

/**
 * Split findings into pages of `pageSize`, answering `nextToken` as `page-<n>` (the SDK's paginator sends it back).
 */
export function paginate(findings: AwsFinding[], pageSize: number, request: FakeRequest): FakeReply {
  const page = request.query.nextToken ? Number(request.query.nextToken.replace('page-', '')) : 0;
  const slice = findings.slice(page * pageSize, (page + 1) * pageSize);
  const more = (page + 1) * pageSize < findings.length;
  return { body: { findings: slice, ...(more ? { nextToken: `page-${page + 1}` } : {}) } };
}
