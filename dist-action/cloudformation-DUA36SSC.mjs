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
} from "./chunk-4AWRNF75.mjs";
import "./chunk-MVO4EOXM.mjs";
import "./chunk-CMX6WTIQ.mjs";
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
