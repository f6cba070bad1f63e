/**
 * The CloudFormation reader, imported by run.ts only when a file is a template (a chunk of its own in the
 * command's bundle, so plain JSON runs do not load it; the YAML parser is a further chunk, loaded for YAML).
 */
export { lintTemplate, templateEmbeddedPolicies, templateSyntaxMessage, templateValue } from './lint.js';
export { jsonTemplate, loadYaml, yamlTemplate } from './source.js';
export { policyLocations } from './locations.js';
