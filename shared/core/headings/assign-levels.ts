import type { DocModel } from '../document/doc-model.ts';
import type { BlockInfo, DocPart } from './block-info.ts';
import { isHeadingScheme, SCHEME_RANK } from './numbering.ts';

/** Rank of a host heading style without a written number: Heading 1 ≈ "I.", Heading 2 ≈ "1." … */
const STYLE_RANK = [
  SCHEME_RANK.roman,
  SCHEME_RANK.roman,
  SCHEME_RANK.arabic,
  SCHEME_RANK.decimal2,
  SCHEME_RANK['letter-paren'],
];

/**
 * Gives each heading of a part its depth and parent. Depth follows the order in which numbering
 * schemes nest (Phần › Chương › … › I. › 1. › 1.1. › a)), counted over the schemes the part actually
 * uses: a report with only "1." and "a)" has them at depths 1 and 2. Body blocks get the parent of
 * the heading they follow.
 */
export function assignLevels(infos: BlockInfo[], part: DocPart, doc: DocModel): void {
  const stack: Array<{ rank: number; block: number }> = [];
  let current = -1;
  for (let i = part.start; i <= part.end; i++) {
    const info = infos[i];
    if (!info) continue;
    if (info.kind !== 'heading') {
      info.parent = current;
      continue;
    }
    const rank = headingRank(info, doc);
    while (stack.length > 0 && (stack[stack.length - 1]?.rank ?? -1) >= rank) stack.pop();
    info.parent = stack[stack.length - 1]?.block ?? -1;
    stack.push({ rank, block: i });
    info.level = stack.length;
    current = i;
  }
}

function headingRank(info: BlockInfo, doc: DocModel): number {
  const scheme = info.numbering?.scheme;
  if (scheme !== undefined && isHeadingScheme(scheme) && scheme !== 'none') return SCHEME_RANK[scheme];
  const level = doc.blocks[info.index]?.style.headingLevel ?? 1;
  return STYLE_RANK[level] ?? SCHEME_RANK['letter-paren'];
}
