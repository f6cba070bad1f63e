/** The configuration file's name, looked for from the working directory up to the repository root. */
export const CONFIG_FILE_NAME = '.policy-lint.json';

/**
 * The files a directory gives: JSON policies and templates, CloudFormation templates in YAML (YAML that is no
 * template is skipped), and Terraform files (those without an IAM policy are skipped).
 */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.json', '**/*.yaml', '**/*.yml', '**/*.template', '**/*.tf', '**/*.tfstate'];
