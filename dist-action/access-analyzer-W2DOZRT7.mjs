import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  MalformedResponseError,
  checkFindings,
  findingsToMessages
} from "./chunk-7FERYPP2.mjs";
import {
  ACCESS_ANALYZER_RESOURCE_TYPES
} from "./chunk-JVWQVW3D.mjs";
import {
  mapRange,
  onPlaceholder,
  placeholderText,
  policyPath
} from "./chunk-5AAKTH3T.mjs";
import {
  findingKey
} from "./chunk-ZFZ5RIQ7.mjs";
import {
  LineIndex,
  PolicyDocument,
  compareMessages,
  quoted
} from "./chunk-TULTTBMC.mjs";
import "./chunk-PI7H3LEV.mjs";

// src/access-analyzer/cache.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
var FORMAT = 1;
var DEFAULT_CACHE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1e3;
function cacheKey(parts) {
  return createHash("sha256").update(JSON.stringify(["policy-lint/access-analyzer", FORMAT, parts.toolVersion, parts.policyType, parts.resourceType ?? null, parts.locale ?? null, parts.text])).digest("hex");
}
function defaultCacheLocation(env = process.env, platform = process.platform) {
  const home = (platform === "win32" ? env.USERPROFILE : env.HOME) || homedir();
  if (platform === "win32") return join(env.LOCALAPPDATA || join(home, "AppData", "Local"), "policy-lint", "Cache");
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "policy-lint");
  if (platform === "darwin") return join(home, "Library", "Caches", "policy-lint");
  return join(home, ".cache", "policy-lint");
}
var FindingsCache = class {
  constructor(location, maxAgeMs = DEFAULT_CACHE_MAX_AGE_MS) {
    this.maxAgeMs = maxAgeMs;
    this.directory = join(location, "access-analyzer");
  }
  maxAgeMs;
  directory;
  ready;
  file(key) {
    return join(this.directory, `${key}.json`);
  }
  async get(key) {
    try {
      const entry = JSON.parse(await readFile(this.file(key), "utf8"));
      if (entry?.format !== FORMAT || entry.key !== key || typeof entry.createdAt !== "number") return void 0;
      const age = Date.now() - entry.createdAt;
      if (age > this.maxAgeMs || age < -6e4) return void 0;
      return checkFindings(entry.findings);
    } catch {
      return void 0;
    }
  }
  /** Store a reply; failures to write are ignored (the cache is an optimisation). */
  async set(key, parts, findings) {
    const entry = {
      format: FORMAT,
      key,
      createdAt: Date.now(),
      toolVersion: parts.toolVersion,
      policyType: parts.policyType,
      resourceType: parts.resourceType ?? null,
      locale: parts.locale ?? null,
      findings
    };
    const target = this.file(key);
    const temporary = `${target}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      this.ready ??= mkdir(this.directory, { recursive: true });
      await this.ready;
      await writeFile(temporary, JSON.stringify(entry), { encoding: "utf8", mode: 384 });
      await rename(temporary, target);
    } catch {
      this.ready = void 0;
      await unlink(temporary).catch(() => void 0);
    }
  }
};

// src/access-analyzer/errors.ts
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "ECONNABORTED",
  "EADDRNOTAVAIL",
  "ENETDOWN",
  "EHOSTDOWN",
  "ERR_SOCKET_CONNECTION_TIMEOUT",
  "CERT_HAS_EXPIRED",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "ERR_TLS_CERT_ALTNAME_INVALID"
]);
var CREDENTIAL_REJECTED = /* @__PURE__ */ new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "IncompleteSignatureException",
  "MissingAuthenticationTokenException",
  "MissingAuthenticationToken",
  "InvalidAccessKeyId",
  "AuthFailure",
  "NotAuthorized"
]);
var PERMISSION = "access-analyzer:ValidatePolicy";
function classifyError(error, context) {
  const e = error ?? {};
  const name = String(e.name ?? "Error");
  const raw = typeof e.message === "string" ? e.message : String(error);
  const said = (text) => redact(oneLine(text), context.secrets);
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  const attempts = e.$metadata?.attempts;
  const where = context.endpoint ? ` at ${context.endpoint}` : "";
  const after = attempts && attempts > 1 ? ` after ${attempts} attempts` : "";
  if (error instanceof MalformedResponseError) {
    return { kind: "malformed", fatal: false, message: `Access Analyzer${where} sent a reply policy-lint cannot read: ${said(raw)}.` };
  }
  if (name === "CredentialsProviderError" || name === "TokenProviderError" || /could not load credentials/i.test(raw)) {
    if (/expired|refresh/i.test(raw)) {
      return { kind: "expired", fatal: true, message: `The AWS credentials have expired: ${said(raw)} Refresh them (for SSO: aws sso login) and run again.` };
    }
    if (/could not load credentials from any providers/i.test(raw)) {
      return {
        kind: "credentials",
        fatal: true,
        message: "No AWS credentials found (tried environment variables, the shared config and credentials files, SSO, credential_process, web identity, container and instance roles). Set AWS_PROFILE or pass --profile, run aws configure or aws sso login, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY."
      };
    }
    return { kind: "credentials", fatal: true, message: `Cannot load AWS credentials: ${said(raw)}` };
  }
  if (/region is missing|unresolved region|invalid region/i.test(raw) && status === void 0) {
    return { kind: "other", fatal: true, message: "No AWS Region configured: pass --region, set AWS_REGION, or set region in the AWS profile." };
  }
  if (/^ExpiredToken(Exception)?$/.test(name) || name === "InvalidSignatureException" && /expired/i.test(raw) && !/signature expired/i.test(raw)) {
    return { kind: "expired", fatal: true, message: `The AWS session token has expired (${name}). Refresh the credentials (for SSO: aws sso login) and run again.` };
  }
  if (CREDENTIAL_REJECTED.has(name)) {
    const skew = /signature expired|time.*skew|RequestTimeTooSkewed|RequestExpired/i.test(`${name} ${raw}`);
    return {
      kind: "credentials",
      fatal: true,
      message: skew ? `AWS rejected the request signature as too old or too far in the future (${name}): check the computer's clock.` : `AWS rejected the credentials (${name}): ${said(raw)} Check the access key, secret key and session token in use.`
    };
  }
  if (name === "AccessDeniedException" || name === "AccessDenied" || status === 403 && e.$fault !== "server") {
    return {
      kind: "access-denied",
      fatal: true,
      message: `Access denied: the AWS identity in use is not allowed ${PERMISSION}. Grant it the IAM permission "${PERMISSION}" (AWS said: ${said(raw)}).`
    };
  }
  if (isNetworkError(e)) {
    const code = networkCode(e);
    return {
      kind: "network",
      fatal: true,
      message: `Network error talking to Access Analyzer${where}${after}: ${code ? `${code} ` : ""}(${said(raw)}). Check the network, proxy and endpoint settings (AWS_ENDPOINT_URL_ACCESSANALYZER, AWS_ENDPOINT_URL).`
    };
  }
  if (name === "ThrottlingException" || status === 429) {
    return { kind: "server", fatal: false, message: `Access Analyzer kept throttling requests${after} (ThrottlingException). Lower --concurrency or try again later.` };
  }
  if (e.$fault === "server" || status !== void 0 && status >= 500) {
    return {
      kind: "server",
      fatal: false,
      message: `Access Analyzer failed with a server error${after} (HTTP ${status ?? "5xx"} ${name}${raw && raw !== name && raw !== "UnknownError" ? `: ${said(raw)}` : ""}).`
    };
  }
  if (name === "SyntaxError" || name === "DeserializationError" || /deserializ|unexpected token|is not valid json|JSON at position/i.test(raw)) {
    return {
      kind: "malformed",
      fatal: false,
      message: `Access Analyzer${where} sent a reply that is not the expected JSON${status ? ` (HTTP ${status})` : ""}.`
    };
  }
  if (name === "ValidationException") {
    return { kind: "other", fatal: false, message: `Access Analyzer rejected the request (ValidationException: ${said(raw)}).` };
  }
  return { kind: "other", fatal: false, message: `Access Analyzer call failed (${name}${status ? `, HTTP ${status}` : ""}: ${said(raw)}).` };
}
function isNetworkError(e, depth = 0) {
  if (!e || depth > 5) return false;
  if (e.$metadata?.httpStatusCode !== void 0) return false;
  if (e.name === "TimeoutError" || e.name === "AbortError" || e.name === "RequestTimeout") return true;
  if (typeof e.code === "string" && NETWORK_CODES.has(e.code)) return true;
  return isNetworkError(e.cause, depth + 1);
}
function networkCode(e, depth = 0) {
  if (!e || depth > 5) return void 0;
  if (typeof e.code === "string" && NETWORK_CODES.has(e.code)) return e.code;
  if (e.name === "TimeoutError") return "timeout";
  return networkCode(e.cause, depth + 1);
}
function oneLine(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 400 ? `${line.slice(0, 400)}…` : line;
}
function redact(text, secrets = []) {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join("[redacted]");
  return out.replace(/\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{12,}\b/g, "[redacted]").replace(/(Signature=)[0-9a-f]{16,}/gi, "$1[redacted]").replace(/(Credential=)[^,\s]+/gi, "$1[redacted]").replace(/(X-Amz-Security-Token=|x-amz-security-token:\s*)[^&\s]+/gi, "$1[redacted]").replace(/(aws_secret_access_key|aws_session_token|secretAccessKey|sessionToken)(["']?\s*[:=]\s*["']?)[^"'\s,}]+/gi, "$1$2[redacted]");
}

