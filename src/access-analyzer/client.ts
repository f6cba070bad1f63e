/**
 * The AWS SDK side: load `@aws-sdk/client-accessanalyzer` on demand, build one client per run that follows the
 * AWS conventions (default credential chain, `profile`, region chain, `AWS_ENDPOINT_URL_ACCESSANALYZER` /
 * `AWS_ENDPOINT_URL` — all resolved by the SDK itself), with our retry strategy and per-attempt timeouts,
 * and page through ValidatePolicy with the SDK's paginator.
 */
import type { AccessAnalyzerClient, AccessAnalyzerClientConfig, ValidatePolicyCommandInput } from '@aws-sdk/client-accessanalyzer';
import { checkFindings, MalformedResponseError, type AwsFinding } from './map.js';

export interface ClientSettings {
  region?: string;
  profile?: string;
  maxAttempts: number;
  timeoutMs: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
}

/** What the run learns from the requests it sends: how many, where, and which values to redact. */
export interface CallLog {
  calls: number;
  endpoint?: string;
  secrets: Set<string>;
  /** Warnings the SDK logged (e.g. both AWS_PROFILE and static keys set), instead of printing them. */
  warnings: Set<string>;
}

export interface ValidateRequest {
  policyDocument: string;
  policyType: string;
  locale?: string;
  validatePolicyResourceType?: string;
}

export interface Session {
  validate(request: ValidateRequest): Promise<AwsFinding[]>;
  destroy(): void;
}

const MAX_PAGES = 1000;

export async function openSession(settings: ClientSettings, log: CallLog): Promise<Session> {
  const sdk = await import('@aws-sdk/client-accessanalyzer');
  const config: AccessAnalyzerClientConfig = {
    ...(settings.region ? { region: settings.region } : {}),
    ...(settings.profile ? { profile: settings.profile } : {}),
    logger: {
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      warn: (...args: unknown[]) => void log.warnings.add(args.map(String).join(' ').replace(/\s+/g, ' ').trim()),
      error: () => undefined,
    },
    maxAttempts: settings.maxAttempts,
    retryStrategy: new BackoffRetryStrategy(settings) as unknown as AccessAnalyzerClientConfig['retryStrategy'],
    requestHandler: {
      requestTimeout: settings.timeoutMs,
      connectionTimeout: settings.timeoutMs,
      throwOnRequestTimeout: true,
    } as AccessAnalyzerClientConfig['requestHandler'],
  };
  const client = withoutNodeVersionWarning(() => new sdk.AccessAnalyzerClient(config));
  // Runs once per HTTP attempt, after signing: count the calls, learn the endpoint and the secrets to redact.
  client.middlewareStack.add(
    (next) => async (args) => {
      log.calls++;
      const request = args.request as { protocol?: string; hostname?: string; port?: number; headers?: Record<string, string> };
      if (request?.hostname) log.endpoint = `${request.protocol ?? 'https:'}//${request.hostname}${request.port ? `:${request.port}` : ''}`;
      const authorization = request?.headers?.authorization ?? request?.headers?.Authorization;
      const keyId = /Credential=([^/,\s]+)/.exec(authorization ?? '')?.[1];
      if (keyId) log.secrets.add(keyId);
      const token = request?.headers?.['x-amz-security-token'];
      if (token) log.secrets.add(token);
      return next(args);
    },
    { step: 'deserialize', name: 'policyLintCallLog', priority: 'low' },
  );

  return {
    async validate(request) {
      const input: ValidatePolicyCommandInput = { ...request } as ValidatePolicyCommandInput;
      const findings: AwsFinding[] = [];
      let pages = 0;
      for await (const page of sdk.paginateValidatePolicy({ client, stopOnSameToken: true }, input)) {
        findings.push(...checkFindings((page as { findings?: unknown }).findings));
        if (++pages >= MAX_PAGES) throw new MalformedResponseError(`more than ${MAX_PAGES} pages of findings for one policy`);
      }
      return findings;
    },
    destroy() {
      (client as AccessAnalyzerClient).destroy();
    },
  };
}

/** The SDK warns on Node 20 when the client is built (synchronously); silence exactly that. */
function withoutNodeVersionWarning<T>(build: () => T): T {
  const name = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';
  const previous = process.env[name];
  process.env[name] = 'true';
  try {
    return build();
  } finally {
    if (previous === undefined) delete process.env[name];
    else process.env[name] = previous;
  }
}

interface RetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
  cost: number;
}
interface RetryErrorInfo {
  errorType: 'THROTTLING' | 'TRANSIENT' | 'SERVER_ERROR' | 'CLIENT_ERROR';
  retryAfterHint?: Date;
}

/**
 * The SDK's retry middleware classifies each error (THROTTLING, TRANSIENT — timeouts, connection errors,
 * 500/502/503/504, retryable-modelled errors such as InternalServerException —, SERVER_ERROR, CLIENT_ERROR) and
 * asks this strategy whether and when to retry; the middleware then sleeps (abortable) and re-sends.
 * Exponential backoff with full jitter (delay = random × min(max, base × 2^retry)), a 5× larger base for
 * throttling, `Retry-After` honoured up to the maximum; a shared retry budget (as in the SDK's standard mode)
 * so that a failing service does not get a retry storm; and, adaptively, a throttle makes every new call of
 * the run wait for the same back-off before it starts.
 */
class BackoffRetryStrategy {
  readonly mode = 'standard';
  private capacity = 500;
  private pausedUntil = 0;

  constructor(private readonly settings: ClientSettings) {}

  async acquireInitialRetryToken(): Promise<RetryToken> {
    const wait = this.pausedUntil - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return token(0, 0, 0);
  }

  async refreshRetryTokenForRetry(previous: RetryToken, info: RetryErrorInfo): Promise<RetryToken> {
    const retries = previous.getRetryCount();
    const retryable = info.errorType === 'THROTTLING' || info.errorType === 'TRANSIENT';
    const cost = info.errorType === 'THROTTLING' ? 5 : 10;
    if (!retryable || retries + 1 >= this.settings.maxAttempts || this.capacity < cost) {
      throw new Error('No retry token available');
    }
    this.capacity -= cost;
    const { retryBaseDelayMs: base, retryMaxDelayMs: max } = this.settings;
    const scale = info.errorType === 'THROTTLING' ? base * 5 : base;
    let delay = Math.random() * Math.min(max, scale * 2 ** retries);
    if (info.retryAfterHint instanceof Date) delay = Math.max(delay, Math.min(info.retryAfterHint.getTime() - Date.now(), max));
    delay = Math.max(0, Math.round(delay));
    if (info.errorType === 'THROTTLING') this.pausedUntil = Math.max(this.pausedUntil, Date.now() + delay);
    return token(retries + 1, delay, cost);
  }

  recordSuccess(t: RetryToken): void {
    this.capacity = Math.min(500, this.capacity + (t.cost || 1));
  }
}

function token(retries: number, delay: number, cost: number): RetryToken {
  return { getRetryCount: () => retries, getRetryDelay: () => delay, cost };
}
