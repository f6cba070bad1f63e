/**
 * Examples in a rule's Markdown page. Under "### Failing", each ```json block is followed by a ```text
 * block with the findings it must produce (`line:column severity message`, one a line); under
 * "### Passing", each ```json block must produce no finding of the rule. A json fence may carry
 * `policyType=<type>` and, last, `options=<json>`. A fence with `file=<name>` (```yaml file=template.yaml,
 * ```hcl file=main.tf) is a whole file, linted as policy-lint reads a file of that name (a CloudFormation
 * template, a Terraform file, a Serverless service): for rules that judge what files say outside policies.
 */
import type { PolicyType } from '../engine/types.js';

export interface DocExample {
  kind: 'failing' | 'passing';
  code: string;
  /** 1-based line of the code block in the Markdown file, for error messages. */
  line: number;
  policyType?: PolicyType;
  options?: Record<string, unknown>;
  /** A whole file of this name (not a policy document), from a fence with `file=<name>`. */
  file?: string;
  /** For failing examples: the expected findings. */
  expected?: string[];
}

export function parseDocExamples(markdown: string): DocExample[] {
  const lines = markdown.split('\n');
  const examples: DocExample[] = [];
  let section: 'failing' | 'passing' | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const title = heading[2].trim().toLowerCase();
      section = title === 'failing' ? 'failing' : title === 'passing' ? 'passing' : heading[1].length <= 3 ? undefined : section;
      continue;
    }
    const fence = /^```(\w+)\s*(.*)$/.exec(line);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
    if (!section) continue;
    const file = /(?:^|\s)file=(\S+)/.exec(fence[2]);
    if (file) {
      examples.push({ kind: section, code: body.join('\n') + '\n', line: start + 1, file: file[1] });
    } else if (fence[1] === 'json') {
      const attributes = fence[2];
      const example: DocExample = { kind: section, code: body.join('\n') + '\n', line: start + 1 };
      const type = /policyType=(\w+)/.exec(attributes);
      if (type) example.policyType = type[1] as PolicyType;
      const options = /options=(.*)$/.exec(attributes);
      if (options) example.options = JSON.parse(options[1]);
      examples.push(example);
    } else if (fence[1] === 'text' && section === 'failing') {
      const previous = examples[examples.length - 1];
      if (previous && previous.kind === 'failing' && !previous.expected) previous.expected = body.filter((l) => l.trim() !== '');
    }
  }
  return examples;
}
