import type { Range } from '../base/finding.ts';
import type { BlockInfo, DocAnalysis } from '../headings/block-info.ts';

const cache = new WeakMap<DocAnalysis, readonly (readonly BlockInfo[])[]>();

/**
 * Headings grouped by part, parent and depth: the sibling runs numbering is checked over. Two rules
 * read them: grouped once per analysis, read-only for its users.
 */
export function headingGroups(analysis: DocAnalysis): readonly (readonly BlockInfo[])[] {
  const known = cache.get(analysis);
  if (known) return known;
  const groups = new Map<string, BlockInfo[]>();
  for (const part of analysis.parts) {
    for (const index of part.headings) {
      const info = analysis.blocks[index];
      if (!info) continue;
      const key = `${part.index}:${info.parent}:${info.level}`;
      const list = groups.get(key) ?? [];
      list.push(info);
      groups.set(key, list);
    }
  }
  const found = [...groups.values()];
  cache.set(analysis, found);
  return found;
}

/** Where a heading's number (the label only, not "Phần" or the dot) sits in the block's original text. */
export function labelRange(info: BlockInfo): Range {
  const n = info.numbering;
  if (!n) return [0, 0];
  const at = info.text.indexOf(n.label, n.range[0]);
  const start = at >= 0 ? at : n.range[0];
  const end = at >= 0 ? at + n.label.length : n.range[1];
  return [info.toOriginal(start), info.toOriginal(end)];
}
