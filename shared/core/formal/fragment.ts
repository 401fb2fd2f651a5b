import type { DocAnalysis } from '../headings/block-info.ts';
import { isAllCaps } from '../headings/classify.ts';
import { foldInPlace } from './fold-in-place.ts';
import type { DocHeader } from './header-line.ts';
import { headerSegments } from './header-segments.ts';
import { headerOf } from './locate-header.ts';

/**
 * How much of a document the text holds: all of it, or a fragment — no header at all (a web
 * excerpt, a text whose header table was lost), or a header with no ending (no Nơi nhận, no
 * signature: cut mid-way). The rules that report a missing part stay silent on a fragment.
 */
export type Completeness = 'complete' | 'no-header' | 'no-ending';

const cache = new WeakMap<DocAnalysis, Completeness>();

/** The completeness of the first document in the analysis, computed once per analysis. */
export function completeness(analysis: DocAnalysis): Completeness {
  let known = cache.get(analysis);
  if (!known) {
    known = judge(analysis, headerOf(analysis));
    cache.set(analysis, known);
  }
  return known;
}

/** Whether the text is a fragment (no header, or cut before its ending). */
export function isFragment(analysis: DocAnalysis): boolean {
  return completeness(analysis) !== 'complete';
}

function judge(analysis: DocAnalysis, h: DocHeader): Completeness {
  if (!h.so && !h.date && !h.quocHieu && !h.tieuNgu && h.issuers.length === 0) return 'no-header';
  // The ending: Nơi nhận or a signature block, the end mark "./." (NĐ 30/2020, Phụ lục I, mục II.6),
  // or a last line in capitals (the signer's title: "THƯ KÝ", "CHỦ TRÌ HỘI NGHỊ"). Read from the end:
  // a complete document settles it in a few blocks.
  let last: string | null = null;
  for (let b = analysis.blocks.length - 1; b >= 0; b--) {
    const info = analysis.blocks[b];
    if (!info) continue;
    if (info.kind === 'closing' || info.kind === 'signature' || endsWithMark(info.text)) return 'complete';
    if (last === null && info.text.trim()) {
      last = info.text.trim();
      if (last.length <= 120 && isAllCaps(last)) return 'complete';
    }
  }
  return 'no-ending';
}

/** "Số" opening a header cell, in any form ("Số: 12/KH-…", "Số 07-KL/VPTW", "Số: 36/2025/QĐ-UBND"). */
const SO_CELL = /^so\s*[:\d/-]|^so\s+\S*[\d/-]/;

/** Whether the header holds a Số line in any form, the State's, the Party's or a legal text's. */
export function hasSoLine(analysis: DocAnalysis): boolean {
  const h = headerOf(analysis);
  if (h.so) return true;
  const end = Math.min(analysis.blocks.length, h.bodyStart + 1);
  for (let b = 0; b < end; b++) {
    const text = analysis.blocks[b]?.text ?? '';
    for (const seg of headerSegments(text)) {
      if (SO_CELL.test(foldInPlace(text).slice(seg.start, seg.end))) return true;
    }
  }
  return false;
}

/** Whether a text ends with "./." (spaces after it allowed), without a regex over the whole text. */
function endsWithMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  return (
    i >= 2 &&
    text.charCodeAt(i) === 0x2e &&
    text.charCodeAt(i - 1) === 0x2f &&
    text.charCodeAt(i - 2) === 0x2e
  );
}
