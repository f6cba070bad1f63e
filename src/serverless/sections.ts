import { entryOf, type SrcNode } from '../cloudformation/source.js';

/**
 * The parts of a section the framework takes as one map or as a list of maps it merges (`functions` of
 * functions, `resources` of CloudFormation fragments), each with its path in the file.
 */
export function sectionParts(root: SrcNode | undefined, key: string): Array<[SrcNode, Array<string | number>]> {
  const section = entryOf(root, key)?.value;
  if (!section) return [];
  return section.kind === 'array' ? section.items!.map((item, i) => [item, [key, i]]) : [[section, [key]]];
}
