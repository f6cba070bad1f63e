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
} from "./chunk-6V2P7MAB.mjs";
import "./chunk-O3H22ONM.mjs";
import "./chunk-TULTTBMC.mjs";
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
