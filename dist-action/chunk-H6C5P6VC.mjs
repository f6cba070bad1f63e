import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);

// src/serverless/detect.ts
import { basename } from "node:path";
function isServerlessName(filePath) {
  return /^serverless(?:\.[\w-]+)?\.(?:ya?ml|json)$/i.test(basename(filePath));
}
function mayBeServerless(text) {
  return /^\uFEFF?["']?service["']?\s*:|"service"\s*:/m.test(text) && /^\uFEFF?["']?provider["']?\s*:|"provider"\s*:/m.test(text);
}
function namesAwsProvider(text) {
  if (/^\uFEFF?["']?provider["']?\s*:\s*["']?aws["']?\s*(?:#.*)?$/m.test(text)) return true;
  const block = /^\uFEFF?["']?provider["']?\s*:\s*(?:#.*)?\r?\n((?:[ \t]+.*\r?\n?|[ \t]*\r?\n)*)/m.exec(text);
  return block !== null && /^[ \t]+["']?name["']?\s*:\s*["']?aws["']?\s*(?:#.*)?$/m.test(block[1]);
}
var JSON_BOM_MESSAGE = `The file starts with a byte order mark (U+FEFF), which the Serverless Framework's JSON reader refuses: it stops the deploy ("Cannot parse"); save the file without it.`;

export {
  isServerlessName,
  mayBeServerless,
  namesAwsProvider,
  JSON_BOM_MESSAGE
};
