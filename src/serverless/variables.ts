/**
 * Serverless Framework variables (`${self:custom.bucket}`, `${opt:stage, 'dev'}`, `${file(./iam.yml):x}`), as
 * the framework's resolver (v3 and later, lib/configuration/variables/parse.js) reads a string value before
 * anything reaches CloudFormation: `${` followed by a lower-case letter, letters, digits, `.` or `-`, then `:`
 * or `(` starts a variable; anything else (`${AWS::Region}`, `${Bucket.Arn}`, `${*}`) is left as it is, for
 * Fn::Sub or IAM. A backslash escapes it: `\${aws:username}` is written `${aws:username}`. Keys are never
 * resolved.
 *
 * The framework resolves every variable or fails, so an IAM policy variable written as it is (`${aws:username}`,
 * `${aws:PrincipalTag/team}`, `${cognito-identity.amazonaws.com:sub}`) stops the deploy: an unsupported
 * address of the `aws` source, or an unrecognized variable source.
 */
import { isProviderPrefix, resolveConditionKey } from '../iam/condition-keys.js';

/** A policy variable written where the framework reads it as one of its own variables. */
export interface ServerlessMistake {
  /** The variable's text (`${aws:username}`) and name (`aws:username`). */
  text: string;
  name: string;
  /** Source offsets of the variable (of the string, when its characters are not mapped one by one). */
  start: number;
  end: number;
}

export interface ResolvedString {
  /** The value once escapes are read (a variable's text is kept, as a placeholder). */
  value: string;
  /** Index in the written value of each character of `value`, and of its end (length + 1 entries). */
  index: number[];
  /** Ranges of `value` that are Serverless variables (resolved at deploy). */
  placeholders: Array<[number, number]>;
  /** The variables that are IAM policy variables (ranges in the written value). */
  mistakes: Array<{ text: string; name: string; start: number; end: number }>;
}

/** The framework's variable sources (and plugins' common ones): a variable of these is the framework's own. */
const SOURCES = new Set(['self', 'sls', 'opt', 'env', 'ssm', 'cf', 's3', 'file', 'param', 'strToBool', 'output', 'git', 'terraform', 'vault', 'doppler']);

/** The `aws` source's addresses: any other stops the deploy ("Unsupported address argument"). */
const AWS_ADDRESSES = new Set(['accountId', 'region']);

const TYPE_START = /[a-z]/;
const TYPE_CHAR = /[A-Za-z0-9.-]/;

/** Whether `${type:address}` is an IAM policy variable rather than one of the framework's. */
export function isPolicyVariable(type: string, address: string): boolean {
  if (type === 'aws') return !AWS_ADDRESSES.has(address);
  if (SOURCES.has(type)) return false;
  if (isProviderPrefix(type)) return true;
  const kind = resolveConditionKey(`${type}:${address}`).kind;
  return kind === 'global' || kind === 'service';
}

/**
 * The end (exclusive) of a variable that starts at `start` (`${`): its closing brace, counting nested `${…}`
 * and skipping quoted strings (a fallback `'dev'`); -1 when it is never closed.
 */
function variableEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (--depth === 0) return i + 1;
    } else if ((c === "'" || c === '"') && depth > 0) {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/**
 * A string value as the framework leaves it: escapes read, variables marked. `hashSub`: the service uses the
 * serverless-pseudo-parameters or serverless-cloudformation-sub-variables plugin, which turns `#{AWS::AccountId}`
 * and `#{Bucket.Arn}` into Fn::Sub's `${…}`: they are written so (placeholders, as in a template's Fn::Sub).
 */
export function resolveString(text: string, hashSub = false): ResolvedString {
  const out: ResolvedString = { value: '', index: [], placeholders: [], mistakes: [] };
  if (!text.includes('${') && !(hashSub && text.includes('#{'))) {
    out.value = text;
    for (let i = 0; i <= text.length; i++) out.index.push(i);
    return out;
  }
  const push = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      out.value += text[k];
      out.index.push(k);
    }
  };
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\') {
      let n = 0;
      while (text[i + n] === '\\') n++;
      if (text.startsWith('${', i + n)) {
        // An odd run of backslashes escapes the variable (`\${x}` → `${x}`); an even one is halved and the variable stays.
        for (let k = 0; k < Math.floor(n / 2); k++) push(i + 2 * k, i + 2 * k + 1);
        i += n;
        if (n % 2 === 1) {
          push(i, i + 2);
          i += 2;
        }
        continue;
      }
      push(i, i + n);
      i += n;
      continue;
    }
    if (hashSub && text.startsWith('#{', i)) {
      const close = text.indexOf('}', i);
      if (close > 0 && /^[A-Za-z][\w:.]*$/.test(text.slice(i + 2, close))) {
        const start = out.value.length;
        push(i, close + 1);
        out.value = `${out.value.slice(0, start)}$${out.value.slice(start + 1)}`;
        out.placeholders.push([start, out.value.length]);
        i = close + 1;
        continue;
      }
    }
    if (text.startsWith('${', i)) {
      let k = i + 2;
      if (TYPE_START.test(text[k] ?? '')) {
        while (k < text.length && TYPE_CHAR.test(text[k])) k++;
        const end = text[k] === ':' || text[k] === '(' ? variableEnd(text, i) : -1;
        if (end > 0) {
          const start = out.value.length;
          push(i, end);
          const type = text.slice(i + 2, k);
          const address = text.slice(k + 1, end - 1);
          // A policy variable stays as IAM would read it (the rules check it), and is a mistake of its own.
          if (text[k] === ':' && !/[$,]/.test(address) && isPolicyVariable(type, address)) {
            out.mistakes.push({ text: text.slice(i, end), name: `${type}:${address}`, start: i, end });
          } else {
            out.placeholders.push([start, out.value.length]);
          }
          i = end;
          continue;
        }
      }
      push(i, i + 2);
      i += 2;
      continue;
    }
    push(i, i + 1);
    i++;
  }
  out.index.push(text.length);
  return out;
}
