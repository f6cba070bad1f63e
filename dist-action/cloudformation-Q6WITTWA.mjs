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
} from "./chunk-5AAKTH3T.mjs";
import "./chunk-ZFZ5RIQ7.mjs";
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
