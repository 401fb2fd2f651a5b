/**
 * Which words a document writes somewhere as they are spelled (in particular, in lower case): a
 * capitalised word of case-consistency.ts is compared with its lower-case occurrences, so one whose
 * lower case is written nowhere ("Covid", "Tết", "Việt Nam") can be passed over before keyAt reads it.
 *
 * The words are the maximal runs of [A-Za-z\u00C0-\u1EF9], which is exactly what case-consistency's
 * second reading matches: its pattern is a word with a unit not of the class (or nothing) on each
 * side. The shared word reading (text/word-scan.ts) keeps them as a bitmap of hashes
 * (mayBeWrittenHash); this is the definition its tests hold it to.
 */
export function writtenWordsByRegex(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(/[A-Za-z\u00C0-\u1EF9]+/g)) out.add(m[0]);
  return out;
}
