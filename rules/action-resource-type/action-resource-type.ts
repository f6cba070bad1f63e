import { defineRule } from '../../src/engine/rule.js';
import { isObject, statementMatches, type NormalizedStatement } from '../../src/engine/normalize.js';
import { canonicalAction, expandActionPattern } from '../../src/iam/actions-db.js';
import { actionInfo, type ActionResourceType } from '../../src/iam/database.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { analyzeMfa } from '../../src/iam/mfa-policy.js';
import { ARN_SYNTAX_RULES, arnFormatsOf, arnFormatTokens, arnPatternTokens, patternsIntersect, splitArn, splitArnFormats, type Token } from '../../src/iam/resources.js';
import { orList } from '../../src/words.js';

/**
 * What this rule knows of a service whose records in the IAM database were reviewed and whose findings on the
 * AWS managed policies are all real (see the rule's doc): the variables of its ARN formats whose values may
 * hold a colon, the resource types whose ARNs may lack an account, and, when only some of its actions are
 * judged, which.
 */
interface ServiceFacts {
  /** Format variables that may hold a colon: a qualifier (`function:my-function:prod`), a timestamp. */
  colonVariables?: readonly string[];
  /** Resource types whose AWS-owned ARNs have no account (`arn:aws:ssm:us-east-1::parameter/aws/service/…`). */
  emptyAccount?: readonly string[];
  /** When set, only the actions whose resource types these are (all of them) are judged. */
  onlyTypes?: readonly string[];
}

/**
 * The services judged (IAM prefixes); s3 has a rule of its own (s3-resource-type). Of iam, the actions on roles,
 * users and groups, outside self-service policies, where mfa-action-resource-type judges every IAM action.
 */
export const SERVICES: Readonly<Record<string, ServiceFacts>> = {
  dynamodb: { colonVariables: ['StreamLabel'] },
  iam: { onlyTypes: ['role', 'user', 'group'] },
  ecr: {},
  firehose: {},
  kinesis: {},
  kms: {},
  lambda: { colonVariables: ['FunctionName'] },
  secretsmanager: {},
  sns: { colonVariables: ['TopicName'] },
  sqs: {},
  ssm: { onlyTypes: ['parameter'], emptyAccount: ['parameter'] },
  states: { colonVariables: ['StateMachineName'] },
};

interface Format {
  tokens: Token[];
  /** The service field of the format (`kms`). */
  arnService: string;
  /** The words that start the resource parts of the ARN service's formats, lower case (`statemachine`, `secret`). */
  typeWords: ReadonlySet<string>;
  /**
   * mayMatch's answers, by Resource entry: a map per format is looked up by the entry's own string, whose hash
   * is computed once, where a key of format and entry was a new string to build and hash for every pair.
   */
  matches: Map<string, boolean>;
}

interface Judged {
  types: readonly string[];
  example: string;
  formats: readonly Format[];
}

const formatCache = new Map<string, Format>();
const actionCache = new Map<string, Judged | null>();
const CACHE_LIMIT = 50_000;
/** Per format (there are a hundred or so): the entries of the statements that name one of its actions. */
const MATCH_LIMIT = 10_000;
const typeWordCache = new Map<string, ReadonlySet<string>>();

function typeWordsOf(arnService: string): ReadonlySet<string> {
  let words = typeWordCache.get(arnService);
  if (!words) {
    words = new Set(arnFormatsOf(arnService).map((f) => f.typeWord.toLowerCase()).filter(Boolean));
    typeWordCache.set(arnService, words);
  }
  return words;
}

function compileFormat(service: string, type: ActionResourceType, format: string, facts: ServiceFacts): Format | undefined {
  const key = `${service}\u0000${type.name}\u0000${format}`;
  let compiled = formatCache.get(key);
  if (!compiled) {
    const arn = splitArn(format);
    if (!arn) return undefined;
    compiled = {
      arnService: arn.service.value,
      tokens: arnFormatTokens(format, { colonVariables: new Set(facts.colonVariables), emptyAccount: facts.emptyAccount?.includes(type.name) }),
      typeWords: typeWordsOf(arn.service.value),
      matches: new Map(),
    };
    formatCache.set(key, compiled);
  }
  return compiled;
}

