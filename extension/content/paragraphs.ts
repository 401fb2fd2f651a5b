import { escapeHtml } from '../../shared/core/text/escape-html.ts';

// Multi-line text → the paragraphs rich editors get ("multi-line text becomes paragraphs
// the editor understands"). Blank lines only separate paragraphs (the skeleton text puts one between
// every two); rich editors would otherwise grow empty paragraphs.

/** The non-blank lines of `text`, each one paragraph. */
export function toParagraphs(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
}

/** The paragraphs as escaped <p> elements (an empty one holds a <br>): the text/html of a synthetic paste. */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => (p === '' ? '<p><br></p>' : `<p>${escapeHtml(p)}</p>`)).join('');
}

/** Text with every whitespace and zero-width character removed: editors join blocks differently. */
export function squash(text: string): string {
  return text.replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}

/** How many times `needle` occurs in `haystack` (non-overlapping). */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}
