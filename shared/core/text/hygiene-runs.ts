import type { HygieneIssue } from './hygiene.ts';
import { looksLikeVietnameseSyllable } from './vietnamese-syllable.ts';

const LETTER = /[\p{L}\p{M}]/u;
const LETTERS_BEFORE = /[\p{L}\p{M}]+$/u;
const LETTERS_AFTER = /^[\p{L}\p{M}]+/u;
/** Mis-decoding UTF-8 as Windows-1252 leaves ASCII as it was, so an ASCII gap is part of the damage. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range on purpose
const ASCII_ONLY = /^[\u0000-\u007f]*$/;

/**
 * Shapes scanHygiene's issues into what a reader should be told, one finding per fault:
 * - mojibake sequences joined by ASCII only ("Cá»™ng hÃ²a") become one issue with one fix;
 * - a zero-width space standing alone between two letters is a word separator: the fix is a
 *   space when both sides are Vietnamese words ("công\u200Bđoàn" → "công đoàn"), removal when the
 *   letters make one word ("Cô\u200Bng"), and no automatic fix when it cannot be told;
 * - a "�" opening a paragraph before a space is a lost bullet: the fix is NĐ 30's "-".
 */
export function hygieneRuns(text: string, issues: readonly HygieneIssue[]): HygieneIssue[] {
  const out: HygieneIssue[] = [];
  for (const issue of issues) {
    const last = out[out.length - 1];
    if (issue.kind === 'mojibake' && last?.kind === 'mojibake') {
      const gap = text.slice(last.range[1], issue.range[0]);
      if (ASCII_ONLY.test(gap)) {
        const replacement =
          last.replacement !== undefined && issue.replacement !== undefined
            ? last.replacement + gap + issue.replacement
            : undefined;
        out[out.length - 1] = withReplacement('mojibake', [last.range[0], issue.range[1]], replacement);
        continue;
      }
    }
    if (issue.kind === 'zero-width') out.push(zeroWidth(text, issue));
    else if (issue.kind === 'replacement-char' && isLostBullet(text, issue)) {
      out.push({ ...issue, replacement: '-' });
    } else out.push(issue);
  }
  return out;
}

/** "� Phát huy …": a lone U+FFFD opening a paragraph is a symbol-font bullet lost in conversion. */
function isLostBullet(text: string, issue: HygieneIssue): boolean {
  const [start, end] = issue.range;
  return end - start === 1 && text.slice(0, start).trim() === '' && /^\s+\S/u.test(text.slice(end, end + 2));
}

function zeroWidth(text: string, issue: HygieneIssue): HygieneIssue {
  const [start, end] = issue.range;
  if (!text.slice(start, end).includes('\u200b')) return issue;
  if (!LETTER.test(text[start - 1] ?? '') || !LETTER.test(text[end] ?? '')) return issue;
  // A syllable has at most 12 letters (looksLikeVietnameseSyllable): look no further, stay linear.
  const left = LETTERS_BEFORE.exec(text.slice(Math.max(0, start - 13), start))?.[0] ?? '';
  const right = LETTERS_AFTER.exec(text.slice(end, end + 13))?.[0] ?? '';
  if (looksLikeVietnameseSyllable(left + right)) return issue;
  const twoWords = looksLikeVietnameseSyllable(left) && looksLikeVietnameseSyllable(right);
  return withReplacement('zero-width', issue.range, twoWords ? ' ' : undefined);
}

function withReplacement(
  kind: HygieneIssue['kind'],
  range: [number, number],
  replacement: string | undefined,
): HygieneIssue {
  return replacement === undefined ? { kind, range } : { kind, range, replacement };
}
