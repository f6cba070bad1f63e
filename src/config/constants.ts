/** The configuration file's name, looked for from the working directory up to the repository root. */
export const CONFIG_FILE_NAME = '.policy-lint.json';
