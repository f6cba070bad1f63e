/**
 * Configuration: `.policy-lint.json` (found from the working directory up to the repository root, or
 * given with --config), per-file settings (presets, rules, overrides, command line) and suppressions.
 * This module never reads process.*: the CLI passes the working directory and its flags in.
 */
export { ConfigError, type ConfigProblem } from './errors.js';
export {
  CONFIG_FILE_NAME, DEFAULT_INCLUDE, defaultConfig, findConfigFile, loadConfig, parseConfig, presetRules,
  type AccessAnalyzerConfig, type AccessAnalyzerLocale, type AccessAnalyzerResourceType, type LoadConfigOptions,
  type LoadedConfig, type Preset, type ResolvedIgnore, type ResolvedOverride, type RuleSetting,
} from './load.js';
export { COMMAND_LINE, checkCliOverrides, settingsForFile, type CliOverrides, type FileSettings } from './settings.js';
export { applySuppressions, ignoreAnchors, suppressMessages, type SuppressedMessage, type SuppressionOutcome } from './suppress.js';
