import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  lintTemplate,
  policyLocations,
  templateEmbeddedPolicies,
  templateSyntaxMessage,
  templateValue
} from "./chunk-3G2JNT7Z.mjs";
import {
  jsonTemplate,
  loadYaml,
  yamlTemplate
} from "./chunk-36QMTALO.mjs";
import "./chunk-MI6N3TQO.mjs";
import "./chunk-NDFDYSKU.mjs";
import "./chunk-E5A4K3G6.mjs";
import "./chunk-PI7H3LEV.mjs";
export {
  jsonTemplate,
  lintTemplate,
  loadYaml,
  policyLocations,
  templateEmbeddedPolicies,
  templateSyntaxMessage,
  templateValue,
  yamlTemplate
};
