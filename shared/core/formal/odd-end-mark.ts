/**
 * An end mark "./." typed with spaces or a piece missing (" ./.", ". /.", "./", "/."), as the regex
 * ODD_END_MARK defines it: where it starts, or -1. NĐ 30/2020, Phụ lục III (the end mark "./.").
 */
export const ODD_END_MARK = /[ \u00A0]*\.?[ \u00A0]*\/[ \u00A0]*\.?$/u;

const isBlank = (c: number) => c === 0x20 || c === 0xa0;

/**
 * ODD_END_MARK.exec(text)?.index, read once from the end. The regex tries every start and its two
 * runs of blanks side by side backtrack into each other: a paragraph ending in a long run of spaces
 * took cubic time (4 096 NBSP: 12 s). Right to left the mark is read greedily: ".", blanks, "/",
 * blanks, ".", blanks — the leftmost start the regex would find.
 */
export function oddEndMarkStart(text: string): number {
  let i = text.length;
  if (text.charCodeAt(i - 1) === 0x2e) i--;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) !== 0x2f) return -1;
  i--;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i - 1) === 0x2e) {
    i--;
    while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  }
  return i;
}
