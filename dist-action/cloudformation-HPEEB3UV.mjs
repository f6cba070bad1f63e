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
} from "./chunk-65TCTLUU.mjs";
import "./chunk-NCBCB4Y4.mjs";
import "./chunk-EPTYAYZ4.mjs";
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
