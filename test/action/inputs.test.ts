/** The Action's inputs as read from the runner's environment (the built Action runs them end to end in action.test.ts). */
import { describe, expect, it } from 'vitest';
import { InputError, readInputs } from '../../src/action/inputs.js';

describe('readInputs', () => {
  it('quotes an invalid value as a JSON string, so that a quote or a line break in it cannot end the quotation', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        readInputs(env, '/workspace');
      } catch (error) {
        return (error as InputError).problems;
      }
      return [];
    };
    expect(problems({ 'INPUT_FAIL-ON': 'warn"ing', 'INPUT_POLICY-TYPE': 'role\nscp' })).toEqual([
      'Input "policy-type" must be one of identity, resource, trust, scp, rcp, got "role\\nscp".',
      'Input "fail-on" must be error, warning or never, got "warn\\"ing".',
    ]);
  });
});
