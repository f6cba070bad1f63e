import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  branchVariants,
  conditionForms,
  embedPolicy,
  entryOf,
  intrinsicOf,
  jsonTemplate,
  mapEdit,
  mapRange,
  onPlaceholder,
  resolveNode,
  wrapStatement
} from "./chunk-EDOMHTJH.mjs";
import {
  FN_SUB_VARIABLE_MESSAGE_ID
} from "./chunk-SAQO74JJ.mjs";
import {
  JSON_SYNTAX_ISSUE_CODE,
  JSON_SYNTAX_MESSAGE_ID,
  JSON_SYNTAX_RULE_ID,
  appliesTo,
  applyEdits,
  findingKey,
  fixesOfPass,
  interpolate,
  lintDocument
} from "./chunk-MA535K3H.mjs";
import {
  LineIndex,
  PolicyDocument,
  compareMessages
} from "./chunk-OIAPWKBM.mjs";

// src/cloudformation/locations.ts
var identity = (path) => ({ path, policyType: "identity" });
var resource = (path, resourceType) => ({ path, policyType: "resource", ...resourceType ? { resourceType } : {} });
var INLINE = [identity(["Policies", "*", "PolicyDocument"])];
var SAM_POLICIES = [
  { path: ["Policies"], policyType: "identity", documentsOnly: true },
  { path: ["Policies", "*"], policyType: "identity", documentsOnly: true }
];
var POLICY_LOCATIONS = {
  "AWS::IAM::Policy": [identity(["PolicyDocument"])],
  "AWS::IAM::ManagedPolicy": [identity(["PolicyDocument"])],
  "AWS::IAM::Role": [{ path: ["AssumeRolePolicyDocument"], policyType: "trust" }, ...INLINE],
  "AWS::IAM::User": INLINE,
  "AWS::IAM::Group": INLINE,
  "AWS::IAM::UserPolicy": [identity(["PolicyDocument"])],
  "AWS::IAM::GroupPolicy": [identity(["PolicyDocument"])],
  "AWS::IAM::RolePolicy": [identity(["PolicyDocument"])],
  "AWS::SSO::PermissionSet": [identity(["InlinePolicy"])],
  "AWS::S3::BucketPolicy": [resource(["PolicyDocument"], "AWS::S3::Bucket")],
  "AWS::S3::AccessPoint": [resource(["Policy"], "AWS::S3::AccessPoint")],
  "AWS::S3::MultiRegionAccessPointPolicy": [resource(["Policy"], "AWS::S3::MultiRegionAccessPoint")],
  "AWS::S3ObjectLambda::AccessPointPolicy": [resource(["PolicyDocument"], "AWS::S3ObjectLambda::AccessPoint")],
  "AWS::S3Express::BucketPolicy": [resource(["PolicyDocument"])],
  // A table's policy, and its stream's (whose checks are not the table's).
  "AWS::DynamoDB::Table": [
    resource(["ResourcePolicy", "PolicyDocument"], "AWS::DynamoDB::Table"),
    resource(["StreamSpecification", "ResourcePolicy", "PolicyDocument"])
  ],
  "AWS::DynamoDB::GlobalTable": [
    resource(["Replicas", "*", "ResourcePolicy", "PolicyDocument"], "AWS::DynamoDB::Table"),
    resource(["Replicas", "*", "ReplicaStreamSpecification", "ResourcePolicy", "PolicyDocument"])
  ],
  "AWS::SQS::QueuePolicy": [resource(["PolicyDocument"])],
  "AWS::SQS::QueueInlinePolicy": [resource(["PolicyDocument"])],
  "AWS::SNS::TopicPolicy": [resource(["PolicyDocument"])],
  "AWS::SNS::TopicInlinePolicy": [resource(["PolicyDocument"])],
  "AWS::KMS::Key": [resource(["KeyPolicy"])],
  "AWS::KMS::ReplicaKey": [resource(["KeyPolicy"])],
  "AWS::SecretsManager::ResourcePolicy": [resource(["ResourcePolicy"])],
  "AWS::ECR::Repository": [resource(["RepositoryPolicyText"])],
  "AWS::ECR::RegistryPolicy": [resource(["PolicyText"])],
  "AWS::Events::EventBus": [resource(["Policy"])],
  // The newer form: one statement; the older form (Action, Principal, Condition properties) is no IAM text.
  "AWS::Events::EventBusPolicy": [{ path: ["Statement"], policyType: "resource", statement: true }],
  "AWS::Kinesis::ResourcePolicy": [resource(["ResourcePolicy"])],
  "AWS::Logs::ResourcePolicy": [resource(["PolicyDocument"])],
  // A cross-account subscription destination: which accounts may subscribe to it (a string of JSON).
  "AWS::Logs::Destination": [resource(["DestinationPolicy"])],
  "AWS::CodeArtifact::Domain": [resource(["PermissionsPolicyDocument"])],
  "AWS::CodeArtifact::Repository": [resource(["PermissionsPolicyDocument"])],
  "AWS::Organizations::ResourcePolicy": [resource(["Content"])],
  "AWS::EFS::FileSystem": [resource(["FileSystemPolicy"])],
  "AWS::Backup::BackupVault": [resource(["AccessPolicy"])],
  "AWS::OpenSearchService::Domain": [resource(["AccessPolicies"])],
  "AWS::Elasticsearch::Domain": [resource(["AccessPolicies"])],
  "AWS::ApiGateway::RestApi": [resource(["Policy"])],
  // An endpoint policy: "Principal": "*" is its normal form (principal-public-access, kms-key-policy-lockout).
  "AWS::EC2::VPCEndpoint": [resource(["PolicyDocument"], "AWS::EC2::VPCEndpoint")],
  // AWS SAM (Transform: AWS::Serverless-2016-10-31): the policies SAM copies into the function's or state
  // machine's role. SAM's own shorthands (policy templates, Api Auth.ResourcePolicy) are not IAM documents.
  "AWS::Serverless::Function": [{ path: ["AssumeRolePolicyDocument"], policyType: "trust" }, ...SAM_POLICIES],
  "AWS::Serverless::StateMachine": SAM_POLICIES,
  // CDK's custom resources that set a policy by an SDK call (the call's Create; its Update is the same call):
  // an OpenSearch or Elasticsearch domain's access policy (opensearch.Domain's accessPolicies), and a
  // CloudWatch Logs resource policy (the one events-targets.CloudWatchLogGroup and opensearch.Domain's
  // logging add). The policy is a string of JSON inside the call's JSON text.
  "Custom::OpenSearchAccessPolicy": [{ path: ["Create"], policyType: "resource", sdkParameter: "AccessPolicies" }],
  "Custom::ElasticsearchAccessPolicy": [{ path: ["Create"], policyType: "resource", sdkParameter: "AccessPolicies" }],
  "Custom::CloudwatchLogResourcePolicy": [{ path: ["Create"], policyType: "resource", sdkParameter: "policyDocument" }]
};
var ORGANIZATIONS_TYPES = {
  SERVICE_CONTROL_POLICY: "scp",
  RESOURCE_CONTROL_POLICY: "rcp"
};
function literal(node) {
  if (!intrinsicOf(node)) return node;
  const resolved = resolveNode(node, []);
  return resolved.kind === "node" ? resolved.node : void 0;
}
function policyLocations(root) {
  const out = [];
  const resources = entryOf(root, "Resources")?.value;
  if (resources?.kind !== "object") return out;
  for (const { key: logicalId, value: resourceNode } of resources.entries) {
    const type = entryOf(resourceNode, "Type")?.value;
    if (type?.kind !== "string") continue;
    const resourceType = String(type.value);
    const properties = entryOf(resourceNode, "Properties")?.value;
    if (!properties) continue;
    let locations = POLICY_LOCATIONS[resourceType];
    if (resourceType === "AWS::Organizations::Policy") {
      const orgType = entryOf(properties, "Type")?.value;
      const policyType = orgType?.kind === "string" ? ORGANIZATIONS_TYPES[String(orgType.value)] : void 0;
      locations = policyType ? [{ path: ["Content"], policyType }] : void 0;
    }
    for (const location of locations ?? []) {
      walk(properties, location.path, ["Resources", logicalId, "Properties"], void 0, (node, path, anchor) => {
        if (location.documentsOnly && !isPolicyDocument(node)) return;
        out.push({
          logicalId,
          resourceType,
          policyType: location.policyType,
          path,
          node,
          anchor,
          ...location.resourceType ? { ruleResourceType: location.resourceType } : {},
          ...location.statement ? { statement: true } : {},
          ...location.sdkParameter ? { sdkParameter: location.sdkParameter } : {}
        });
      });
    }
  }
  return out.sort((a, b) => a.node.start - b.node.start);
}
function isPolicyDocument(node) {
  const value = literal(node);
  return value !== void 0 && entryOf(value, "Statement") !== void 0;
}
function walk(node, steps, path, anchor, found) {
  if (steps.length === 0) {
    if (anchor) found(node, path, anchor);
    return;
  }
  const current = literal(node);
  if (!current) return;
  const [step, ...rest] = steps;
  if (step === "*") {
    if (current.kind !== "array") return;
    current.items.forEach((item, i) => {
      const value = literal(item);
      const first = rest.length === 0 && value?.kind === "object" ? value.entries[0] : void 0;
      if (value) walk(value, rest, [...path, i], first ? [first.keyStart, first.keyEnd] : anchor, found);
    });
    return;
  }
  const next = entryOf(current, step);
  if (!next) return;
  walk(rest.length === 0 ? next.value : literal(next.value) ?? next.value, rest, [...path, step], [next.keyStart, next.keyEnd], found);
}

