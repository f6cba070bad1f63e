/**
 * SDK errors → one clear sentence per kind of failure, never a stack trace, never a credential.
 */
import { MalformedResponseError } from './map.js';

export type FailureKind = 'credentials' | 'expired' | 'access-denied' | 'network' | 'server' | 'malformed' | 'other';

export interface Classified {
  kind: FailureKind;
  /** What went wrong and what to do; identical for the same failure in every file (so failures group). */
  message: string;
  /** True when every further call would fail the same way: the run stops sending requests. */
  fatal: boolean;
}

export interface ErrorContext {
  /** Where the requests went, e.g. `https://access-analyzer.us-east-1.amazonaws.com`. */
  endpoint?: string;
  /** Secret values to strip from any text (access keys, secret keys, session tokens). */
  secrets: readonly string[];
}

interface SdkError {
  name?: string;
  message?: string;
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number; requestId?: string; attempts?: number };
  $response?: { statusCode?: number };
  cause?: unknown;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE',
  'ECONNABORTED', 'EADDRNOTAVAIL', 'ENETDOWN', 'EHOSTDOWN', 'ERR_SOCKET_CONNECTION_TIMEOUT', 'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const CREDENTIAL_REJECTED = new Set([
  'UnrecognizedClientException', 'InvalidClientTokenId', 'InvalidSignatureException', 'SignatureDoesNotMatch',
  'IncompleteSignatureException', 'MissingAuthenticationTokenException', 'MissingAuthenticationToken', 'InvalidAccessKeyId',
  'AuthFailure', 'NotAuthorized',
]);

const PERMISSION = 'access-analyzer:ValidatePolicy';

export function classifyError(error: unknown, context: ErrorContext): Classified {
  const e = (error ?? {}) as SdkError;
  const name = String(e.name ?? 'Error');
  const raw = typeof e.message === 'string' ? e.message : String(error);
  const said = (text: string) => redact(oneLine(text), context.secrets);
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  const attempts = e.$metadata?.attempts;
  const where = context.endpoint ? ` at ${context.endpoint}` : '';
  const after = attempts && attempts > 1 ? ` after ${attempts} attempts` : '';

  if (error instanceof MalformedResponseError) {
    return { kind: 'malformed', fatal: false, message: `Access Analyzer${where} sent a reply policy-lint cannot read: ${said(raw)}.` };
  }
  if (name === 'CredentialsProviderError' || name === 'TokenProviderError' || /could not load credentials/i.test(raw)) {
    if (/expired|refresh/i.test(raw)) {
      return { kind: 'expired', fatal: true, message: `The AWS credentials have expired: ${said(raw)} Refresh them (for SSO: aws sso login) and run again.` };
    }
    if (/could not load credentials from any providers/i.test(raw)) {
      return {
        kind: 'credentials',
        fatal: true,
        message:
          'No AWS credentials found (tried environment variables, the shared config and credentials files, SSO, credential_process, web identity, container and instance roles). ' +
          'Set AWS_PROFILE or pass --profile, run aws configure or aws sso login, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
      };
    }
    return { kind: 'credentials', fatal: true, message: `Cannot load AWS credentials: ${said(raw)}` };
  }
  if (/region is missing|unresolved region|invalid region/i.test(raw) && status === undefined) {
    return { kind: 'other', fatal: true, message: 'No AWS Region configured: pass --region, set AWS_REGION, or set region in the AWS profile.' };
  }
  if (/^ExpiredToken(Exception)?$/.test(name) || (name === 'InvalidSignatureException' && /expired/i.test(raw) && !/signature expired/i.test(raw))) {
    return { kind: 'expired', fatal: true, message: `The AWS session token has expired (${name}). Refresh the credentials (for SSO: aws sso login) and run again.` };
  }
  if (CREDENTIAL_REJECTED.has(name)) {
    const skew = /signature expired|time.*skew|RequestTimeTooSkewed|RequestExpired/i.test(`${name} ${raw}`);
    return {
      kind: 'credentials',
      fatal: true,
      message: skew
        ? `AWS rejected the request signature as too old or too far in the future (${name}): check the computer's clock.`
        : `AWS rejected the credentials (${name}): ${said(raw)} Check the access key, secret key and session token in use.`,
    };
  }
  if (name === 'AccessDeniedException' || name === 'AccessDenied' || (status === 403 && e.$fault !== 'server')) {
    return {
      kind: 'access-denied',
      fatal: true,
      message: `Access denied: the AWS identity in use is not allowed ${PERMISSION}. Grant it the IAM permission "${PERMISSION}" (AWS said: ${said(raw)}).`,
    };
  }
  if (isNetworkError(e)) {
    const code = networkCode(e);
    return {
      kind: 'network',
      fatal: true,
      message: `Network error talking to Access Analyzer${where}${after}: ${code ? `${code} ` : ''}(${said(raw)}). Check the network, proxy and endpoint settings (AWS_ENDPOINT_URL_ACCESSANALYZER, AWS_ENDPOINT_URL).`,
    };
  }
  if (name === 'ThrottlingException' || status === 429) {
    return { kind: 'server', fatal: false, message: `Access Analyzer kept throttling requests${after} (ThrottlingException). Lower --concurrency or try again later.` };
  }
  if (e.$fault === 'server' || (status !== undefined && status >= 500)) {
    return {
      kind: 'server',
      fatal: false,
      message: `Access Analyzer failed with a server error${after} (HTTP ${status ?? '5xx'} ${name}${raw && raw !== name && raw !== 'UnknownError' ? `: ${said(raw)}` : ''}).`,
    };
  }
  if (name === 'SyntaxError' || name === 'DeserializationError' || /deserializ|unexpected token|is not valid json|JSON at position/i.test(raw)) {
    return {
      kind: 'malformed',
      fatal: false,
      message: `Access Analyzer${where} sent a reply that is not the expected JSON${status ? ` (HTTP ${status})` : ''}.`,
    };
  }
  if (name === 'ValidationException') {
    return { kind: 'other', fatal: false, message: `Access Analyzer rejected the request (ValidationException: ${said(raw)}).` };
  }
  return { kind: 'other', fatal: false, message: `Access Analyzer call failed (${name}${status ? `, HTTP ${status}` : ''}: ${said(raw)}).` };
}

function isNetworkError(e: SdkError, depth = 0): boolean {
  if (!e || depth > 5) return false;
  if (e.$metadata?.httpStatusCode !== undefined) return false;
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || e.name === 'RequestTimeout') return true;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  return isNetworkError(e.cause as SdkError, depth + 1);
}

function networkCode(e: SdkError, depth = 0): string | undefined {
  if (!e || depth > 5) return undefined;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return e.code;
  if (e.name === 'TimeoutError') return 'timeout';
  return networkCode(e.cause as SdkError, depth + 1);
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 400 ? `${line.slice(0, 400)}…` : line;
}

/** Remove anything that looks like a credential or a signature. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join('[redacted]');
  return out
    .replace(/\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{12,}\b/g, '[redacted]')
    .replace(/(Signature=)[0-9a-f]{16,}/gi, '$1[redacted]')
    .replace(/(Credential=)[^,\s]+/gi, '$1[redacted]')
    .replace(/(X-Amz-Security-Token=|x-amz-security-token:\s*)[^&\s]+/gi, '$1[redacted]')
    .replace(/(aws_secret_access_key|aws_session_token|secretAccessKey|sessionToken)(["']?\s*[:=]\s*["']?)[^"'\s,}]+/gi, '$1$2[redacted]');
}
