/**
 * The files of a Terraform module read as one text, as Terraform reads them together: a module's documents,
 * references and locals may be in any of its files.
 */
import { scanHcl } from './scan.js';

/** A file's place in a module's text: its offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The files of a module as one text, each starting on a line of its own (a line end added after a file that
 * has none), so that the module's documents, references and merges are read together as Terraform reads them.
 */
export interface ModuleText {
  text: string;
  spans: Span[];
  /** The starts of the spans, for fileAt. */
  starts: number[];
}

export function joinModule(texts: readonly string[]): ModuleText {
  let text = '';
  const ranges: Array<[number, number]> = [];
  for (const t of texts) {
    ranges.push([text.length, text.length + t.length]);
    text += t.endsWith('\n') || t === '' ? t : `${t}\n`;
  }
  return { text, spans: ranges.map(([start, end]) => ({ start, end })), starts: ranges.map(([start]) => start) };
}

/** Each file of a module's text scanned from its start (`spans`: joinModule's), with where its scan stopped. */
export function scanModule(text: string, spans: readonly Span[]): Array<ReturnType<typeof scanHcl>> {
  return spans.map(({ start, end }) => scanHcl(end === text.length ? text : text.slice(0, end), start));
}
