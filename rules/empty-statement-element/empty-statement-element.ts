import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';

export default defineRule({
  id: 'empty-statement-element',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownActions: false,
    issueCode: ['EMPTY_ARRAY_ACTION', 'EMPTY_ARRAY_RESOURCE', 'EMPTY_ARRAY_PRINCIPAL', 'EMPTY_OBJECT_PRINCIPAL'],
    docs: { description: 'Action, Resource, Principal and each principal type\'s list are never empty: an empty list or object matches nothing.' },
    messages: {
      emptyAction: '"Action" is an empty list, so this statement applies to no action and has no effect; list the actions, or remove the statement.',
      emptyResource: '"Resource" is an empty list, so this statement applies to no resource and has no effect; list the resources (or "*"), or remove the statement.',
      emptyPrincipalList: 'Principal "{{type}}" is an empty list and names no principal; list the principals, or remove "{{type}}".',
      emptyPrincipalObject: '"Principal" is an empty object, so this statement applies to nobody and has no effect; name the principals, or remove the statement.',
    },
  },
  given: '$.Statement[*]',
  check({ value: statement, path }, context) {
    if (!isObject(statement)) return;
    if (Array.isArray(statement.Action) && statement.Action.length === 0) {
      context.report({ messageId: 'emptyAction', path: [...path, 'Action'], issueCode: 'EMPTY_ARRAY_ACTION' });
    }
    if (Array.isArray(statement.Resource) && statement.Resource.length === 0) {
      context.report({ messageId: 'emptyResource', path: [...path, 'Resource'], issueCode: 'EMPTY_ARRAY_RESOURCE' });
    }
    const principal = statement.Principal;
    if (!isObject(principal)) return;
    const entries = Object.entries(principal);
    if (entries.length === 0) {
      context.report({ messageId: 'emptyPrincipalObject', path: [...path, 'Principal'], issueCode: 'EMPTY_OBJECT_PRINCIPAL' });
      return;
    }
    for (const [type, values] of entries) {
      // The normalised view wraps single values in a list, so an empty list was written as [].
      if (Array.isArray(values) && values.length === 0) {
        context.report({ messageId: 'emptyPrincipalList', path: [...path, 'Principal', type], data: { type }, issueCode: 'EMPTY_ARRAY_PRINCIPAL' });
      }
    }
  },
});
