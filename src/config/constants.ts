/** The configuration file's name, looked for from the working directory up to the repository root. */
export const CONFIG_FILE_NAME = '.policy-lint.json';

/** The files a directory gives: JSON policies and templates, and CloudFormation templates in YAML (YAML that is no template is skipped). */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.json', '**/*.yaml', '**/*.yml', '**/*.template'];