// src/cloudformation/unknown-condition.ts
function unknownConditionStatements(root, placeholders) {
  if (!root || root.type !== "object" || placeholders.length === 0) return [];
  const statements = property(root, "Statement");
  if (!statements) return [];
  const list = statements.type === "array" ? statements.children ?? [] : [statements];
  const open = (node) => node !== void 0 && placeholders.some(([s, e]) => node.offset < e && node.offset + node.length > s);
  const out = [];
  for (const statement of list) {
    if (statement.type !== "object" ? open(statement) : unknown(statement, open)) out.push([statement.offset, statement.offset + statement.length]);
  }
  return out;
}
function unknown(statement, open) {
  for (const element of statement.children ?? []) {
    const [key, value] = element.children ?? [];
    if (open(key)) return true;
    if (key?.value !== "Condition" || !value) continue;
    if (value.type !== "object") return open(value);
    for (const operator of value.children ?? []) {
      const [name, block] = operator.children ?? [];
      if (open(name)) return true;
      if (!block) continue;
      if (block.type !== "object") {
        if (open(block)) return true;
        continue;
      }
      for (const entry of block.children ?? []) if (open(entry.children?.[0])) return true;
    }
  }
  return false;
}
function property(object, name) {
  let found;
  for (const p of object.children ?? []) if (p.children?.[0]?.value === name) found = p.children[1];
  return found;
}
function unknownConditionFilter(root, placeholders, rules) {
  if (placeholders.length === 0) return void 0;
  const statements = unknownConditionStatements(root(), placeholders);
  if (statements.length === 0) return void 0;
  const byId = new Map(rules.map(({ rule }) => [rule.id, rule.meta.unknownCondition]));
  return (message) => {
    const dependence = message.ruleId ? byId.get(message.ruleId) : void 0;
    if (!dependence || !message.messageId) return true;
    if (dependence.policy?.includes(message.messageId)) return false;
    if (!dependence.statement?.includes(message.messageId)) return true;
    const [start, end] = message.range ?? [0, 0];
    return !statements.some(([s, e]) => start >= s && end <= e);
  };
}

