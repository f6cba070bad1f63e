/**
 * Examples in a rule's Markdown page. Under "### Failing", each ```json block is followed by a ```text
 * block with the findings it must produce (`line:column severity message`, one a line); under
 * "### Passing", each ```json block must produce no finding of the rule. A json fence may carry
 * `policyType=<type>` and, last, `options=<json>`.
 */
import type { PolicyType } from '../engine/types.js';

export interface DocExample {
  kind: 'failing' | 'passing';
  code: string;
  /** 1-based line of the code block in the Markdown file, for error messages. */
  line: number;
  policyType?: PolicyType;
  options?: Record<string, unknown>;
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
    if (fence[1] === 'json') {
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
