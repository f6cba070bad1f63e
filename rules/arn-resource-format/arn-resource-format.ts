import type { ArnField } from '../../src/arn/parse.js';
import { editDistance } from '../../src/edit-distance.js';
import type { Fixer } from '../../src/engine/fixer.js';
import { denormalizePath } from '../../src/engine/normalize.js';
import { defineRule } from '../../src/engine/rule.js';
import { databaseLabel, resourceTypeUses } from '../../src/iam/actions-db.js';
import { serviceExists, servicePrefixes } from '../../src/iam/database.js';
import { suggestionLimit } from '../../src/iam/suggest.js';
import { strayWhitespace } from '../../src/words.js';
import {
  ARN_SERVICE_SOURCES, analysisOf, analyzeArn, arnFormatsOf, fitsSomeFormat, formatsFittingAfterColon, resourceArnMatches, typeWord, type ArnAnalysis, type ArnFormat,
} from '../../src/iam/resources.js';

/** `stateMachine` and `statemachine`, `endpoint-config` and `endpointconfig` spell the same word. */
const spelling = (word: string) => word.toLowerCase().replace(/[-_]/g, '');

/** The literal words of a resource part: `apis`, `routes` in `/apis/${ApiId}/routes/${RouteId}`. */
const words = (resource: string) => new Set(resource.split(/[/:]/).filter((w) => w !== '' && !/[*?$]/.test(w)));

/**
 * Up to two formats to show, the likeliest first: those of the same resource type word, then those sharing
 * the most words (`/v2/apis/{id}/routes` and `/apis/${ApiId}/routes/${RouteId}` share two) and the fewest
 * others, then the longest common start.
 */
