import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-5NIZJX4Z.mjs";
import {
  __commonJS
} from "./chunk-WQTWXRXA.mjs";

// node_modules/picomatch/posix.js
var require_posix = __commonJS({
  "node_modules/picomatch/posix.js"(exports, module) {
    module.exports = require_picomatch();
  }
});
export default require_posix();
