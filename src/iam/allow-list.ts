/**
 * Options shared by several rules.
 * - `allow`, for the rules that check names against the IAM database (action-exists, condition-key-exists):
 *   patterns of names to accept although the database does not know them, such as names newer than the
 *   database. Patterns have `*` and `?` and compare case-insensitively, like the names.
 * - `additionalRegions`, for the rules that check Region codes (arn-region, condition-region-valid).
 */
import { globMatches } from './glob.js';

/** The option for a rule's meta (`...allowOption('Action patterns to accept …')`): no pattern by default. */
export function allowOption(description: string): { defaultOptions: Record<string, unknown>; optionsSchema: Record<string, unknown> } {
  return {
    defaultOptions: { allow: [] },
    optionsSchema: {
      type: 'object',
      properties: { allow: { type: 'array', items: { type: 'string' }, description } },
      additionalProperties: false,
    },
  };
}

/** Whether a pattern of the rule's `allow` option matches the name. */
export function isAllowed(options: Readonly<Record<string, unknown>>, name: string): boolean {
  const allow = options.allow as readonly string[] | undefined;
  return allow !== undefined && allow.some((pattern) => globMatches(pattern, name));
}

/**
 * The `additionalRegions` option of the rules that check Region codes (arn-region, condition-region-valid):
 * Region codes to accept although policy-lint's list does not have them yet. One list serves both rules.
 */
export function additionalRegionsOption(): { defaultOptions: Record<string, unknown>; optionsSchema: Record<string, unknown> } {
  return {
    defaultOptions: { additionalRegions: [] },
    optionsSchema: {
      type: 'object',
      properties: {
        additionalRegions: {
          type: 'array',
          items: { type: 'string' },
          description: 'Region codes to accept in addition to the built-in list (Regions newer than policy-lint).',
        },
      },
      additionalProperties: false,
    },
  };
}

/** The Region codes a rule's `additionalRegions` option adds. */
export function additionalRegions(options: Readonly<Record<string, unknown>>): readonly string[] {
  return (options.additionalRegions as string[] | undefined) ?? [];
}
