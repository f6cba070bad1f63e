/**
 * The relative links of the documentation (README, CHANGELOG, docs/, every rule's page) point at files that
 * exist, and their `#fragment`s at headings of the page they name (GitHub's anchors), so that a reader
 * following "see rule x" or "Which files are linted" never lands on a 404 or the top of a page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '..');

function docs(): string[] {
  const files = ['README.md', 'CHANGELOG.md'];
  for (const file of readdirSync(join(repoRoot, 'docs'))) if (file.endsWith('.md')) files.push(join('docs', file));
  for (const id of readdirSync(join(repoRoot, 'rules'))) {
    const page = join('rules', id, `${id}.md`);
    if (existsSync(join(repoRoot, page))) files.push(page);
  }
  return files;
}

/** Markdown without fenced code blocks, whose lines are neither headings nor links. */
function withoutFences(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** Without inline code spans too, whose brackets are not links. */
function prose(text: string): string {
  return withoutFences(text).replace(/`[^`\n]*`/g, '');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as "-", "-1", "-2" for repeats. */
function anchors(text: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of withoutFences(text).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = m[1].replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** The link targets of a page: inline `[text](target)`, images, and reference definitions `[id]: target`. */
function links(text: string): string[] {
  const body = prose(text);
  return [
    ...[...body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...body.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]),
  ];
}

describe('documentation links', () => {
  it('finds the pages and their links', () => {
    const pages = docs();
    expect(pages).toContain(join('docs', 'pre-commit.md'));
    expect(pages.filter((p) => p.startsWith('rules')).length).toBeGreaterThan(50);
    expect(links(readFileSync(join(repoRoot, 'README.md'), 'utf8')).length).toBeGreaterThan(100);
  });

  it('point at files that exist and at headings that exist', () => {
    const broken: string[] = [];
    for (const page of docs()) {
      const text = readFileSync(join(repoRoot, page), 'utf8');
      for (const link of links(text)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // https:, mailto:
        const [path, fragment] = link.split('#', 2) as [string, string | undefined];
        const target = path === '' ? join(repoRoot, page) : resolve(repoRoot, dirname(page), decodeURI(path));
        if (!target.startsWith(repoRoot) || !existsSync(target)) {
          broken.push(`${page}: ${link}: no such file`);
          continue;
        }
        if (fragment && statSync(target).isFile() && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(fragment.toLowerCase())) {
          broken.push(`${page}: ${link}: ${relative(repoRoot, target)} has no heading with the anchor #${fragment}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('computes anchors as GitHub does', () => {
    expect([...anchors('# A title\n## Which files are linted\n### `--fix`: safe fixes\n## Exit codes\n## Exit codes\n```sh\n# not a heading\n```\n')])
      .toEqual(['a-title', 'which-files-are-linted', '--fix-safe-fixes', 'exit-codes', 'exit-codes-1']);
  });
});