// src/cloudformation/lint.ts
var SUB_VARIABLE_RULE_ID = "policy-variable-syntax";
var SUB_VARIABLE_MESSAGE_ID = FN_SUB_VARIABLE_MESSAGE_ID;
var EmbeddedDocument = class extends PolicyDocument {
  constructor(filePath, text, embedded, lines) {
    super(filePath, text);
    this.embedded = embedded;
    this.lines = lines;
  }
  embedded;
  lines;
  positionAt(offset) {
    const range = mapRange(this.embedded, offset, offset);
    return range ? this.lines.at(range[0]) : super.positionAt(offset);
  }
};
function templateSyntaxMessage(text, error) {
  const lines = new LineIndex(text);
  const offset = Math.min(Math.max(error.offset, 0), text.length);
  const endOffset = Math.min(offset + Math.max(error.length, 0), text.length);
  const start = lines.at(offset);
  const end = lines.at(endOffset);
  return {
    ruleId: JSON_SYNTAX_RULE_ID,
    severity: 2,
    fatal: true,
    message: error.message,
    messageId: JSON_SYNTAX_MESSAGE_ID,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range: [offset, endOffset],
    issueCode: JSON_SYNTAX_ISSUE_CODE
  };
}
var FN_SUB_MISTAKE = { messageId: SUB_VARIABLE_MESSAGE_ID, fixed: (name) => `\${!${name}}` };
function lintEmbeddedPolicies(filePath, text, policies, rules, mistake) {
  const lines = new LineIndex(text);
  const messages = [];
  for (const policy of policies) {
    const { embedded } = policy;
    const document = new EmbeddedDocument(filePath, embedded.text, embedded, lines);
    const typed = policy.ruleResourceType ? rulesForResourceType(rules, policy.ruleResourceType) : rules;
    const { skipRules } = policy;
    const located = skipRules ? typed.filter(({ rule }) => !skipRules.has(rule.id)) : typed;
    const found = lintDocument(document, { policyType: policy.policyType, rules: located });
    const known = found.length > 0 ? unknownConditionFilter(() => document.root, embedded.placeholders, located) : void 0;
    for (const message of known ? found.filter(known) : found) {
      const mapped = mapMessage(message, embedded, policy, lines);
      if (mapped) messages.push(mapped);
    }
    messages.push(...subVariableMessages(embedded, policy, rules, lines, mistake));
  }
  return dedupe(messages).sort(compareMessages);
}
function lintParsedTemplate(filePath, text, parsed, rules) {
  if (parsed.error) return { messages: [templateSyntaxMessage(text, parsed.error)], policies: 0 };
  if (!parsed.root) return { messages: [], policies: 0 };
  const { policies, locations } = templateEmbeddedPolicies(text, parsed);
  return { messages: lintEmbeddedPolicies(filePath, text, policies, rules, FN_SUB_MISTAKE), policies: locations };
}
function templateEmbeddedPolicies(text, parsed) {
  if (parsed.error || !parsed.root) return { policies: [], locations: 0 };
  const locations = policyLocations(parsed.root);
  const forms = conditionForms(parsed.root);
  const policies = [];
  for (const location of locations) {
    [void 0, ...branchVariants(location.node, forms)].forEach((flip, variant) => {
      const read = embedPolicy(text, location.node, location.anchor, flip, location.sdkParameter);
      if (!read) return;
      policies.push({
        embedded: location.statement ? wrapStatement(read, location.anchor) : read,
        path: location.path,
        policyType: location.policyType,
        fixable: variant === 0 && parsed.format === "json" && location.node.kind === "object" && !location.sdkParameter,
        ...location.statement ? { statement: true } : {},
        ...location.ruleResourceType ? { ruleResourceType: location.ruleResourceType } : {}
      });
    });
  }
  return { policies, locations: locations.length };
}
var rulesByResourceType = /* @__PURE__ */ new WeakMap();
function rulesForResourceType(rules, resourceType) {
  let byType = rulesByResourceType.get(rules);
  if (!byType) rulesByResourceType.set(rules, byType = /* @__PURE__ */ new Map());
  let located = byType.get(resourceType);
  if (!located) {
    located = rules.map((enabled) => {
      const properties = enabled.rule.meta.optionsSchema?.properties;
      const option = properties?.resourceType;
      if (!option) return enabled;
      const { resourceType: _configured, ...options } = enabled.options ?? {};
      return { ...enabled, options: option.enum?.includes(resourceType) ? { ...options, resourceType } : options };
    });
    byType.set(resourceType, located);
  }
  return located;
}
function dedupe(messages) {
  const seen = /* @__PURE__ */ new Set();
  return messages.filter((m) => {
    const key = findingKey(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function mapMessage(message, embedded, policy, lines) {
  const { fixable, editText = (text) => text } = policy;
  const [start, end] = message.range ?? [0, 0];
  const opaque = embedded.placeholders.filter(([s, e]) => !KNOWN_FORM.has(placeholderText(embedded.text, s, e)));
  if (onPlaceholder({ ...embedded, placeholders: opaque }, start, end)) return void 0;
  if (embedded.placeholders.some(([s, e]) => start >= s && end <= e && (end > start || start > s))) return void 0;
  if (opaque.some(([s, e]) => e - s > 3 && message.message.includes(placeholderText(embedded.text, s, e)))) return void 0;
  const range = mapRange(embedded, start, end);
  if (!range) return void 0;
  const from = lines.at(range[0]);
  const to = lines.at(range[1]);
  const { fix, suggestions, ...rest } = message;
  const out = {
    ...rest,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    range,
    path: [...policy.path, ...policyPath(message.path ?? [], policy)]
  };
  const mapFix = (edit) => {
    if (!fixable) return void 0;
    const at = mapEdit(embedded, edit.range[0], edit.range[1], edit.text);
    const text = at && editText(edit.text, at);
    return at && text !== void 0 ? { range: at, text } : void 0;
  };
  if (fix) {
    const mappedFix = mapFix(fix);
    if (mappedFix) out.fix = mappedFix;
  }
  if (suggestions) {
    const kept = suggestions.flatMap((s) => {
      const mappedFix = mapFix(s.fix);
      return mappedFix ? [{ ...s, fix: mappedFix }] : [];
    });
    if (kept.length > 0) out.suggestions = kept;
  }
  return out;
}
function policyPath(path, policy) {
  if (!policy.statement) return path;
  return path[0] === "Statement" ? path.slice(1) : [];
}
var KNOWN_FORM = /* @__PURE__ */ new Set(["${AWS::Partition}", "${AWS::Region}", "${AWS::AccountId}", "${AWS::URLSuffix}"]);
function placeholderText(text, start, end) {
  return text.slice(start, end).replace(/\\(["\\/])/g, "$1");
}
function subVariableMessages(embedded, location, rules, lines, mistake) {
  if (embedded.subVariables.length === 0) return [];
  const enabled = rules.find(({ rule }) => rule.id === SUB_VARIABLE_RULE_ID);
  if (!enabled || !appliesTo(enabled.rule, location.policyType)) return [];
  const template = enabled.rule.meta.messages[mistake.messageId];
  return embedded.subVariables.map(({ text, name, start, end }) => {
    const from = lines.at(start);
    const to = lines.at(end);
    return {
      ruleId: SUB_VARIABLE_RULE_ID,
      severity: enabled.severity,
      message: interpolate(template, { text, name, fixed: mistake.fixed(name) }),
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      messageId: mistake.messageId,
      range: [start, end],
      path: location.path
    };
  });
}
function templateValue(node) {
  if (!node) return void 0;
  let value;
  if (node.kind === "object") value = Object.fromEntries(node.entries.map((e) => [e.key, templateValue(e.value)]));
  else if (node.kind === "array") value = node.items.map(templateValue);
  else value = node.value;
  return node.tag ? { [node.tag]: value } : value;
}
function lintTemplate(filePath, text, parsed, rules, options = {}) {
  let current = text;
  let currentParsed = parsed;
  let fixed = false;
  for (let pass = 0; ; pass++) {
    const { messages, policies } = lintParsedTemplate(filePath, current, currentParsed, rules);
    const value = templateValue(currentParsed.root);
    const done = () => ({ messages, fixed, policies, value, ...fixed ? { output: current } : {} });
    if (!options.fix || currentParsed.format !== "json" || pass >= 10) return done();
    const edits = fixesOfPass((options.unsuppressed ?? ((m) => m))(messages, value));
    if (edits.length === 0) return done();
    const next = applyEdits(current, edits);
    let nextParsed;
    try {
      JSON.parse(next);
      nextParsed = jsonTemplate(next);
    } catch {
      return done();
    }
    if (nextParsed.error || next === current) return done();
    current = next;
    currentParsed = nextParsed;
    fixed = true;
  }
}

export {
  policyLocations,
  templateSyntaxMessage,
  lintEmbeddedPolicies,
  templateEmbeddedPolicies,
  templateValue,
  lintTemplate
};