/** The action's resource types and formats, when it is judged: a service of SERVICES, resource types with known formats. */
function judged(action: string): Judged | undefined {
  // Cached by the spelling as written (actionInfo is case-insensitive): a lower-cased key was a new string to hash each time.
  const cached = actionCache.get(action);
  if (cached !== undefined) return cached ?? undefined;
  let result: Judged | null = null;
  const info = actionInfo(action);
  const facts = info ? SERVICES[info.service] : undefined;
  if (info && facts && info.resourceTypes.length > 0 && (!facts.onlyTypes || info.resourceTypes.every((t) => facts.onlyTypes!.includes(t.name)))) {
    const formats: Format[] = [];
    let complete = true;
    for (const type of info.resourceTypes) {
      const list = type.arnFormats.flatMap(splitArnFormats);
      if (list.length === 0) complete = false;
      for (const format of list) {
        const compiled = compileFormat(info.service, type, format, facts);
        if (compiled) formats.push(compiled);
        else complete = false;
      }
    }
    if (complete) {
      const first = info.resourceTypes[0];
      result = { types: info.resourceTypes.map((t) => t.name), example: splitArnFormats(first.arnFormats[0])[0], formats };
    }
  }
  if (actionCache.size >= CACHE_LIMIT) actionCache.clear();
  actionCache.set(action, result);
  return result ?? undefined;
}

const formedCache = new Map<string, boolean>();

/**
 * Whether arn-format accepts the entry's shape: a lower-case "arn:", six fields (a `${…}` is one piece of text)
 * and a lower-case service. Anything else (AWS's own "key-name" placeholder, a leading space, "ARN:",
 * `arn:aws:sqs:*`) is arn-format's finding, and a second one here would report the same entry again.
 */
function wellFormed(entry: string): boolean {
  // Cached: the entries of a statement are tested for each statement that names a judged action, and a lookup of
  // the entry's string is cheaper than splitting it again into six new strings.
  let formed = formedCache.get(entry);
  if (formed === undefined) {
    const arn = splitArn(entry);
    formed = arn !== undefined && !(/[A-Z]/.test(arn.service.value) && !arn.service.value.includes('${'));
    if (formedCache.size >= CACHE_LIMIT) formedCache.clear();
    formedCache.set(entry, formed);
  }
  return formed;
}

/**
 * The service field of an entry that is not well formed, read as arn-format's fix would leave it (trimmed, any
 * case, even short of fields), in lower case; undefined when there is none or it is not plain text (`key-name`,
 * `arn:aws:*:…`): such an entry may be meant as any action's resource.
 */
