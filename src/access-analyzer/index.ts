/**
 * `--access-analyzer`: send each policy to IAM Access Analyzer ValidatePolicy and turn its findings into
 * LintMessages on the same range model as the offline rules (see `map.ts`), with a disk cache (`cache.ts`),
 * bounded concurrency, retries (`client.ts`) and one clear message per kind of failure (`errors.ts`).
 *
 * The AWS SDK is imported only when a call has to be made: offline runs, and runs answered entirely from the
 * cache, never load it.
 */
import { ACCESS_ANALYZER_RESOURCE_TYPES } from '../config/constants.js';
import { PolicyDocument } from '../engine/document.js';
import { findingKey } from '../engine/linter.js';
import type { LintMessage, PolicyType } from '../engine/types.js';
import { cacheKey, DEFAULT_CACHE_MAX_AGE_MS, defaultCacheLocation, FindingsCache } from './cache.js';
import type { CallLog, ClientSettings, Session, ValidateRequest } from './client.js';
import { classifyError, redact, type FailureKind } from './errors.js';
import { findingsToMessages, type AwsFinding } from './map.js';
import { quoted } from '../words.js';

export { mergeFindings } from './merge.js';
export { embeddedInputs } from './embedded.js';
export { defaultCacheLocation } from './cache.js';
export { findingsToMessages } from './map.js';
export type { AwsFinding } from './map.js';
export type { FailureKind } from './errors.js';

export interface AccessAnalyzerInput {
  filePath: string;
  /** The file's exact text: it is what AWS positions refer to. */
  text: string;
  policyType: PolicyType;
  /** For resource policies: an `AWS::…` type. Sent as validatePolicyResourceType only when AWS supports it. */
  resourceType?: string;
  /**
   * For a policy embedded in a file (a template's, a .tf file's: `text` is its generated JSON): the file's
   * messages for AWS's findings on `text` (see `embedded.ts`). A file may then have several inputs, whose
   * messages are put together. Default: the findings mapped on `text`, which is the file's.
   */
  toMessages?: (findings: readonly AwsFinding[]) => LintMessage[];
}

export interface AccessAnalyzerOptions {
  /** Else AWS_REGION / AWS_DEFAULT_REGION… / the profile's region, as the SDK resolves it. */
  region?: string;
  /** A shared config/credentials profile (the SDK client's `profile`); else AWS_PROFILE / default. */
  profile?: string;
  /** Policies validated at the same time (default 4). */
  concurrency?: number;
  /** Language of findingDetails: DE EN ES FR IT JA KO PT_BR ZH_CN ZH_TW (also `pt-BR`, `ja` …). */
  locale?: string;
  /** Issue codes to drop (`PASS_ROLE_WITH_STAR_IN_RESOURCE` or `access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE`). */
  ignore?: string[];
  /** Default true. */
  cache?: boolean;
  /** Default: `defaultCacheLocation(env)`. Entries go to `<cacheLocation>/access-analyzer/<sha256>.json`. */
  cacheLocation?: string;
  /** Entries older than this are not used (default 7 days: AWS adds checks). */
  cacheMaxAgeMs?: number;
  /** Per HTTP attempt (connect and whole request), default 15000. */
  timeoutMs?: number;
  /** Attempts per request, including the first (default 5). Throttling, timeouts, connection errors and 5xx are retried. */
  maxAttempts?: number;
  /** Backoff base (default 100 ms; throttling uses 5×); full jitter. Tests set it to ~1. */
  retryBaseDelayMs?: number;
  /** Backoff ceiling, also the most a Retry-After header can make us wait (default 20000). */
  retryMaxDelayMs?: number;
  toolVersion: string;
  /**
   * The environment (default `process.env`). The SDK reads only `process.env`, so when a different object is
   * given its `AWS_*` variables replace those of `process.env` for the duration of the run (runs with their
   * own env are serialised), and are restored afterwards. Also used for the default cache location.
   */
  env?: NodeJS.ProcessEnv;
  onProgress?: (p: { total: number; done: number; failed: number }) => void;
}

export interface AccessAnalyzerFailure {
  /** Set when the failure concerns one file. */
  filePath?: string;
  /** One sentence: what went wrong, what to do; with `(N files not validated)` when it concerns several. */
  message: string;
  kind: FailureKind;
  /** The files that got no Access Analyzer result because of this failure. */
  filePaths: string[];
}

