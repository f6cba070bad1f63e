/**
 * The Serverless Framework reader, imported by run.ts only for files named like serverless.yml (a chunk of its
 * own in the command's bundle; it shares the CloudFormation reader's chunks).
 */
export { isServerlessService, lintServerless, serverlessEmbeddedPolicies, serverlessPolicies } from './lint.js';