function serviceOfMalformed(entry: string): string | undefined {
  const service = /^arn:[^:]*:([^:]+)/i.exec(entry.trim())?.[1];
  return service === undefined || /[*?]|\$\{/.test(service) ? undefined : service.toLowerCase();
}

interface EntryTokens {
  /** The entry as a pattern, field by field. */
  aligned: Token[];
  /** The same, every `*` spelling colons too; undefined when no `*` or variable precedes the resource part. */
  spanning?: Token[];
  /** The word the resource part starts with, when a ":" or "/" ends it, lower case: "statemachine" in "statemachine:*". */
  typeWord?: string;
  /** The service field, when it and the partition are plain text (then no `*` can spell another service). */
  service?: string;
}

const tokenCache = new Map<string, EntryTokens>();

function entryTokens(entry: string): EntryTokens {
  let tokens = tokenCache.get(entry);
  if (!tokens) {
    // Only well-formed entries get here (see wellFormed), so the ARN splits into its six fields.
    const arn = splitArn(entry)!;
    const plain = (value: string) => !/[*?]|\$\{/.test(value);
    tokens = {
      aligned: arnPatternTokens(entry, false),
      spanning: /[*$]/.test(entry.slice(0, arn.resource.start)) ? arnPatternTokens(entry, true) : undefined,
      typeWord: /^\/?([A-Za-z0-9_.-]+)[:/]/.exec(arn.resource.value)?.[1]?.toLowerCase(),
      service: plain(arn.partition.value) && plain(arn.service.value) ? arn.service.value : undefined,
    };
    if (tokenCache.size >= CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(entry, tokens);
  }
  return tokens;
}

/**
 * Whether a Resource entry can match some ARN of a format: field by field, or with a `*` that ends one of
 * the first five fields spelling colons too (IAM's documented expansion), except that a resource part that
 * starts with a resource-type word of the service (`statemachine:…`, any case) is not read as a name.
 */
function mayMatch(entry: string, format: Format): boolean {
  let result = format.matches.get(entry);
  if (result === undefined) {
    const tokens = entryTokens(entry);
    if (tokens.service !== undefined && tokens.service !== format.arnService) result = false;
    else {
      result = patternsIntersect(tokens.aligned, format.tokens) || (tokens.spanning !== undefined &&
        !(tokens.typeWord !== undefined && format.typeWords.has(tokens.typeWord)) && patternsIntersect(tokens.spanning, format.tokens));
    }
    if (format.matches.size >= MATCH_LIMIT) format.matches.clear();
    format.matches.set(entry, result);
  }
  return result;
}

/**
 * The indexes of the entries that may be meant as one of the action's resources: those whose service field is
 * one of its formats' (or not plain text, or not there at all). An entry of another service, malformed or not,
 * is not (`arn:aws:sns::123456789012:topic` for `sqs:SendMessage` is two mistakes). When one of ARN_SYNTAX_RULES
 * reports such an entry (`arn:aws:sqs::123456789012:queue` lacks only its Region), that finding is the one to fix
 * and this rule's gives way (Report.deferTo); when they are off, or say nothing of it, this rule still reports.
 */
function mayBeMeant(entries: readonly string[], formed: readonly boolean[], details: Judged): number[] {
  const indexes: number[] = [];
  entries.forEach((entry, index) => {
    // A malformed entry reaches here only when it names another service (see the check).
    if (!formed[index]) return;
    const { service } = entryTokens(entry);
    if (service === undefined || details.formats.some((format) => format.arnService === service)) indexes.push(index);
  });
  return indexes;
}

/** The lengths of the SERVICES prefixes, for a quick test before a prefix is cut out and looked up. */
const SERVICE_NAMES = Object.keys(SERVICES);
const PREFIX_LENGTHS = new Set(SERVICE_NAMES.map((service) => service.length));

/**
 * A literal action (no wildcard, no variable) of a judged service. This runs for every Action entry of every
 * Allow statement with specific resources, so the position of the colon is tested before anything else.
 */
function candidate(action: unknown): action is string {
  if (typeof action !== 'string') return false;
  const colon = action.indexOf(':');
  if (!PREFIX_LENGTHS.has(colon)) return false;
  return judgedService(action, colon) && !hasWildcard(action) && !action.includes('${');
}

/**
 * Whether the text before `colon` is a service of SERVICES in any letter case. The services' names are lower-case
 * ASCII letters, so an ASCII prefix is compared code by code (a slice to look up was a new string to hash for
 * every entry); another prefix is lower-cased as before (`\u212Ams`, with a Kelvin sign, lower-cases to `kms`).
 */
function judgedService(action: string, colon: number): boolean {
  for (let i = 0; i < colon; i++) {
    if (action.charCodeAt(i) >= 0x80) {
      const prefix = action.slice(0, colon);
      return Object.hasOwn(SERVICES, prefix) || Object.hasOwn(SERVICES, prefix.toLowerCase());
    }
  }
  return SERVICE_NAMES.some((name) => {
    if (name.length !== colon) return false;
    // A lower-case letter of the name equals the code with bit 0x20 set only for that letter and its capital.
    for (let i = 0; i < colon; i++) if ((action.charCodeAt(i) | 0x20) !== name.charCodeAt(i)) return false;
    return true;
  });
}

/**
 * The indexes of the entries that are KMS alias ARNs (`arn:aws:kms:us-east-1:111122223333:alias/app`), when no
 * action of the statement acts on aliases: every action is known (a pattern by what it matches), none has the alias resource type
 * (kms:CreateAlias, DeleteAlias, UpdateAlias do). The KMS Developer Guide: "When an alias is the value of a
 * resource element, the policy applies to the alias resource, not to any KMS key that might be associated with it."
 */
function unusedAliases(entries: readonly string[], formed: readonly boolean[], actions: readonly unknown[]): number[] {
  const aliases = entries.flatMap((entry, j) => {
    if (!formed[j]) return [];
    const { service, typeWord } = entryTokens(entry);
    return service === 'kms' && typeWord === 'alias' && splitArn(entry)!.resource.value.startsWith('alias/') ? [j] : [];
  });
  if (aliases.length === 0) return [];
  const onAliases = (name: string) => actionInfo(name)?.resourceTypes.some((type) => type.name === 'alias') ?? true;
  const aliasFree = actions.every((action) => {
    if (typeof action !== 'string' || action.includes('${')) return false;
    // A pattern counts by the actions it matches (`kms:*` has kms:CreateAlias); one that matches none is unknown.
    const names = hasWildcard(action) ? expandActionPattern(action) : canonicalAction(action) === undefined ? [] : [action];
    return names.length > 0 && !names.some((name) => /^kms:/i.test(name) && onAliases(name));
  });
  return aliasFree ? aliases : [];
}

export default defineRule({
  id: 'action-resource-type',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownActions: false,
    // Conditions are read only to tell a self-service policy, whose IAM actions another rule judges: a skip.
    unknownCondition: false,
    // Not trust policies (no Resource) nor RCPs (an RCP Allow must have "Resource": "*"); see the rule's doc.
    policyTypes: ['identity', 'resource', 'scp'],
    docs: { description: 'Each action an Allow names has a resource of its type (KMS, DynamoDB, SQS, SNS, Secrets Manager, Lambda, ECR, Step Functions, SSM, IAM, Kinesis, Firehose).' },
    messages: {
      noMatchingResource: '"{{action}}" acts on {{types}} resources ({{format}}), and no Resource of this statement can be one, so the statement never allows it; add such an ARN to Resource or move the action to a statement that has one.',
      aliasResource: 'Resource "{{value}}" is a KMS alias, and no action of this statement acts on aliases: an alias in Resource controls the alias, not the key it points to, so it allows nothing here; name the key ARN, or select keys by alias with a "kms:RequestAlias" or "kms:ResourceAliases" condition.',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow' || 'NotAction' in value || 'NotResource' in value) return;
    const { Action: actions, Resource: resources } = value as NormalizedStatement;
    if (!Array.isArray(actions) || !Array.isArray(resources) || resources.length === 0) return;
    // The Resource test first: it is cheaper, and most statements of managed policies have "Resource": "*".
    if (resources.some((r) => typeof r !== 'string' || /^\*+$/.test(r))) return;
    if (!actions.some(candidate)) return;
    const entries = resources as string[];
    // An entry arn-format reports for its shape stands for an ARN not yet written: nothing to compare with for
    // an action it may be meant for. For the others it is an entry of another service, a second mistake.
    const formed = entries.map(wellFormed);
    const malformedServices = entries.filter((_, j) => !formed[j]).map(serviceOfMalformed);
    let selfService: boolean | undefined;
    let kmsReported = false;
    actions.forEach((action, index) => {
      if (!candidate(action)) return;
      if (/^iam:/i.test(action)) {
        // A self-service policy's IAM actions are mfa-action-resource-type's.
        if (selfService === undefined) {
          const mfa = analyzeMfa(context.policy);
          selfService = mfa.family || mfa.usernameScoped;
        }
        if (selfService) return;
      }
      const details = judged(action);
      if (!details) return;
      if (malformedServices.some((service) => service === undefined || details.formats.some((format) => format.arnService === service))) return;
      if (entries.some((entry, j) => formed[j] && details.formats.some((format) => mayMatch(entry, format)))) return;
      if (/^kms:/i.test(action)) kmsReported = true;
      context.report({
        messageId: 'noMatchingResource',
        path: [...path, 'Action', index],
        data: { action, types: orList(details.types, 4), format: details.example },
        deferTo: { rules: ARN_SYNTAX_RULES, paths: mayBeMeant(entries, formed, details).map((j) => [...path, 'Resource', j]) },
      });
    });
    // An alias beside a key ARN: the actions are allowed on the key, but not on the key the alias names (that an
    // alias alone allows nothing is already said at each KMS action).
    if (kmsReported) return;
    for (const j of unusedAliases(entries, formed, actions)) {
      context.report({ messageId: 'aliasResource', path: [...path, 'Resource', j], data: { value: entries[j] } });
    }
  },
});
