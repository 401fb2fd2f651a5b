import type { DocAnalysis } from '../headings/block-info.ts';

/**
 * The last block of a heading's section: just before the next heading at its depth or above.
 * With `limit` (at least `heading`), the walk stops there: the answer is min(section end, limit),
 * enough to ask whether the section reaches a block without walking all of it.
 */
export function sectionEnd(analysis: DocAnalysis, heading: number, limit = Number.POSITIVE_INFINITY): number {
  const info = analysis.blocks[heading];
  if (!info) return Math.min(heading, limit);
  const part = analysis.parts[info.part];
  const end = part ? part.end : analysis.blocks.length - 1;
  for (let i = heading + 1; i <= end; i++) {
    if (i > limit) return limit;
    const b = analysis.blocks[i];
    if (!b) break;
    if (b.kind === 'heading' && b.level <= info.level) return i - 1;
    if (b.kind === 'closing' || b.kind === 'signature' || b.kind === 'title' || b.kind === 'separator')
      return i - 1;
  }
  return Math.min(end, limit);
}

/** The last block of a part's content, before its Nơi nhận and signature. */
export function contentEnd(analysis: DocAnalysis, partIndex: number): number {
  const part = analysis.parts[partIndex];
  if (!part) return analysis.blocks.length - 1;
  for (let i = part.start; i <= part.end; i++) {
    const kind = analysis.blocks[i]?.kind;
    if (kind === 'closing' || kind === 'signature') return i - 1;
  }
  return part.end;
}

/** The document's last sentence ("Trên đây là báo cáo …./."), or nothing: the definition of isDocumentEnding. */
export const ENDING = /^$|^Trên đây\b|\.\/\.$/u;

/** ENDING.test(text) read at both ends only (the regex tries "./.$" at every unit of a long paragraph). */
export function isDocumentEnding(text: string): boolean {
  if (text === '' || text.endsWith('./.')) return true;
  if (!text.startsWith('Trên đây')) return false;
  const c = text.charCodeAt(8); // \b: no ASCII word character after "đây"
  return !((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f);
}

/** Quotes a heading for a message: its number and title, shortened to a readable length. */
export function quoteHeading(analysis: DocAnalysis, block: number): string {
  const text = analysis.blocks[block]?.text ?? '';
  return text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text;
}