// src/access-analyzer/merge.ts
function mergeFindings(offline, online) {
  const result = offline.map((m) => m);
  const byKey = /* @__PURE__ */ new Map();
  offline.forEach((m, i) => {
    if (!m.issueCode) return;
    const key = rangeKey(m);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const taken = /* @__PURE__ */ new Set();
  for (const m of online) {
    const candidates = m.issueCode ? byKey.get(rangeKey(m)) : void 0;
    const i = candidates?.find((j) => !taken.has(j) && offline[j].issueCode === m.issueCode);
    if (i === void 0) {
      result.push(m);
      continue;
    }
    taken.add(i);
    const o = offline[i];
    result[i] = {
      ...o,
      severity: Math.max(o.severity, m.severity),
      sources: ["policy-lint", "access-analyzer"],
      ...o.docsUrl === void 0 && m.docsUrl !== void 0 ? { docsUrl: m.docsUrl } : {}
    };
  }
  return result.sort(compareMessages);
}
function rangeKey(m) {
  return `${m.line}:${m.column}:${m.endLine}:${m.endColumn}`;
}

// src/access-analyzer/embedded.ts
function embeddedInputs(filePath, text, policies, lineIndex) {
  let lines = lineIndex;
  const inputs = [];
  for (const policy of policies) {
    const document = new PolicyDocument(filePath, policy.embedded.text);
    if (document.syntaxError || document.root?.type !== "object") continue;
    inputs.push({
      filePath,
      text: policy.embedded.text,
      policyType: policy.policyType,
      ...policy.ruleResourceType ? { resourceType: policy.ruleResourceType } : {},
      toMessages: (findings) => embeddedMessages(findings, policy, document, lines ??= new LineIndex(text))
    });
  }
  return inputs;
}
function embeddedMessages(findings, policy, document, lines) {
  const { embedded } = policy;
  const out = [];
  for (const finding of findings) {
    if (quotesPlaceholder(embedded, finding.findingDetails)) continue;
    const messages = findingsToMessages(embedded.text, [finding], document);
    if (messages.some((m) => touchesPlaceholder(embedded, document, m))) continue;
    if (messages.some(({ range: [s, e] = [0, 0] }) => embedded.synthetic?.some(([a, b]) => s >= a && e <= b))) continue;
    if (/VARIABLE/i.test(finding.issueCode) && messages.some((m) => placeholderAround(embedded, document, m))) continue;
    for (const message of messages) {
      const [start, end] = message.range ?? [0, 0];
      const range = mapRange(embedded, start, end);
      if (!range) continue;
      const from = lines.at(range[0]);
      const to = lines.at(range[1]);
      out.push({
        ...message,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        range,
        path: policy.findingPath ? policy.findingPath(message.path ?? []) : [...policy.path, ...policyPath(message.path ?? [], policy)]
      });
    }
  }
  return out;
}
function touchesPlaceholder(embedded, document, message) {
  const [start, end] = message.range ?? [0, 0];
  const root = document.root;
  if (start <= root.offset && end >= root.offset + root.length) return false;
  return onPlaceholder(embedded, start, end);
}
function placeholderAround(embedded, document, message) {
  const path = message.path ?? [];
  const statementPath = path[0] !== "Statement" ? void 0 : typeof path[1] === "number" ? path.slice(0, 2) : path.slice(0, 1);
  const node = statementPath && document.nodeAt(statementPath) || document.root;
  return onPlaceholder(embedded, node.offset, node.offset + node.length);
}
function quotesPlaceholder(embedded, details) {
  return embedded.placeholders.some(([s, e]) => e - s > 3 && details.includes(placeholderText(embedded.text, s, e)));
}

// src/access-analyzer/index.ts
var AWS_POLICY_TYPES = {
  identity: "IDENTITY_POLICY",
  resource: "RESOURCE_POLICY",
  trust: "RESOURCE_POLICY",
  scp: "SERVICE_CONTROL_POLICY",
  rcp: "RESOURCE_CONTROL_POLICY"
};
var ACCESS_ANALYZER_LOCALES = ["DE", "EN", "ES", "FR", "IT", "JA", "KO", "PT_BR", "ZH_CN", "ZH_TW"];
function normalizeLocale(locale) {
  const value = locale.trim().toUpperCase().replace(/-/g, "_");
  if (!ACCESS_ANALYZER_LOCALES.includes(value)) {
    throw new RangeError(`Unknown Access Analyzer locale ${quoted(locale)}; use one of ${ACCESS_ANALYZER_LOCALES.join(", ")}.`);
  }
  return value;
}
function validateRequestFor(input, locale) {
  const policyType = Object.hasOwn(AWS_POLICY_TYPES, input.policyType) ? AWS_POLICY_TYPES[input.policyType] : void 0;
  if (!policyType) throw new RangeError(`Unknown policy type ${quoted(String(input.policyType))} for ${input.filePath}.`);
  let resourceType;
  if (input.policyType === "trust") resourceType = "AWS::IAM::AssumeRolePolicyDocument";
  else if (input.policyType === "resource" && input.resourceType) {
    resourceType = ACCESS_ANALYZER_RESOURCE_TYPES.find((t) => t.toLowerCase() === input.resourceType.toLowerCase());
  }
  return {
    policyDocument: input.text,
    policyType,
    ...locale ? { locale } : {},
    ...resourceType ? { validatePolicyResourceType: resourceType } : {}
  };
}
async function runAccessAnalyzer(inputs, options) {
  const env = options.env ?? process.env;
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, not ${concurrency}.`);
  const maxAttempts = options.maxAttempts ?? 5;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`maxAttempts must be a positive integer, not ${maxAttempts}.`);
  const locale = options.locale ? normalizeLocale(options.locale) : void 0;
  const ignore = new Set((options.ignore ?? []).map((code) => code.replace(/^access-analyzer\//i, "").toUpperCase()));
  const cache = options.cache === false ? void 0 : new FindingsCache(options.cacheLocation ?? defaultCacheLocation(env), options.cacheMaxAgeMs ?? DEFAULT_CACHE_MAX_AGE_MS);
  const settings = {
    region: options.region,
    profile: options.profile,
    maxAttempts,
    timeoutMs: options.timeoutMs ?? 15e3,
    retryBaseDelayMs: options.retryBaseDelayMs ?? 100,
    retryMaxDelayMs: options.retryMaxDelayMs ?? 2e4
  };
  const groups = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    const request = validateRequestFor(input, locale);
    const key = cacheKey({ text: input.text, policyType: request.policyType, resourceType: request.validatePolicyResourceType, locale, toolVersion: options.toolVersion });
    const group = groups.get(key);
    if (group) group.inputs.push(input);
    else groups.set(key, { key, request, inputs: [input] });
  }
  const messages = /* @__PURE__ */ new Map();
  const failures = /* @__PURE__ */ new Map();
  const log = { calls: 0, secrets: /* @__PURE__ */ new Set(), warnings: /* @__PURE__ */ new Set() };
  for (const name of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]) {
    const value = env[name] ?? process.env[name];
    if (value) log.secrets.add(value);
  }
  const total = inputs.length;
  let done = 0;
  let failed = 0;
  let cacheHits = 0;
  const progress = () => options.onProgress?.({ total, done, failed });
  const accept = (group, findings) => {
    for (const input of group.inputs) {
      const mapped = input.toMessages ? input.toMessages(findings) : findingsToMessages(input.text, findings, new PolicyDocument(input.filePath, input.text));
      const list = mapped.filter((m) => !ignore.has(String(m.issueCode).toUpperCase()));
      const earlier = messages.get(input.filePath);
      const seen = new Set(earlier?.map(findingKey));
      messages.set(input.filePath, earlier ? [...earlier, ...list.filter((m) => !seen.has(findingKey(m)))] : list);
      done++;
    }
    progress();
  };
  const fail = (group, kind, message) => {
    const id = `${kind}\0${message}`;
    const entry = failures.get(id) ?? { kind, message, filePaths: [] };
    failures.set(id, entry);
    for (const input of group.inputs) if (!entry.filePaths.includes(input.filePath)) entry.filePaths.push(input.filePath);
    done += group.inputs.length;
    failed += group.inputs.length;
    progress();
  };
  progress();
  const answered = /* @__PURE__ */ new Set();
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
      let session;
      let stopped;
      let serverFailuresInARow = 0;
      try {
        await pool(pending, concurrency, async (group) => {
          if (stopped) {
            fail(group, stopped.kind, stopped.message);
            return;
          }
          try {
            session ??= import("./client-7XXWP6YF.mjs").then((m) => m.openSession(settings, log));
            const findings = await (await session).validate({ ...group.request });
            serverFailuresInARow = 0;
            if (cache) await cache.set(group.key, { policyType: group.request.policyType, resourceType: group.request.validatePolicyResourceType, locale, toolVersion: options.toolVersion }, findings);
            accept(group, findings);
          } catch (error) {
            const classified = classifyError(error, { endpoint: log.endpoint, secrets: [...log.secrets] });
            fail(group, classified.kind, classified.message);
            if (classified.kind === "server" || classified.kind === "malformed") serverFailuresInARow++;
            if (classified.fatal || serverFailuresInARow >= 3 * concurrency) stopped ??= classified;
          }
        });
      } finally {
        if (session) await session.then((s) => s.destroy(), () => void 0);
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
      ...filePaths.length === 1 ? { filePath: filePaths[0] } : {}
    })),
    calls: log.calls,
    cacheHits,
    warnings: [...log.warnings].map((warning) => redact(warning, secrets))
  };
}
async function pool(items, limit, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
var envLock = Promise.resolve();
async function withAwsEnv(env, fn) {
  if (env === process.env) return fn();
  const run = envLock.then(async () => {
    const names = new Set([...Object.keys(process.env), ...Object.keys(env)].filter((name) => name.startsWith("AWS_")));
    const saved = /* @__PURE__ */ new Map();
    for (const name of names) {
      saved.set(name, process.env[name]);
      if (env[name] === void 0) delete process.env[name];
      else process.env[name] = env[name];
    }
    try {
      return await fn();
    } finally {
      for (const [name, value] of saved) {
        if (value === void 0) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
  envLock = run.catch(() => void 0);
  return run;
}
export {
  ACCESS_ANALYZER_LOCALES,
  AWS_POLICY_TYPES,
  defaultCacheLocation,
  embeddedInputs,
  findingsToMessages,
  mergeFindings,
  normalizeLocale,
  runAccessAnalyzer,
  validateRequestFor
};