export interface AccessAnalyzerOutcome {
  /**
   * Messages per file, for every file that was validated (an empty list when AWS found nothing); for a file
   * with several policies, those of its policies that were validated.
   */
  messages: Map<string, LintMessage[]>;
  failures: AccessAnalyzerFailure[];
  /** HTTP requests sent to ValidatePolicy (every page and every retry). */
  calls: number;
  /** Files answered from the cache. */
  cacheHits: number;
  /** Warnings of the AWS SDK during the run (one line each, credentials redacted), for the CLI to show on stderr. */
  warnings: string[];
}

/** The policy types ValidatePolicy takes, and how each of ours maps to one. */
export const AWS_POLICY_TYPES: Record<PolicyType, string> = {
  identity: 'IDENTITY_POLICY',
  resource: 'RESOURCE_POLICY',
  trust: 'RESOURCE_POLICY',
  scp: 'SERVICE_CONTROL_POLICY',
  rcp: 'RESOURCE_CONTROL_POLICY',
};

export const ACCESS_ANALYZER_LOCALES = ['DE', 'EN', 'ES', 'FR', 'IT', 'JA', 'KO', 'PT_BR', 'ZH_CN', 'ZH_TW'] as const;

/** `pt-BR` → `PT_BR`, `ja` → `JA`; throws a RangeError for a locale ValidatePolicy does not have. */
export function normalizeLocale(locale: string): string {
  const value = locale.trim().toUpperCase().replace(/-/g, '_');
  if (!(ACCESS_ANALYZER_LOCALES as readonly string[]).includes(value)) {
    throw new RangeError(`Unknown Access Analyzer locale ${quoted(locale)}; use one of ${ACCESS_ANALYZER_LOCALES.join(', ')}.`);
  }
  return value;
}

/** The ValidatePolicy request for a file (without the paging fields). */
export function validateRequestFor(input: AccessAnalyzerInput, locale?: string): ValidateRequest {
  // Own keys only: `constructor` and the other names every object inherits are no policy type.
  const policyType = Object.hasOwn(AWS_POLICY_TYPES, input.policyType) ? AWS_POLICY_TYPES[input.policyType] : undefined;
  if (!policyType) throw new RangeError(`Unknown policy type ${quoted(String(input.policyType))} for ${input.filePath}.`);
  let resourceType: string | undefined;
  if (input.policyType === 'trust') resourceType = 'AWS::IAM::AssumeRolePolicyDocument';
  else if (input.policyType === 'resource' && input.resourceType) {
    resourceType = ACCESS_ANALYZER_RESOURCE_TYPES.find((t) => t.toLowerCase() === input.resourceType!.toLowerCase());
  }
  return {
    policyDocument: input.text,
    policyType,
    ...(locale ? { locale } : {}),
    ...(resourceType ? { validatePolicyResourceType: resourceType } : {}),
  };
}

interface Group {
  key: string;
  request: ValidateRequest;
  inputs: AccessAnalyzerInput[];
}

