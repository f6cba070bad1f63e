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
} from "./chunk-67OQSULZ.mjs";
import "./chunk-OMHM2S6T.mjs";
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
