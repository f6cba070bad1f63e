import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../scripts/corpus.mjs';
import { lazyTree } from './lazy-tree.js';

/** Every field of a node and its descendants, with the parent's type standing for the parent link. */
function plain(node: Node | undefined): unknown {
  if (!node) return node;
  return {
    type: node.type, offset: node.offset, length: node.length, value: node.value, colonOffset: node.colonOffset,
    parent: node.parent?.type, children: node.children?.map(plain),
  };
}

const same = (text: string) => expect(plain(lazyTree(text))).toEqual(plain(parseTree(text, [], { disallowComments: true, allowTrailingComma: false })));

describe('lazyTree', () => {
  it('gives the nodes of jsonc-parser\'s parseTree', () => {
    same('{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": ["a", "b"]}}');
    same('\r\n\t{ "a" : [ 1, -2.5e3, true, false, null, { }, [ ], "x" ] , "b":{"c":{"d":[[]]}} }\n');
    same('{"q\\"uote": "a\\\\", "u": "\\u0041\\"\\\\\\"", "": "", "k": "]}[{,:"}');
    same('{"a": 1, "a": {"b": 2}}'); // duplicate keys are kept
    same('"just a string"');
    same('-0');
    same('42 \r\n\t '); // a scalar root ends before the trailing whitespace
    same('{"a": [1]}\n\n');
    same('[]');
    same('   ');
  });

  it('gives the nodes of parseTree for the seed policies and the examples', () => {
    const folders = [join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'seeds'), join(import.meta.dirname, '..', '..', 'examples')];
    let checked = 0;
    for (const folder of folders) {
      for (const name of readdirSync(folder, { recursive: true }) as string[]) {
        if (!name.endsWith('.json')) continue;
        const text = readFileSync(join(folder, name), 'utf8');
        try {
          JSON.parse(text);
        } catch {
          continue; // lazyTree is for valid JSON only
        }
        same(text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2);
  });

  it('gives the nodes of parseTree for every AWS managed policy', () => {
    const dir: string = extractCorpus();
    const names = readdirSync(dir).filter((name) => name.endsWith('.json'));
    for (const name of names) same(readFileSync(join(dir, name), 'utf8'));
    expect(names.length).toBeGreaterThan(1000);
  });

  it('scans a container once and keeps its nodes', () => {
    const root = lazyTree('{"a": [1, 2], "b": {"c": 3}}')!;
    const b = root.children![1];
    expect(b.children![1].type).toBe('object');
    expect(b.children![1].children![0].children![1].value).toBe(3);
    expect(root.children).toBe(root.children); // scanned once, the same nodes afterwards
  });
});
