import { defineRule } from '../../src/engine/rule.js';
import type { JSON_SYNTAX_MESSAGE_ID } from '../../src/engine/linter.js';

/** The engine reports syntax errors with this message id (src/engine/linter.ts); the type keeps the two in step. */
const messageId: typeof JSON_SYNTAX_MESSAGE_ID = 'syntaxError';

/**
 * Syntax errors are found by the engine while parsing, before any rule runs: a document that is not JSON
 * cannot be linted further. This rule gives that finding an id, metadata and a documentation page; its
 * `given` selects nothing, so `check` never runs on a parsed document.
 */
export default defineRule({
  id: 'json-syntax',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    issueCode: 'JSON_SYNTAX_ERROR',
    docs: { description: 'The file is a single, strict JSON document: no comments, trailing commas, byte order mark or truncation.' },
    messages: { [messageId]: '{{message}}' },
  },
  given: () => [],
  check() {
    // Never called: see src/engine/linter.ts syntaxMessage.
  },
});
