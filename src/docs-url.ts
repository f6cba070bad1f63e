/** Where each rule's documentation page lives (its Markdown file in the repository). */
export const REPOSITORY_URL = 'https://github.com/policy-lint/policy-lint';

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId}/${ruleId}.md`;
}