function examples(formats: readonly ArnFormat[], resource: string): string {
  const word = typeWord(resource);
  const own = words(resource);
  const score = (f: ArnFormat) => {
    let shared = 0;
    while (shared < f.resource.length && f.resource[shared] === resource[shared] && f.resource[shared] !== '$') shared++;
    const theirs = words(f.resource);
    let common = 0;
    for (const w of theirs) if (own.has(w)) common++;
    return (word && f.typeWord === word ? 10_000 : 0) + common * 100 - (theirs.size - common) * 10 + shared;
  };
  const ranked = [...new Map(formats.map((f) => [f.resource, f])).values()]
    .map((f, index) => ({ f, index, score: score(f) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  return ranked.slice(0, 2).map(({ f }) => `"${f.resource}"`).join(', ');
}

interface Finding {
  messageId: string;
  substring: { start: number; length: number };
  data: Record<string, unknown>;
  severity?: 'warn';
  /** The suggested ARN, when there is one. */
  fix?: { messageId: string; data?: Record<string, unknown>; text: string };
}

/**
 * IAM itself refuses a policy whose `iam` ARNs do not start with one of its resource types and "/"
 * (MalformedPolicyDocument: 'IAM resource path must either be "*", root, or start with user/, …'), so there an
 * unknown type is a certain error, not a possible gap in the database. `report/` is in IAM's list but has no
 * format in the database: it gets the general warning.
 */
function diagnoseIam(arn: string, resource: ArnField, formats: readonly ArnFormat[]): Finding | undefined {
  const type = /^[^/*?$]*/.exec(resource.value)![0];
  const slash = resource.value[type.length] === '/';
  const types = [...new Set(formats.filter((f) => f.resource.startsWith(`${f.typeWord}/`)).map((f) => `${f.typeWord}/`))].sort();
  if (!slash && resource.value[type.length] === '$' && types.includes(`${type}/`)) {
    // A type word and then a variable with no "/" between (`user${aws:username}`): no such ARN exists, as the
    // entry fits no format (a variable that may spell the "/" would fit). The "/" is what is missing.
    const withSlash = `${type}/${resource.value.slice(type.length)}`;
    return {
      messageId: 'iamMissingSlash', substring: { start: resource.start, length: resource.value.length },
      data: { value: arn, resource: resource.value, type, expected: withSlash },
      ...(fitsSomeFormat('iam', withSlash) ? { fix: { messageId: 'insertSlash', data: { expected: withSlash }, text: arn.slice(0, resource.start) + withSlash } } : {}),
    };
  }
  if (!slash && type.length < resource.value.length) return undefined; // a wildcard or a variable in the type
  if (slash && (types.includes(`${type}/`) || type === 'report')) return undefined; // a real type, a wrong rest
  const substring = { start: resource.start, length: type.length + (slash ? 1 : 0) };
  const data = { value: arn, resource: resource.value, types: types.map((type) => `"${type}"`).join(', ') };
  // Security keys were "u2f/" in an AWS example of 2018; IAM files them with the other MFA devices.
  const close = type === 'u2f' ? ['mfa'] : types.map((t) => t.slice(0, -1)).filter((t) => editDistance(type.toLowerCase(), t, 2) <= 2);
  const respelt = slash && close.length === 1 ? close[0] + resource.value.slice(type.length) : undefined;
  const fix = respelt && fitsSomeFormat('iam', respelt)
    ? { messageId: 'respell', data: { expected: close[0] }, text: arn.slice(0, resource.start) + respelt } : undefined;
  if (type === 'u2f' && slash) return { messageId: 'u2f', substring, data, fix };
  return fix
    ? { messageId: 'iamTypeDidYouMean', substring, data: { ...data, expected: `${close[0]}/` }, fix }
    : { messageId: 'iamType', substring, data };
}

/**
 * An ARN whose service field is a plain lowercase name that is neither an IAM service prefix nor the service
 * field of any ARN format in the database (`arn:aws:ec:…`, `arn:aws:lamda:…`): a misspelt service, so the entry
 * matches nothing. An error when a known ARN service is close and the ARN fits one of its formats once respelt;
 * a warning otherwise, since the database may not know a new service yet.
 */
/** The IAM service prefixes and the ARN services of ARN_SERVICE_SOURCES, listed on first use. */
let knownArnServices: readonly string[] | undefined;

function diagnoseService(arn: string, analysis: ArnAnalysis): Finding | undefined {
  const { service, resource } = analysis.arn;
  const name = service.value;
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(name) || serviceExists(name) || arnFormatsOf(name).length > 0) return undefined;
  const substring = { start: service.start, length: name.length };
  // The close names whose formats the resource part fits: `ec` → ec2 for `volume/*`, not ecs or ecr.
  const limit = suggestionLimit(name.length);
  knownArnServices ??= [...new Set([...servicePrefixes(), ...Object.keys(ARN_SERVICE_SOURCES)])];
  const fitting = knownArnServices
    .filter((candidate) => editDistance(name, candidate, limit + 1) <= limit && fitsSomeFormat(candidate, resource.value));
  const close = fitting.length === 1 ? fitting[0] : undefined;
  if (close) {
    return {
      messageId: 'serviceDidYouMean', substring, data: { value: arn, service: name, expected: close, database: databaseLabel() },
      fix: { messageId: 'respell', data: { expected: close }, text: arn.slice(0, service.start) + close + arn.slice(service.start + name.length) },
    };
  }
  return { messageId: 'unknownService', substring, severity: 'warn', data: { value: arn, service: name, database: databaseLabel() } };
}

/** What is wrong with an ARN that fits no format; cached per ARN, since the same ARNs recur. */
const findings = new Map<string, Finding | null>();

function diagnose(arn: string, analysis: ArnAnalysis): Finding {
  const service = analysis.arnService!;
  const formats = arnFormatsOf(service);
  const resource = analysis.arn.resource;
  const start = resource.start;
  const replaced = (from: number, length: number, text: string) => arn.slice(0, from) + text + arn.slice(from + length);
  if (resource.value === '') {
    return { messageId: 'empty', substring: { start: start - 1, length: 1 }, data: { value: arn, service, examples: examples(formats, '') } };
  }
  if (resource.value.startsWith(':') && fitsSomeFormat(service, resource.value.slice(1))) {
    return {
      messageId: 'extraColon', substring: { start, length: 1 }, data: { value: arn, rest: resource.value.slice(1) },
      fix: { messageId: 'removeColon', text: replaced(start, 1, '') },
    };
  }
  const word = typeWord(resource.value);
  const wordStart = start + (resource.value.startsWith('/') ? 1 : 0);
  const after = arn[wordStart + word.length];
  /** The part starts with one of the service's own type words (`stack/…`). */
  const ownType = word !== '' && formats.some((f) => f.typeWord === word);
  if (word && (after === undefined || after === '/' || after === ':') && !ownType) {
    const respelt = formats.find((f) => f.typeWord && spelling(f.typeWord) === spelling(word) &&
      fitsSomeFormat(service, resource.value.slice(0, wordStart - start) + f.typeWord + resource.value.slice(wordStart - start + word.length)));
    if (respelt) {
      return {
        messageId: 'spelling', substring: { start: wordStart, length: word.length },
        data: { value: arn, word, expected: respelt.typeWord, service, format: respelt.format },
        fix: { messageId: 'respell', data: { expected: respelt.typeWord }, text: replaced(wordStart, word.length, respelt.typeWord) },
      };
    }
  }
  if (service === 'iam') {
    const finding = diagnoseIam(arn, resource, formats);
    if (finding) return finding;
  }
  // IAM lets a "*" that ends a field match across ":" (IAM User Guide, "Using wildcards in resource ARNs"):
  // `arn:aws:secretsmanager:*:*:sqlworkbench!*` matches secrets through its account field. Legal, but AWS
  // recommends wildcards within fields, and a resource type left out by mistake looks the same.
  const { region, account } = analysis.arn;
  // Not when the part starts with one of the service's type words (`stack/name` without its `/id`): then the
  // entry means that type, and a format it fits only after another type's `:` would be the wrong example.
  const across = !ownType && (region.value.endsWith('*') || account.value.endsWith('*')) ? formatsFittingAfterColon(service, resource.value) : [];
  if (across.length > 0) {
    // Several formats may fit (`/aws-glue/*` fits any `type:${Name}`): show first the types most actions act on.
    const uses = resourceTypeUses(across[0].service);
    across.sort((a, b) => (uses.get(b.resourceType) ?? 0) - (uses.get(a.resourceType) ?? 0));
    return {
      messageId: 'acrossFields', substring: { start, length: resource.value.length }, severity: 'warn',
      data: { value: arn, resource: resource.value, service, field: account.value.endsWith('*') ? 'account' : 'Region', examples: examples(across, resource.value) },
    };
  }
  return {
    messageId: 'noFormat', substring: { start, length: resource.value.length }, severity: 'warn',
    data: { value: arn, resource: resource.value, count: formats.length, service, database: databaseLabel(), examples: examples(formats, resource.value) },
  };
}

export default defineRule({
  id: 'arn-resource-format',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: 'INVALID_ARN_RESOURCE',
    docs: { description: 'The resource part of a resource ARN fits one of the ARN formats of its service.' },
    messages: {
      empty: 'ARN "{{value}}" has no resource part after its last ":"; {{service}} ARNs end with one, such as {{examples}}.',
      extraColon: 'ARN "{{value}}" has an extra ":" before its resource part "{{rest}}"; remove it.',
      removeColon: 'Remove the extra ":".',
      spelling: 'Resource type "{{word}}" in ARN "{{value}}" is written "{{expected}}" in {{service}} ARNs ({{format}}); ARNs are case-sensitive.',
      respell: 'Write "{{expected}}".',
      iamType: 'The resource part "{{resource}}" of ARN "{{value}}" does not start with one of IAM\'s resource types ({{types}}), so IAM rejects the policy (MalformedPolicyDocument).',
      iamTypeDidYouMean: 'The resource part "{{resource}}" of ARN "{{value}}" does not start with one of IAM\'s resource types ({{types}}), so IAM rejects the policy (MalformedPolicyDocument); did you mean "{{expected}}"?',
      iamMissingSlash: 'The resource part "{{resource}}" of ARN "{{value}}" has no "/" after "{{type}}", so it matches no IAM resource ({{type}} ARNs have "{{type}}/" and then the name, and the variable never holds a "/"); write "{{expected}}".',
      insertSlash: 'Write "{{expected}}".',
      u2f: 'The resource part "{{resource}}" of ARN "{{value}}" starts with "u2f/", which is not an IAM resource type, so IAM rejects the policy (MalformedPolicyDocument): security keys are MFA devices, "mfa/"; write "mfa/", or remove the entry if another one already names the device.',
      acrossFields: 'The resource part "{{resource}}" of ARN "{{value}}" fits no {{service}} ARN format by itself and matches only because the "*" that ends its {{field}} field also matches across ":"; write the resource part in full, such as {{examples}}.',
      serviceDidYouMean: 'Service "{{service}}" in ARN "{{value}}" is not a service of the IAM database ({{database}}), so the entry matches nothing; did you mean "{{expected}}"?',
      unknownService: 'Service "{{service}}" in ARN "{{value}}" is not a service of the IAM database ({{database}}), so the entry matches nothing; check the spelling. If the service is new, the database may not list it yet.',
      noFormat: 'The resource part "{{resource}}" of ARN "{{value}}" fits none of the {{service}} ARN formats in the IAM database ({{database}}), such as {{examples}}; check it against the service\'s ARN formats.',
    },
  },
  given: resourceArnMatches,
  check(match, context) {
    // Whitespace around the ARN (`"arn:aws:iam::123456789012:rol/x "`) is arn-format's finding, with the trim
    // suggestion: the part is judged without it, and a finding here gives way to arn-format's on the entry, so
    // that the entry has one finding, and stands when arn-format is off (the misspelt part is a defect too).
    const written = match.value as string;
    const whitespace = strayWhitespace(written);
    const arn = whitespace ? whitespace.trimmed : written;
    const analysis = whitespace ? analyzeArn(arn) : analysisOf(match);
    if (!analysis || analysis.candidates?.length) return;
    let finding = findings.get(arn);
    if (finding === undefined) {
      finding = (analysis.candidates ? diagnose(arn, analysis) : diagnoseService(arn, analysis)) ?? null;
      if (findings.size >= 10_000) findings.clear();
      findings.set(arn, finding);
    }
    if (!finding) return;
    const { fix, substring, ...report } = finding;
    // Positions and the suggestion are of the trimmed ARN: shift them past the leading whitespace, and keep the
    // whitespace in the suggestion, which corrects only this rule's defect.
    const leading = written.length - written.trimStart().length;
    context.report({
      ...report, path: match.path, substring: { start: substring.start + leading, length: substring.length },
      ...(whitespace ? { deferTo: { rules: ['arn-format'], paths: [match.path] } } : {}),
      ...(fix ? {
        suggest: [{
          messageId: fix.messageId, data: fix.data,
          fix: (fixer: Fixer) => fixer.replaceValue(denormalizePath(context.document.value, match.path),
            written.slice(0, leading) + fix.text + written.slice(leading + arn.length)),
        }],
      } : {}),
    });
  },
});
