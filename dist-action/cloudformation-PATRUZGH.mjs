import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  jsonTemplate,
  lintTemplate,
  loadYaml,
  policyLocations,
  templateSyntaxMessage,
  templateValue,
  yamlTemplate
} from "./chunk-XRXSYA32.mjs";
import "./chunk-TKLRM5W5.mjs";
import "./chunk-E5A4K3G6.mjs";
import "./chunk-PI7H3LEV.mjs";
export {
  jsonTemplate,
  lintTemplate,
  loadYaml,
  policyLocations,
  templateSyntaxMessage,
  templateValue,
  yamlTemplate
};