export async function runAccessAnalyzer(inputs: AccessAnalyzerInput[], options: AccessAnalyzerOptions): Promise<AccessAnalyzerOutcome> {
  const env = options.env ?? process.env;
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, not ${concurrency}.`);
  const maxAttempts = options.maxAttempts ?? 5;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`maxAttempts must be a positive integer, not ${maxAttempts}.`);
  const locale = options.locale ? normalizeLocale(options.locale) : undefined;
  const ignore = new Set((options.ignore ?? []).map((code) => code.replace(/^access-analyzer\//i, '').toUpperCase()));
  const cache = options.cache === false ? undefined : new FindingsCache(options.cacheLocation ?? defaultCacheLocation(env), options.cacheMaxAgeMs ?? DEFAULT_CACHE_MAX_AGE_MS);
  const settings: ClientSettings = {
    region: options.region,
    profile: options.profile,
    maxAttempts,
    timeoutMs: options.timeoutMs ?? 15_000,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 100,
    retryMaxDelayMs: options.retryMaxDelayMs ?? 20_000,
  };

  // One request per distinct (text, type, resource type, locale): identical policies are validated once.
  const groups = new Map<string, Group>();
  for (const input of inputs) {
    const request = validateRequestFor(input, locale);
    const key = cacheKey({ text: input.text, policyType: request.policyType, resourceType: request.validatePolicyResourceType, locale, toolVersion: options.toolVersion });
    const group = groups.get(key);
    if (group) group.inputs.push(input);
    else groups.set(key, { key, request, inputs: [input] });
  }

  const messages = new Map<string, LintMessage[]>();
  const failures = new Map<string, { kind: FailureKind; message: string; filePaths: string[] }>();
  const log: CallLog = { calls: 0, secrets: new Set(), warnings: new Set() };
  for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
    const value = env[name] ?? process.env[name];
    if (value) log.secrets.add(value);
  }
  const total = inputs.length;
  let done = 0;
  let failed = 0;
  let cacheHits = 0;
  const progress = () => options.onProgress?.({ total, done, failed });

  const accept = (group: Group, findings: AwsFinding[]) => {
    for (const input of group.inputs) {
      const mapped = input.toMessages ? input.toMessages(findings) : findingsToMessages(input.text, findings, new PolicyDocument(input.filePath, input.text));
      const list = mapped.filter((m) => !ignore.has(String(m.issueCode).toUpperCase()));
      const earlier = messages.get(input.filePath);
      // The policies of one file: a finding two of them share (Fn::If variants of one policy) is kept once.
      const seen = new Set(earlier?.map(findingKey));
      messages.set(input.filePath, earlier ? [...earlier, ...list.filter((m) => !seen.has(findingKey(m)))] : list);
      done++;
    }
    progress();
  };
  const fail = (group: Group, kind: FailureKind, message: string) => {
    const id = `${kind}\u0000${message}`;
    const entry = failures.get(id) ?? { kind, message, filePaths: [] };
    failures.set(id, entry);
    // A file with several policies (a template) is named once.
    for (const input of group.inputs) if (!entry.filePaths.includes(input.filePath)) entry.filePaths.push(input.filePath);
    done += group.inputs.length;
    failed += group.inputs.length;
    progress();
  };

  progress();
  const answered = new Set<Group>();
  if (cache) {
    await pool([...groups.values()], 32, async (group) => {
      const cached = await cache.get(group.key);
      if (!cached) return;
      answered.add(group);
      cacheHits += group.inputs.length;
      accept(group, cached);
    });
  }
  const pending = [...groups.values()].filter((group) => !answered.has(group));

  if (pending.length > 0) {
    await withAwsEnv(env, async () => {
      let session: Promise<Session> | undefined;
      let stopped: { kind: FailureKind; message: string } | undefined;
      let serverFailuresInARow = 0;
      try {
        await pool(pending, concurrency, async (group) => {
          if (stopped) {
            fail(group, stopped.kind, stopped.message);
            return;
          }
          try {
            session ??= import('./client.js').then((m) => m.openSession(settings, log));
            const findings = await (await session).validate({ ...group.request });
            serverFailuresInARow = 0;
            if (cache) await cache.set(group.key, { policyType: group.request.policyType, resourceType: group.request.validatePolicyResourceType, locale, toolVersion: options.toolVersion }, findings);
            accept(group, findings);
          } catch (error) {
            const classified = classifyError(error, { endpoint: log.endpoint, secrets: [...log.secrets] });
            fail(group, classified.kind, classified.message);
            if (classified.kind === 'server' || classified.kind === 'malformed') serverFailuresInARow++;
            if (classified.fatal || serverFailuresInARow >= 3 * concurrency) stopped ??= classified;
          }
        });
      } finally {
        if (session) await session.then((s) => s.destroy(), () => undefined);
      }
    });
  }

  const secrets = [...log.secrets];
  return {
    messages,
    failures: [...failures.values()].map(({ kind, message, filePaths }) => ({
      kind,
      message: redact(filePaths.length === 1 ? message : `${message} (${filePaths.length} files not validated)`, secrets),
      filePaths,
      ...(filePaths.length === 1 ? { filePath: filePaths[0] } : {}),
    })),
    calls: log.calls,
    cacheHits,
    warnings: [...log.warnings].map((warning) => redact(warning, secrets)),
  };
}

/** Run `task` over `items`, at most `limit` at a time, in order of the items. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

let envLock: Promise<unknown> = Promise.resolve();

/**
 * Run `fn` with `env`'s AWS_* variables in `process.env` (which is all the SDK reads), then restore them.
 * Runs that bring their own env are serialised; with `process.env` itself nothing changes.
 */
async function withAwsEnv<T>(env: NodeJS.ProcessEnv, fn: () => Promise<T>): Promise<T> {
  if (env === process.env) return fn();
  const run = envLock.then(async () => {
    const names = new Set([...Object.keys(process.env), ...Object.keys(env)].filter((name) => name.startsWith('AWS_')));
    const saved = new Map<string, string | undefined>();
    for (const name of names) {
      saved.set(name, process.env[name]);
      if (env[name] === undefined) delete process.env[name];
      else process.env[name] = env[name];
    }
    try {
      return await fn();
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
  envLock = run.catch(() => undefined);
  return run;
}
