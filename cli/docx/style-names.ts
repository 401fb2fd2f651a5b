/**
 * Style names that mean a heading. Word stores built-in styles under English names ("heading 1") in
 * every UI language; the Vietnamese names come from templates whose authors made their own styles.
 */
const HEADING = /^(?:heading\s*|tiêu đề\s+|đầu đề\s+)([1-6])$/iu;
const TITLE = /^(?:title|tiêu đề|tựa đề)$/iu;

/** 0 = Title, 1..6 = Heading n, from the first style of a basedOn chain that is one; else undefined. */
export function headingLevelOfNames(names: readonly string[]): number | undefined {
  for (const raw of names) {
    const name = raw.normalize('NFC').trim();
    const heading = HEADING.exec(name);
    if (heading) return Number(heading[1]);
    if (TITLE.test(name)) return 0;
  }
  return undefined;
}
