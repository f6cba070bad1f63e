import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  andList,
  databaseRoot,
  defineRule,
  globMatches,
  hasWildcard,
  isObject,
  serviceExists
} from "./chunk-PAVLZHSJ.mjs";

// src/arn/parse.ts
var ARN_PREFIX = "arn:";
function arnFieldCount(value) {
  let fields = 1;
  for (let i = 0; i < value.length && fields < 6; i++) if (value[i] === ":") fields++;
  return fields;
}
function parseArn(value) {
  if (!value.startsWith(ARN_PREFIX)) return void 0;
  const starts = [0];
  for (let i = 0; i < value.length && starts.length < 6; i++) if (value[i] === ":") starts.push(i + 1);
  if (starts.length < 6) return void 0;
  const field = (n) => ({
    value: n === 5 ? value.slice(starts[5]) : value.slice(starts[n], starts[n + 1] - 1),
    start: starts[n]
  });
  return { partition: field(1), service: field(2), region: field(3), account: field(4), resource: field(5) };
}
function hasVariable(value) {
  return value.includes("${");
}

// src/iam/resources.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var PARTITIONS = {
  aws: {
    regions: [
      "af-south-1",
      "ap-east-1",
      "ap-east-2",
      "ap-northeast-1",
      "ap-northeast-2",
      "ap-northeast-3",
      "ap-south-1",
      "ap-south-2",
      "ap-southeast-1",
      "ap-southeast-2",
      "ap-southeast-3",
      "ap-southeast-4",
      "ap-southeast-5",
      "ap-southeast-6",
      "ap-southeast-7",
      "ca-central-1",
      "ca-west-1",
      "eu-central-1",
      "eu-central-2",
      "eu-north-1",
      "eu-south-1",
      "eu-south-2",
      "eu-west-1",
      "eu-west-2",
      "eu-west-3",
      "il-central-1",
      "me-central-1",
      "me-south-1",
      "me-west-1",
      "mx-central-1",
      "sa-east-1",
      "sa-west-1",
      "us-east-1",
      "us-east-2",
      "us-west-1",
      "us-west-2"
    ],
    regionPattern: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/
  },
  "aws-cn": { regions: ["cn-north-1", "cn-northwest-1"], regionPattern: /^cn-\w+-\d+$/ },
  "aws-eusc": { regions: ["eusc-de-east-1"], regionPattern: /^eusc-(de)-\w+-\d+$/ },
  "aws-iso": { regions: ["us-iso-east-1", "us-iso-west-1"], regionPattern: /^us-iso-\w+-\d+$/ },
  "aws-iso-b": { regions: ["us-isob-east-1", "us-isob-west-1"], regionPattern: /^us-isob-\w+-\d+$/ },
  "aws-iso-e": { regions: ["eu-isoe-west-1"], regionPattern: /^eu-isoe-\w+-\d+$/ },
  "aws-iso-f": { regions: ["us-isof-east-1", "us-isof-south-1"], regionPattern: /^us-isof-\w+-\d+$/ },
  "aws-us-gov": { regions: ["us-gov-east-1", "us-gov-west-1"], regionPattern: /^us-gov-\w+-\d+$/ }
};
var regionPartitions;
function partitionOfRegion(region) {
  if (!regionPartitions) {
    regionPartitions = /* @__PURE__ */ new Map();
    for (const [partition, { regions }] of Object.entries(PARTITIONS)) for (const r of regions) regionPartitions.set(r, partition);
  }
  return regionPartitions.get(region);
}
function isKnownPartition(partition) {
  return Object.hasOwn(PARTITIONS, partition);
}
function classifyRegion(region, partition) {
  const owner = partitionOfRegion(region);
  const known = isKnownPartition(partition);
  if (owner) return !known || owner === partition ? { kind: "known", partition: owner } : { kind: "other-partition", partition: owner };
  const candidates = known ? [partition] : Object.keys(PARTITIONS);
  for (const p of candidates) if (PARTITIONS[p].regionPattern.test(region)) return { kind: "unlisted", partition: p };
  return { kind: "invalid" };
}
function readData(...parts) {
  const file = join(databaseRoot(), "data", ...parts);
  if (!existsSync(file)) return void 0;
  return JSON.parse(readFileSync(file, "utf8"));
}
var rcpServices;
function rcpSupportedServices() {
  if (!rcpServices) rcpServices = new Set((readData("rcpSupportedServices.json") ?? []).map((s) => s.toLowerCase()));
  return rcpServices;
}
function splitArn(value) {
  if (!value.startsWith(ARN_PREFIX)) return void 0;
  const starts = [0];
  for (let i = 0; i < value.length && starts.length < 6; i++) {
    const c = value[i];
    if (c === ":") starts.push(i + 1);
    else if (c === "$" && value[i + 1] === "{") {
      const end = value.indexOf("}", i + 2);
      if (end > 0) i = end;
    }
  }
  if (starts.length < 6) return void 0;
  const field = (n) => ({
    value: n === 5 ? value.slice(starts[5]) : value.slice(starts[n], starts[n + 1] - 1),
    start: starts[n]
  });
  return { partition: field(1), service: field(2), region: field(3), account: field(4), resource: field(5) };
}
function s3BucketArn(value) {
  const arn = splitArn(value);
  if (!arn || arn.service.value !== "s3" || arn.region.value !== "" || arn.account.value !== "") return void 0;
  const name = arn.resource.value;
  const slash = name.indexOf("/");
  const bucket = slash < 0 ? name : name.slice(0, slash);
  return bucket === "" ? void 0 : { partition: arn.partition.value, bucket, object: slash >= 0 };
}
var ARN_SERVICE_SOURCES = {
  "acm": ["ec2"],
  "amplify": ["wafv2"],
  "apigateway": ["wafv2"],
  "app-integrations": ["connect"],
  "apprunner": ["wafv2"],
  "appsync": ["wafv2"],
  "bedrock-agentcore": ["wafv2"],
  "billing": ["bcm-data-exports", "ce"],
  "catalog": ["servicecatalog"],
  "cloudfront": ["cloudfront-keyvaluestore"],
  "cloudtrail": ["cloudtrail-data"],
  "codewhisperer": ["q"],
  "cognito-idp": ["wafv2"],
  "compute-optimizer": ["aco-automation"],
  "ds": ["ds-data"],
  "ec2": ["ebs", "ec2-instance-connect", "route53", "ssm", "vpce", "wafv2", "workspaces-instances"],
  "ecs": ["ssm"],
  "eks": ["aps", "eks-auth"],
  "elastic-inference": ["ec2"],
  "elasticloadbalancing": ["arc-zonal-shift", "waf-regional", "wafv2"],
  "iam": ["codestar", "ec2", "es", "ssm", "sts"],
  "iot": ["greengrass", "iotjobsdata", "iotwireless"],
  "iq-permission": ["iq"],
  "kafka": ["kafka-cluster"],
  "kms": ["events", "kinesis"],
  "license-manager": ["ec2"],
  "mpa": ["payment-cryptography"],
  "opensearch": ["es"],
  "qbusiness": ["qapps"],
  "qdeveloper": ["q"],
  "rds": ["rds-data"],
  "redshift": ["redshift-data"],
  "redshift-serverless": ["redshift-data"],
  "resource-groups": ["ec2"],
  "route53-recovery-control": ["route53-recovery-cluster", "route53-recovery-control-config"],
  "s3": ["ssm"],
  "s3-object-lambda": ["s3"],
  "sagemaker": ["sagemaker-mlflow"],
  "sns": ["devops-guru"],
  "sso": ["sso-oauth"],
  "vpc-lattice": ["vpc-lattice-svcs"],
  "wafv2": ["apprunner", "cognito-idp"],
  "wisdom": ["connect"]
};
var EXTRA_FORMATS = {
  sts: [{ service: "iam", resourceType: "assumed-role", format: "arn:${Partition}:sts::${Account}:assumed-role/${RoleName}/${RoleSessionName}" }],
  cloudformation: [{ service: "cloudformation", resourceType: "transform", format: "arn:${Partition}:cloudformation:${Region}:aws:transform/${TransformName}" }]
};
var ANY_RUN = -1;
var ANY_ONE = -2;
var SEGMENT_RUN = -3;
var SEGMENT_ONE = -4;
var COLON = 58;
var fileCache = /* @__PURE__ */ new Map();
var formatsByArnService = /* @__PURE__ */ new Map();
function fieldKind(value) {
  if (value === "") return "empty";
  if (value === "*") return "any";
  if (/^\$\{[^}]*\}$/.test(value)) return "required";
  return "literal";
}
function compileFormat(service, resourceType, format) {
  const colons = [];
  for (let i = format.indexOf(":"); i >= 0 && colons.length < 5; i = format.indexOf(":", i + 1)) colons.push(i);
  if (colons.length < 5 || !format.startsWith(ARN_PREFIX)) return void 0;
  const field = (n) => format.slice(colons[n - 1] + 1, colons[n]);
  const serviceField = field(2);
  const resource = format.slice(colons[4] + 1);
  const variable = resource.search(/\$\{|\*/);
  return {
    service,
    resourceType,
    format,
    arnService: serviceField.includes("${") ? service : serviceField,
    region: fieldKind(field(3)),
    account: fieldKind(field(4)),
    resource,
    typeWord: typeWord(resource),
    prefix: variable < 0 ? resource : resource.slice(0, variable)
  };
}
function tokensOf(format) {
  return format.tokens ??= tokens(format.resource, false);
}
function typeWord(resource) {
  const match = /^\/?([A-Za-z0-9_.-]*)/.exec(resource);
  return match[1];
}
function splitArnFormats(text) {
  return (text.includes(", arn:") ? text.split(/,\s*(?=arn:)/) : [text]).map((format) => format.trim());
}
function formatsOfFile(service) {
  let formats = fileCache.get(service);
  if (!formats) {
    formats = [];
    const raw = serviceExists(service) ? readData("resourceTypes", `${service}.json`) : void 0;
    for (const type of Object.values(raw ?? {})) {
      for (const format of splitArnFormats(type.arn)) {
        const compiled = compileFormat(service, type.key, format);
        if (compiled) formats.push(compiled);
      }
    }
    fileCache.set(service, formats);
  }
  return formats;
}
function arnFormatsOf(arnService) {
  return compiledFormatsOf(arnService);
}
function compiledFormatsOf(arnService) {
  let formats = formatsByArnService.get(arnService);
  if (!formats) {
    const sources = [arnService, ...ARN_SERVICE_SOURCES[arnService] ?? []];
    formats = sources.flatMap((source) => formatsOfFile(source)).filter((f) => f.arnService === arnService);
    if (formats.length > 0) {
      for (const extra of EXTRA_FORMATS[arnService] ?? []) {
        const compiled = compileFormat(extra.service, extra.resourceType, extra.format);
        if (compiled) formats.push(compiled);
      }
    }
    formatsByArnService.set(arnService, formats);
  }
  return formats;
}
function tokens(text, policy) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "$" && text[i + 1] === "{") {
      const end = text.indexOf("}", i + 2);
      if (!policy) out.push(ANY_ONE);
      if (out[out.length - 1] !== ANY_RUN) out.push(ANY_RUN);
      if (end < 0) break;
      i = end;
    } else if (c === "*") {
      if (out[out.length - 1] !== ANY_RUN) out.push(ANY_RUN);
    } else if (c === "?" && policy) out.push(ANY_ONE);
    else out.push(text.charCodeAt(i));
  }
  return out;
}
function arnPatternTokens(value, span) {
  const out = [];
  let colons = 0;
  const push = (run) => {
    const last = out[out.length - 1];
    if (last === ANY_RUN || last === SEGMENT_RUN && run === SEGMENT_RUN) return;
    if (last === SEGMENT_RUN) out[out.length - 1] = run;
    else out.push(run);
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "$" && value[i + 1] === "{") {
      push(span || colons >= 5 ? ANY_RUN : SEGMENT_RUN);
      const end = value.indexOf("}", i + 2);
      if (end < 0) break;
      i = end;
    } else if (c === "*") push(span || colons >= 5 ? ANY_RUN : SEGMENT_RUN);
    else if (c === "?") out.push(ANY_ONE);
    else {
      if (c === ":") colons++;
      out.push(value.charCodeAt(i));
    }
  }
  return out;
}
function arnFormatTokens(format, options = {}) {
  const out = [];
  let colons = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "$" && format[i + 1] === "{") {
      const end = format.indexOf("}", i + 2);
      const name = format.slice(i + 2, end < 0 ? format.length : end);
      if (options.colonVariables?.has(name)) out.push(ANY_ONE, ANY_RUN);
      else if (colons === 4 && options.emptyAccount) out.push(SEGMENT_RUN);
      else out.push(SEGMENT_ONE, SEGMENT_RUN);
      if (end < 0) break;
      i = end;
    } else if (c === "*") out.push(ANY_RUN);
    else {
      if (c === ":") colons++;
      out.push(format.charCodeAt(i));
    }
  }
  return out;
}
var reachBuffer = new Uint8Array(4096);
function runTakes(run, t) {
  return run === ANY_RUN || t !== COLON;
}
function charsAgree(x, y) {
  if (x === y || x === ANY_ONE || y === ANY_ONE) return true;
  if (x === SEGMENT_ONE) return y !== COLON;
  if (y === SEGMENT_ONE) return x !== COLON;
  return false;
}
function patternsIntersect(a, b) {
  const A = a.length;
  const B = b.length;
  const width = B + 1;
  const size = (A + 1) * width;
  if (reachBuffer.length < size) reachBuffer = new Uint8Array(size * 2);
  const reach = reachBuffer;
  reach.fill(0, 0, size);
  reach[0] = 1;
  for (let i = 0; i <= A; i++) {
    for (let j = 0; j <= B; j++) {
      const cell = i * width + j;
      if (reach[cell] === 0) continue;
      if (i === A && j === B) return true;
      const x = i < A ? a[i] : 0;
      const y = j < B ? b[j] : 0;
      if (i < A && (x === ANY_RUN || x === SEGMENT_RUN)) {
        reach[cell + width] = 1;
        if (j < B && runTakes(x, y)) reach[cell + 1] = 1;
      } else if (j < B && (y === ANY_RUN || y === SEGMENT_RUN)) {
        reach[cell + 1] = 1;
        if (i < A && runTakes(y, x)) reach[cell + width] = 1;
      } else if (i < A && j < B && charsAgree(x, y)) {
        reach[cell + width + 1] = 1;
      }
    }
  }
  return false;
}
function tokensMatch(pattern, text) {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] === ANY_RUN) {
      star = p++;
      mark = t;
    } else if (p < pattern.length && (pattern[p] === text.charCodeAt(t) || pattern[p] === ANY_ONE)) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === ANY_RUN) p++;
  return p === pattern.length;
}
function fieldCanBeEmpty(value) {
  return /^(?:\*|\$\{[^}]*\})*$/.test(value);
}
function fieldIsPattern(value) {
  return /[*?]|\$\{/.test(value);
}
var analyses = /* @__PURE__ */ new Map();
var ANALYSIS_CACHE_LIMIT = 1e5;
function analyzeArn(value) {
  const cached = analyses.get(value);
  if (cached !== void 0) return cached ?? void 0;
  const arn = splitArn(value);
  let analysis = null;
  if (arn) {
    analysis = { arn };
    const service = arn.service.value;
    if (/^[a-z0-9][a-z0-9.-]*$/.test(service)) {
      const formats = compiledFormatsOf(service);
      if (formats.length > 0) {
        analysis.arnService = service;
        analysis.candidates = matchingFormats(formats, arn.resource.value);
      }
    }
  }
  if (analyses.size >= ANALYSIS_CACHE_LIMIT) analyses.clear();
  analyses.set(value, analysis);
  return analysis ?? void 0;
}
function fitsSomeFormat(arnService, resource) {
  return matchingFormats(compiledFormatsOf(arnService), resource).length > 0;
}
function formatsFittingAfterColon(arnService, resource) {
  const pattern = tokens(resource, true);
  return compiledFormatsOf(arnService).filter((format) => {
    for (let k = format.resource.indexOf(":"); k >= 0; k = format.resource.indexOf(":", k + 1)) {
      const open = format.resource.lastIndexOf("${", k);
      if (open >= 0 && format.resource.indexOf("}", open) > k) continue;
      const tail = tokens(format.resource.slice(k + 1), false);
      if (endsAgree(pattern, tail) && patternsIntersect(pattern, tail)) return true;
    }
    return false;
  });
}
function matchingFormats(formats, resource) {
  if (!/[*?]|\$\{/.test(resource)) return formats.filter((f) => resource.startsWith(f.prefix) && tokensMatch(tokensOf(f), resource));
  const pattern = tokens(resource, true);
  return formats.filter((f) => endsAgree(pattern, tokensOf(f)) && patternsIntersect(pattern, tokensOf(f)));
}
function endsAgree(a, b) {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === ANY_RUN || y === ANY_RUN) break;
    if (x !== y && x !== ANY_ONE && y !== ANY_ONE) return false;
  }
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
    const x = a[i];
    const y = b[j];
    if (x === ANY_RUN || y === ANY_RUN) break;
    if (x !== y && x !== ANY_ONE && y !== ANY_ONE) return false;
  }
  return true;
}
var ANALYSIS = /* @__PURE__ */ Symbol("arnAnalysis");
function analysisOf(match) {
  const holder = match;
  let analysis = holder[ANALYSIS];
  if (analysis === void 0) {
    analysis = typeof match.value === "string" ? analyzeArn(match.value) ?? null : null;
    holder[ANALYSIS] = analysis;
  }
  return analysis ?? void 0;
}
function splitArnOf(match) {
  const analysis = match[ANALYSIS];
  if (analysis !== void 0) return analysis?.arn;
  return typeof match.value === "string" ? splitArn(match.value) : void 0;
}
var RESOURCE_ELEMENTS = ["Resource", "NotResource"];
var lastPolicy;
var lastMatches = [];
function resourceArnMatches(policy) {
  if (!isObject(policy)) return [];
  if (policy === lastPolicy) return lastMatches;
  const matches = [];
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [];
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i];
    if (!isObject(statement)) continue;
    for (const element of RESOURCE_ELEMENTS) {
      const list = statement[element];
      if (!Array.isArray(list)) continue;
      for (let j = 0; j < list.length; j++) {
        const value = list[j];
        if (typeof value === "string" && value !== "*") matches.push({ value, path: ["Statement", i, element, j] });
      }
    }
  }
  lastPolicy = policy;
  lastMatches = matches;
  return matches;
}
var AWS_OWNED_WITHOUT_ACCOUNT = /* @__PURE__ */ new Set([
  "ssm/document",
  "ssm/automation-definition",
  "ssm/parameter",
  "resource-explorer-2/view"
]);
function describeFormats(formats) {
  if (formats.length === 0) return { types: "", format: "" };
  const arnService = formats[0].arnService;
  const own = formats.filter((f) => f.service === arnService);
  const chosen = own.length > 0 ? own : formats;
  const service = chosen[0].service;
  const names = [...new Set(chosen.filter((f) => f.service === service).map((f) => f.resourceType))];
  const list = andList(names, 3);
  return { types: `${service} ${list}`, format: chosen[0].format };
}

