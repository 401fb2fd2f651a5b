import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DashUse, scanDashes } from '../../../../shared/core/text/dash-faults.ts';
import { fold } from '../../../../shared/core/text/fold.ts';

// scanDashes as it read every dash before it skipped the số ký hiệu tests for a dash spaced on both
// sides (the definition the faster reading must give back).
/** A dash with at most one space on each side. */
const DASH = /[-–]/g;
const LEFT_OK = /[\p{L}\d)”’"]/u;
const RIGHT_OK = /[\p{L}\d(“"]/u;
const LETTERS_ONLY = /^\p{L}+$/u;
const WORD_AFTER = /^\p{L}+/u;
const YEAR_BEFORE = /^[(“"]?(?:19|20)\d\d$/u;
const YEAR_AFTER = /^(?:19|20)\d\d(?![\d/])/u;
/** A token with "/" and a letter: a số ký hiệu ("12/KH", "NQ/TW"); a date has digits only. */
const KY_HIEU = /\/.*\p{L}|\p{L}.*\//u;
const LABEL_ONLY = /^\s*(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED_BEFORE = /\p{Lu}\p{Ll}* $/u;
const WORD_FOLLOWS = /^ \p{L}/u;
const SO_LINE = /^\s*(?:Số|SỐ|số)\b/u;

/**
 * Every dash of a paragraph that stands between two words or numbers: not list marks, not runs
 * of dashes ("-----"), not inside a số ký hiệu ("12/KH-UBND", "29-NQ/TW") or a date.
 */
function scanDashesByDefinition(text: string): DashUse[] {
  const uses: DashUse[] = [];
  // A list mark opening the paragraph ("- Tổ chức …") is no dash between words: start after it.
  DASH.lastIndex = text.charCodeAt(0) === 0x2d || text.charCodeAt(0) === 0x2013 ? 1 : 0;
  for (let m = DASH.exec(text); m !== null; m = DASH.exec(text)) {
    // One space on each side at most belongs to the dash; the regex finds the dash alone (faster).
    const spaceL = text.charCodeAt(m.index - 1) === 0x20;
    const spaceR = text.charCodeAt(m.index + 1) === 0x20;
    const s = m[0];
    const start = spaceL ? m.index - 1 : m.index;
    const end = m.index + 1 + (spaceR ? 1 : 0);
    const left = text.charAt(start - 1);
    const right = text.charAt(end);
    if (!LEFT_OK.test(left) || !RIGHT_OK.test(right)) continue;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    const tokenBefore = before.slice(before.lastIndexOf(' ') + 1);
    const tokenAfter = after.split(/[\s,;]/u, 1)[0] ?? '';
    // A số ký hiệu or a date: "12/KH-UBND", "29-NQ/TW", "KH- UBND" is the so-ky-hieu rule's.
    // An abbreviation after the dash is a ký hiệu only beside a "/" or on the "Số" line; elsewhere
    // "CB- ĐVCĐ" is two abbreviations joined.
    const kyHieuAfter = /^\p{Lu}{2,}/u.test(tokenAfter) && (before.includes('/') || SO_LINE.test(text));
    if (KY_HIEU.test(tokenBefore) || KY_HIEU.test(tokenAfter) || kyHieuAfter) {
      if (!(spaceL && spaceR)) continue;
    }
    if (start < 12 && LABEL_ONLY.test(text.slice(0, start))) continue; // "1- Công tác …": a heading's label
    const spaced = spaceL && spaceR ? 'both' : spaceL ? 'left' : spaceR ? 'right' : 'none';
    const years = YEAR_BEFORE.test(tokenBefore) && YEAR_AFTER.test(after);
    const w1 = LETTERS_ONLY.test(tokenBefore) ? tokenBefore : '';
    const w2 = WORD_AFTER.exec(after)?.[0] ?? '';
    const words = w1 !== '' && w2 !== '';
    const pair = words ? `${fold(w1)}|${fold(w2)}` : '';
    const names =
      words &&
      CAPITALISED.test(w1) &&
      CAPITALISED.test(w2) &&
      CAPITALISED_BEFORE.test(before.slice(0, before.length - w1.length)) &&
      WORD_FOLLOWS.test(after.slice(w2.length));
    uses.push({
      start,
      end,
      dash: s,
      spaced,
      between: years ? 'years' : words ? 'words' : 'other',
      pair,
      names,
    });
  }
  return uses;
}

const piece = fc.constantFrom(
  ...['-', '–', ' ', ' - ', '-', '/', ',', ';', '(', ')', '“', '”', '"', 'Số: ', 'số ', '12', '2020', '2025'],
  ...['KH', 'UBND', 'NQ', 'TW', 'Cục', 'Thuế', 'Bộ', 'Tài', 'chính', 'thu', 'chi', 'a', '1.', 'I'],
);
const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

describe('scanDashes', () => {
  it('finds what its definition finds, dash by dash', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(scanDashes(t)).toEqual(scanDashesByDefinition(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads ranges, ký hiệu and names', () => {
    const t = 'Số: 12/KH-UBND giai đoạn 2021- 2025, Cục Thuế-Bộ Tài chính và thu - chi';
    expect(scanDashes(t)).toEqual(scanDashesByDefinition(t));
    expect(scanDashes(t).map((u) => u.spaced)).toEqual(['right', 'none', 'both']);
  });
});
