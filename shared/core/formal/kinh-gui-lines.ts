import type { FixEdit } from '../base/finding.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import type { OutlineMatch } from '../outline/match-outline.ts';
import type { Outline } from '../outline/outline-schema.ts';
import { formalTypeOf } from './document-type.ts';
import { type DocHeader, type HeaderLine, type KinhGui, rangeIn } from './header-line.ts';

/** A blank left to fill ("Kính gửi: ……"): placeholder-text reports it, not the Kính gửi checks. */
const BLANK = /^[\s.…_[\]]*$/u;

/**
 * Whether a document without a Kính gửi part needs one: 'cong-van' for a công văn (NĐ 30 requires it),
 * 'outline' for a báo cáo or tờ trình sent upward whose outline says so (frame.kinhGui) when the
 * document is of the outline's type, null otherwise.
 */
export function kinhGuiExpected(
  header: DocHeader,
  outline: Outline | null,
  match: OutlineMatch | null,
): 'cong-van' | 'outline' | null {
  const type = formalTypeOf(header, outline, match);
  if (type?.congVan === true) return 'cong-van';
  const sameType = !type || type.source === 'outline' || type.type?.documentType === outline?.documentType;
  const byOutline = !!outline?.frame.kinhGui && !!match && !match.isSource && match.part === 0 && sameType;
  return byOutline ? 'outline' : null;
}

/** The recipient lines of a Kính gửi part (the one on its own line first), blanks left out. */
export function recipientLines(k: KinhGui): HeaderLine[] {
  return [...(k.inline ? [k.inline] : []), ...k.items].filter((l) => !BLANK.test(l.text));
}

/** The edit that makes a recipient line end with `mark` (replacing a wrong final ".", ";" or ","). */
export function endEdits(analysis: DocAnalysis, line: HeaderLine, mark: '.' | ';'): FixEdit[] {
  if (line.text.endsWith(mark) && !line.text.endsWith('./.')) return [];
  const wrong = /[.;,:]$/u.test(line.text) ? 1 : 0;
  const range = rangeIn(analysis, line.block, line.end - wrong, line.end);
  return [{ kind: 'replace', block: line.block, range, text: mark }];
}
