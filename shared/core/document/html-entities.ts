/** Named entities that editors and old "Save as HTML" exports write (Vietnamese vowels included). */
const NAMED: Record<string, string> = {
  nbsp: '\u00A0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  divide: '÷',
  sect: '§',
  para: '¶',
  euro: '€',
  shy: '\u00AD',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200C',
  zwj: '\u200D',
  minus: '−',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  Dstrok: 'Đ',
  dstrok: 'đ',
};

// Latin-1 vowels with grave, acute, circumflex, tilde (HTML 4 names): "&agrave;" … as FrontPage and Word 97 wrote them.
const MARKS: Array<[string, string]> = [
  ['grave', '\u0300'],
  ['acute', '\u0301'],
  ['circ', '\u0302'],
  ['tilde', '\u0303'],
];
for (const vowel of ['a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y']) {
  for (const [name, mark] of MARKS) {
    const composed = (vowel + mark).normalize('NFC');
    if (composed.length === 1 && composed.charCodeAt(0) <= 0xff) NAMED[vowel + name] = composed;
  }
}

/** Names browsers accept without the trailing semicolon ("&amp" in old pages). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** Windows-1252 characters that browsers substitute for the C1 controls &#128;…&#159; (Word writes &#150;). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return CP1252[code - 0x80] ?? '\uFFFD';
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    return '\uFFFD';
  }
  return String.fromCodePoint(code);
}

const ENTITY = /&(?:#(\d+);?|#[xX]([0-9a-fA-F]+);?|([A-Za-z][A-Za-z0-9]*)(;?))/g;

/** Decodes character references: the common named ones and every numeric one; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string, semi?: string) => {
    if (dec !== undefined) return fromCodePoint(dec.length > 8 ? -1 : Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(hex.length > 7 ? -1 : Number.parseInt(hex, 16));
    if (name === undefined) return whole;
    const value = NAMED[name];
    if (value === undefined || (semi === '' && !LEGACY.has(name))) return whole;
    return value;
  });
}
