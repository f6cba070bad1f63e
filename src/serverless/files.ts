/**
 * `${file(./iam/statements.yml)}` and `${file(./x.json):some.path}` written in a service file, followed as the
 * framework's `file` source (v3 and later, lib/configuration/variables/sources/file.js) reads them:
 *   - the path is resolved from the service's directory (the service file's), also in a file included from
 *     elsewhere; it may leave that directory (`${file(../shared/iam.yml)}`): v3 dropped the check that refused
 *     it (serverless/serverless#10478, "files in variables can be resolved from any system path");
 *   - `.yml` and `.yaml` files are YAML (with CloudFormation's short-form tags), `.json` files JSON; other files
 *     (`.js`, plain text) are not read here, and stay placeholders;
 *   - a missing file, or an address (`:statements`, `:a.b.0`, each step a key or a list index) that names
 *     nothing, resolves to no value: with no fallback source (`${file(./x.yml), …}`) the deploy stops
 *     ("Value not found at "file" source");
 *   - a file that cannot be parsed stops the deploy ("Cannot parse").
 * Only a value that is one such variable from start to end, with a literal path and address, is followed; the
 * variables inside the file read are placeholders (nothing is followed from it, so no cycle can form).
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { entryOf, jsonTemplate, yamlTemplate, type ParsedTemplate, type SrcNode } from '../cloudformation/source.js';
import { JSON_BOM_MESSAGE } from './detect.js';
import { quoted } from '../words.js';

/** A `${file(…)}` variable with a literal path, and address when it has one. */
export interface FileReference {
  path: string;
  /** The address's keys (`some.path` → ['some', 'path']); empty for the whole file. */
  address: string[];
  /** Whether another source follows (`${file(./x.yml), []}`), used when the file gives no value. */
  fallback: boolean;
}

/** A quoted or plain literal of the variable syntax (parse.js: `'…'` taken as it is, `"…"` as JSON). */
const LITERAL = String.raw`'[^']*'|"(?:[^"\\]|\\.)*"`;
const REFERENCE = new RegExp(String.raw`^\$\{file\(\s*(${LITERAL}|[^'"(),$\s][^(),$]*?)\s*\)\s*(?::\s*(${LITERAL}|[^'"$,:{}\s][^$,:{}]*?)\s*)?(,[^]*)?\}$`);

function literal(text: string): string | undefined {
  if (text.startsWith("'")) return text.slice(1, -1);
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return undefined;
    }
  }
  return text;
}

/** The file reference a whole string value is, or undefined (another variable, or a path built from variables). */
export function fileReference(value: string): FileReference | undefined {
  const match = REFERENCE.exec(value);
  if (!match) return undefined;
  const path = literal(match[1]);
  const address = match[2] === undefined ? '' : literal(match[2]);
  if (!path || address === undefined) return undefined;
  return { path, address: address === '' ? [] : address.split('.'), fallback: match[3] !== undefined };
}

/** A file read for a reference: its text and tree, or why the framework would stop. */
export type ReadReference =
  | { kind: 'file'; filePath: string; text: string; parsed: ParsedTemplate }
  /** The framework stops the deploy: `message` says why (for a finding on the variable). */
  | { kind: 'error'; message: string }
  /** Not read here (another kind of file, a missing file with a fallback): a placeholder, as before. */
  | { kind: 'skip' };

/**
 * Read the file a reference names, from the service file's directory. `cache` holds each file read once per
 * service file, so that a file referenced twice is one set of positions. `texts` holds the texts linted in
 * place of the files on the disk (by absolute path): the service file itself (`--stdin`, an editor's buffer),
 * an included file that --fix rewrote.
 */
export function readReference(serviceFile: string, reference: FileReference, cache: Map<string, ReadReference>, texts?: ReadonlyMap<string, string>): ReadReference {
  const serviceDir = dirname(resolve(serviceFile));
  const filePath = resolve(serviceDir, reference.path);
  const shown = JSON.stringify(reference.path);
  const extension = extname(filePath).toLowerCase();
  if (!['.yml', '.yaml', '.json'].includes(extension)) return { kind: 'skip' };
  let read = cache.get(filePath);
  if (!read) {
    read = readFile(filePath, extension, relative(serviceDir, filePath), texts?.get(filePath));
    cache.set(filePath, read);
  }
  if (read.kind === 'error' && read.message === MISSING) {
    return reference.fallback
      ? { kind: 'skip' }
      : { kind: 'error', message: `${shown} does not exist: the Serverless Framework stops the deploy (Value not found at "file" source); create it, fix the path (relative to the service's directory), or give a fallback.` };
  }
  return read;
}

const MISSING = 'missing';

function readFile(filePath: string, extension: string, shown: string, given: string | undefined): ReadReference {
  let text: string;
  try {
    text = given ?? readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'error', message: MISSING };
    return { kind: 'error', message: `${quoted(shown)} cannot be read (${(error as Error).message}): the Serverless Framework stops the deploy.` };
  }
  // A YAML file's BOM is skipped by the framework's reader; JSON.parse refuses one, on the text read as UTF-8.
  if (extension === '.json' && text.startsWith('\uFEFF')) {
    return { kind: 'file', filePath, text, parsed: { format: 'json', error: { message: JSON_BOM_MESSAGE, offset: 0, length: 1 } } };
  }
  try {
    return { kind: 'file', filePath, text, parsed: extension === '.json' ? jsonTemplate(text) : yamlTemplate(text) };
  } catch (error) {
    if (error instanceof RangeError) return { kind: 'error', message: `${quoted(shown)} nests too deeply to read.` };
    throw error;
  }
}

/**
 * The node an address names in a file's tree (each step a key of a map, or the index of a list item, as
 * JavaScript's `value[step]`), with its path; undefined when the file has no value there. The key of the
 * last step, when it is a map's, is returned for findings about the value as a whole.
 */
export function addressed(root: SrcNode | undefined, address: readonly string[]): { node: SrcNode; path: Array<string | number>; key?: [number, number] } | undefined {
  let node = root;
  const path: Array<string | number> = [];
  let key: [number, number] | undefined;
  for (const step of address) {
    if (node?.kind === 'array' && /^\d+$/.test(step)) {
      node = node.items![Number(step)];
      path.push(Number(step));
      key = undefined;
    } else {
      const entry = entryOf(node, step);
      node = entry?.value;
      path.push(step);
      key = entry ? [entry.keyStart, entry.keyEnd] : undefined;
    }
    if (!node || node.kind === 'null') return undefined;
  }
  if (!node || node.kind === 'null') return undefined;
  return { node, path, ...(key ? { key } : {}) };
}

/** A `${self:…}` variable with a literal address: the address's steps, and whether a fallback source follows. */
export interface SelfReference {
  address: string[];
  fallback: boolean;
}

const SELF = /^\$\{self:\s*([^'"$,:{}\s][^'"$,:{}]*?)\s*(,[^]*)?\}$/;

/**
 * The `self` reference a whole string value is (`${self:custom.statements}`, `${self:custom.list.0, []}`), or
 * undefined (another variable, an empty address, an address built from variables). The framework's `self`
 * source (v3 and later, lib/configuration/variables/sources/self.js) splits the address on `.` and reads each
 * step from the service's configuration as `value[step]`, a key of a map or the index of a list item, as
 * `addressed` does; v1 and v2 read `${self:custom.x}` the same way.
 */
export function selfReference(value: string): SelfReference | undefined {
  const match = SELF.exec(value);
  if (!match) return undefined;
  const address = match[1].split('.');
  if (address.some((step) => step === '')) return undefined;
  return { address, fallback: match[2] !== undefined };
}
