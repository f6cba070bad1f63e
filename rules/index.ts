/** The registry of rules, in alphabetical order (the meta-test checks it). */
import type { Rule } from '../src/engine/rule.js';
import effectValid from './effect-valid/effect-valid.js';

export const rules: readonly Rule[] = [
  effectValid,
];
