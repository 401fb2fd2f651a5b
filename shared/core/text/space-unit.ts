/**
 * JavaScript whitespace one UTF-16 unit at a time, for scanners that read char codes instead of
 * calling a regex on every paragraph.
 */

/**
 * Whether a UTF-16 unit is what `/\s/` matches (and what `trim` removes): tab, line ends, space,
 * NBSP, the Unicode space separators, U+2028/U+2029 and the BOM.
 */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The index of the first unit at or after `from` that is not whitespace (`s.length` if none). */
export function skipSpaces(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpaceUnit(s.charCodeAt(i))) i++;
  return i;
}
