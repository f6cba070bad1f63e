import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  jsonTemplate,
  lintTemplate,
  loadYaml,
  policyLocations,
  templateEmbeddedPolicies,
  templateSyntaxMessage,
  templateValue,
  yamlTemplate
} from "./chunk-YY45I37C.mjs";
import "./chunk-EOKDUHUV.mjs";
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
