import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  MalformedResponseError,
  checkFindings
} from "./chunk-7FERYPP2.mjs";
import "./chunk-TULTTBMC.mjs";
import "./chunk-PI7H3LEV.mjs";

// src/access-analyzer/client.ts
var MAX_PAGES = 1e3;
async function openSession(settings, log) {
  const sdk = await import("./dist-es-VCYDP5XC.mjs");
  const config = {
    ...settings.region ? { region: settings.region } : {},
    ...settings.profile ? { profile: settings.profile } : {},
    logger: {
      trace: () => void 0,
      debug: () => void 0,
      info: () => void 0,
      warn: (...args) => void log.warnings.add(args.map(String).join(" ").replace(/\s+/g, " ").trim()),
      error: () => void 0
    },
    maxAttempts: settings.maxAttempts,
    retryStrategy: new BackoffRetryStrategy(settings),
    requestHandler: {
      requestTimeout: settings.timeoutMs,
      connectionTimeout: settings.timeoutMs,
      throwOnRequestTimeout: true
    }
  };
  const client = withoutNodeVersionWarning(() => new sdk.AccessAnalyzerClient(config));
  client.middlewareStack.add(
    (next) => async (args) => {
      log.calls++;
      const request = args.request;
      if (request?.hostname) log.endpoint = `${request.protocol ?? "https:"}//${request.hostname}${request.port ? `:${request.port}` : ""}`;
      const authorization = request?.headers?.authorization ?? request?.headers?.Authorization;
      const keyId = /Credential=([^/,\s]+)/.exec(authorization ?? "")?.[1];
      if (keyId) log.secrets.add(keyId);
      const token2 = request?.headers?.["x-amz-security-token"];
      if (token2) log.secrets.add(token2);
      return next(args);
    },
    { step: "deserialize", name: "policyLintCallLog", priority: "low" }
  );
  return {
    async validate(request) {
      const input = { ...request };
      const findings = [];
      let pages = 0;
      for await (const page of sdk.paginateValidatePolicy({ client, stopOnSameToken: true }, input)) {
        findings.push(...checkFindings(page.findings));
        if (++pages >= MAX_PAGES) throw new MalformedResponseError(`more than ${MAX_PAGES} pages of findings for one policy`);
      }
      return findings;
    },
    destroy() {
      client.destroy();
    }
  };
}
function withoutNodeVersionWarning(build) {
  const name = "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED";
  const previous = process.env[name];
  process.env[name] = "true";
  try {
    return build();
  } finally {
    if (previous === void 0) delete process.env[name];
    else process.env[name] = previous;
  }
}
var BackoffRetryStrategy = class {
  constructor(settings) {
    this.settings = settings;
  }
  settings;
  mode = "standard";
  capacity = 500;
  pausedUntil = 0;
  async acquireInitialRetryToken() {
    const wait = this.pausedUntil - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return token(0, 0, 0);
  }
  async refreshRetryTokenForRetry(previous, info) {
    const retries = previous.getRetryCount();
    const retryable = info.errorType === "THROTTLING" || info.errorType === "TRANSIENT";
    const cost = info.errorType === "THROTTLING" ? 5 : 10;
    if (!retryable || retries + 1 >= this.settings.maxAttempts || this.capacity < cost) {
      throw new Error("No retry token available");
    }
    this.capacity -= cost;
    const { retryBaseDelayMs: base, retryMaxDelayMs: max } = this.settings;
    const scale = info.errorType === "THROTTLING" ? base * 5 : base;
    let delay = Math.random() * Math.min(max, scale * 2 ** retries);
    if (info.retryAfterHint instanceof Date) delay = Math.max(delay, Math.min(info.retryAfterHint.getTime() - Date.now(), max));
    delay = Math.max(0, Math.round(delay));
    if (info.errorType === "THROTTLING") this.pausedUntil = Math.max(this.pausedUntil, Date.now() + delay);
    return token(retries + 1, delay, cost);
  }
  recordSuccess(t) {
    this.capacity = Math.min(500, this.capacity + (t.cost || 1));
  }
};
function token(retries, delay, cost) {
  return { getRetryCount: () => retries, getRetryDelay: () => delay, cost };
}
export {
  openSession
};
