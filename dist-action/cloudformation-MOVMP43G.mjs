import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  lintTemplate,
  policyLocations,
  templateEmbeddedPolicies,
  templateSyntaxMessage,
  templateValue
} from "./chunk-S4MPT7SQ.mjs";
import {
  jsonTemplate,
  loadYaml,
  yamlTemplate
} from "./chunk-EDOMHTJH.mjs";
import "./chunk-SAQO74JJ.mjs";
import "./chunk-MA535K3H.mjs";
import "./chunk-OIAPWKBM.mjs";
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