// rules/arn-format/arn-format.ts
var EXECUTE_API_SHORTHAND = "execute-api:/";
var OWNER_ALIASES = /* @__PURE__ */ new Set(["aws"]);
function accountIsValid(account) {
  if (hasVariable(account)) return true;
  if (hasWildcard(account)) return accountPatternFits(account);
  return account === "" || /^\d{12}$/.test(account) || OWNER_ALIASES.has(account);
}
function accountPatternFits(account) {
  if ([...OWNER_ALIASES].some((alias) => globMatches(account, alias, { caseSensitive: true }))) return true;
  if (!/^[\d*?]+$/.test(account)) return false;
  const fixed = account.replace(/\*/g, "").length;
  return account.includes("*") ? fixed <= 12 : fixed === 12;
}
var MANAGED_POLICY_ARN_MESSAGE_ID = "managedPolicyArn";
var arn_format_default = defineRule({
  id: "arn-format",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    issueCode: ["INVALID_ARN_PREFIX", "MISSING_ARN_FIELD", "INVALID_ARN_ACCOUNT", "INVALID_ARN_SERVICE_CASE"],
    docs: { description: 'Each Resource and NotResource entry is "*" or an ARN with six fields, a lowercase service and an account that is empty, "aws", 12 digits or a pattern of them.' },
    messages: {
      invalidPrefix: '"{{value}}" is not an ARN: a resource is "*" or starts with "arn:".',
      uppercasePrefix: '"{{value}}" starts with "{{prefix}}"; the ARN prefix is lowercase "arn:".',
      missingField: 'ARN "{{value}}" has {{count}} of its 6 fields; write arn:partition:service:region:account-id:resource, keeping the colons of empty fields (e.g. "arn:aws:s3:::my-bucket").',
      invalidAccount: 'Account "{{account}}" in ARN "{{value}}" is not an account ID; use 12 digits, "*", or leave it empty where the service has none.',
      accountPattern: 'Account pattern "{{account}}" in ARN "{{value}}" matches no account ID (12 digits), so the entry matches nothing; write the account ID or "*".',
      serviceCase: 'Service "{{service}}" in ARN "{{value}}" must be lowercase: "{{expected}}".',
      lowercaseService: 'Write the service as "{{expected}}".',
      managedPolicyArn: '"{{value}}" in {{where}} is not a managed policy ARN ({{problem}}); write arn:aws:iam::aws:policy/<name> for an AWS managed policy, or arn:aws:iam::<12-digit account ID>:policy/<path/><name> for your own.'
    }
  },
  given: resourceArnMatches,
  check(match, context) {
    const { value, path } = match;
    const arn = value;
    if (context.policyType === "resource" && arn.startsWith(EXECUTE_API_SHORTHAND)) return;
    if (!arn.startsWith(ARN_PREFIX)) {
      const prefix = arn.slice(0, 4);
      const uppercase = prefix.toLowerCase() === ARN_PREFIX;
      context.report({
        messageId: uppercase ? "uppercasePrefix" : "invalidPrefix",
        path,
        issueCode: "INVALID_ARN_PREFIX",
        data: { value: arn, prefix },
        ...uppercase ? { substring: { start: 0, length: 4 } } : {}
      });
      return;
    }
    const parsed = splitArnOf(match) ?? parseArn(arn);
    if (!parsed) {
      context.report({ messageId: "missingField", path, issueCode: "MISSING_ARN_FIELD", data: { value: arn, count: arnFieldCount(arn) } });
      return;
    }
    const { service, account } = parsed;
    if (/[A-Z]/.test(service.value) && !hasVariable(service.value)) {
      const expected = service.value.toLowerCase();
      context.report({
        messageId: "serviceCase",
        path,
        issueCode: "INVALID_ARN_SERVICE_CASE",
        substring: { start: service.start, length: service.value.length },
        data: { service: service.value, value: arn, expected },
        suggest: [{
          messageId: "lowercaseService",
          data: { expected },
          fix: (fixer) => fixer.replaceValue(path, arn.slice(0, service.start) + expected + arn.slice(service.start + service.value.length))
        }]
      });
    }
    if (!accountIsValid(account.value)) {
      context.report({
        messageId: hasWildcard(account.value) ? "accountPattern" : "invalidAccount",
        path,
        issueCode: "INVALID_ARN_ACCOUNT",
        substring: { start: account.start, length: account.value.length },
        data: { account: account.value, value: arn }
      });
    }
  }
});

export {
  parseArn,
  hasVariable,
  PARTITIONS,
  isKnownPartition,
  classifyRegion,
  rcpSupportedServices,
  splitArn,
  s3BucketArn,
  typeWord,
  splitArnFormats,
  arnFormatsOf,
  arnPatternTokens,
  arnFormatTokens,
  patternsIntersect,
  fieldCanBeEmpty,
  fieldIsPattern,
  fitsSomeFormat,
  formatsFittingAfterColon,
  analysisOf,
  resourceArnMatches,
  AWS_OWNED_WITHOUT_ACCOUNT,
  describeFormats,
  MANAGED_POLICY_ARN_MESSAGE_ID,
  arn_format_default
};
