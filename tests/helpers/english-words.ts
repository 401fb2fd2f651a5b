// The English words that must not appear in a Vietnamese message, and the check, shared by the scan of
// the sources (tests/messages-language.test.ts) and the pages shown in a real browser (e2e).

/** English words that have no place in a Vietnamese message (none of them is a Vietnamese word). */
export const ENGLISH_WORDS = [
  'failed',
  'fail',
  'invalid',
  'undefined',
  'null',
  'NaN',
  'error',
  'errors',
  'warning',
  'cannot',
  'unknown',
  'missing',
  'required',
  'expected',
  'loading',
  'please',
  'click',
  'success',
  'exception',
  'timeout',
  'state',
  'unable',
  'found',
  'wrong',
  'retry',
  'the',
  'with',
  'and',
  'object',
  'string',
];

export const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const WORD = new RegExp(`(?<![\\p{L}\\p{N}_.-])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');

/** What a message names rather than says: command-line options, <placeholders>, `code`, file names. */
function withoutNames(text: string): string {
  return text
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^<>\s]*>/g, ' ')
    .replace(/(^|\s)--?[\w-]+/g, ' ')
    .replace(/[\w-]+\.(json|docx|html|md|csv|js|ts)\b/g, ' ');
}

/** The English words of the table in `text`, when `text` is Vietnamese. */
export function englishIn(text: string): string[] {
  if (!VIETNAMESE.test(text)) return [];
  return [...withoutNames(text).matchAll(WORD)].map((m) => m[1] as string);
}
