/** "nhiệm kỳ 2023-2028" written in a paragraph, with who holds it: the words just before it. */
export interface TermMention {
  start: number;
  end: number;
  from: number;
  to: number;
  /** The years as written ("2023-2028", "2023 – 2028"). */
  text: string;
  /** The last words before "nhiệm kỳ", lower case, without punctuation: whose term it is. */
  holder: string[];
  /** Those words as written, for a message. */
  holderText: string;
  /** Which kind of organisation the clause last names: "đảng", "công đoàn", "hđnd", … or "". */
  system: string;
}

/**
 * The organisations whose congresses and councils have terms of their own: the Party, the union, the
 * elected councils, the Front and the mass organisations. The last one a clause names is the holder's.
 */
const SYSTEM =
  /(?<!\p{L})(đảng|chi bộ|(?:tỉnh|thành|huyện|quận|thị|xã|đảng|cấp) (?:ủy|uỷ)|công đoàn|cđcs|lđlđ|liên đoàn lao động|hội đồng nhân dân|hđnd|quốc hội|mặt trận|mttq|đoàn thanh niên|đoàn tncs|thanh niên|phụ nữ|cựu chiến binh|nông dân)(?!\p{L})/giu;
const SYSTEM_OF: Record<string, string> = {
  'chi bộ': 'đảng',
  cđcs: 'công đoàn',
  lđlđ: 'công đoàn',
  'liên đoàn lao động': 'công đoàn',
  'hội đồng nhân dân': 'hđnd',
  mttq: 'mặt trận',
  'đoàn thanh niên': 'thanh niên',
  'đoàn tncs': 'thanh niên',
};

/** The kind of organisation `text` names last ("" when none). */
function systemOf(text: string): string {
  let last = '';
  for (const m of text.matchAll(SYSTEM)) last = (m[1] ?? '').toLowerCase();
  if (/(?:ủy|uỷ)$/u.test(last)) return 'đảng';
  return SYSTEM_OF[last] ?? last;
}

/** The cheap test a paragraph passes before it is read. */
export const MAY_NAME_TERM = /(?:[Nn]hiệm|NHIỆM) (?:kỳ|KỲ)\s*\(?\d{4}/u;

const TERM = /nhiệm kỳ\s*\(?(\d{4})\s*[-–—]\s*(\d{4})/giu;
/** How many words before "nhiệm kỳ" tell whose term it is. */
const HOLDER_WORDS = 3;
/** Words between the holder and its term that name neither ("…, và nhiệm kỳ …"). */
const FILLER = /^(?:[ivxlc]+|và|của|cho|trong|các|\d+)$/u;
/** "khóa XIII", "lần thứ I": which congress or term of the holder, kept as one word ("#XIII"). */
const ORDINAL = /(?:khóa|khoá|lần thứ)\s+([IVXLC]+|\d+)(?![\p{L}\d])/giu;

/** The last few words of `text` that name a body or an office (with its khóa), as written. */
export function holderWords(text: string): string[] {
  const words = text.replace(ORDINAL, ' #$1 ').match(/#?[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < HOLDER_WORDS; i--) {
    const w = words[i] as string;
    if (!FILLER.test(w.toLowerCase())) out.unshift(w);
  }
  return out;
}

/**
 * Every "nhiệm kỳ YYYY-YYYY" in `text`. `before` is what precedes the paragraph when the term opens
 * it (a title wrapped onto a new line: "Chủ tịch CĐCS Công ty …" / "nhiệm kỳ 2025-2030").
 */
export function termMentions(text: string, before = ''): TermMention[] {
  // "ỳ" is rare outside "kỳ": a native search for it skips almost every paragraph.
  if ((text.indexOf('ỳ') < 0 && text.indexOf('Ỳ') < 0) || !MAY_NAME_TERM.test(text)) return [];
  const out: TermMention[] = [];
  for (const m of text.matchAll(TERM)) {
    const lead = text.slice(0, m.index);
    // Whose term: the clause before it (from the last sentence break), or the line above.
    const clause = lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';')) + 1);
    const owner = clause.trim() === '' ? before : clause;
    const words = holderWords(owner);
    const yearsAt = m[0].search(/\d/u);
    out.push({
      start: m.index + yearsAt,
      end: m.index + m[0].length,
      from: Number(m[1]),
      to: Number(m[2]),
      text: m[0].slice(yearsAt),
      holder: words.map((w) => w.toLowerCase()),
      holderText: words.map((w) => w.replace(/^#/u, 'khóa ')).join(' '),
      system: systemOf(owner),
    });
  }
  return out;
}

/** Levenshtein distance at most one ("textile"/"textilex"). */
function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return restA.slice(1) === restB.slice(1) || restA.slice(1) === restB || restA === restB.slice(1);
}

/**
 * A kind of body rather than one body ("Đại hội công đoàn cơ sở", "đại hội đảng các cấp", "các CĐCS"):
 * a guidance names the terms of many of them, each with its own years.
 */
const GENERIC =
  /(?:^|\s)(?:cơ sở|cđcs|cấp|cấp trên|cấp dưới|trực thuộc|đơn vị|công đoàn|đảng|chi bộ|đảng bộ)$/u;

/**
 * Whether two mentions name the term of the same holder: the same kind of organisation, and the same
 * last words before "nhiệm kỳ" (a long word may differ by one typed letter). "Đại hội Công đoàn tỉnh" and "Đại hội Công đoàn Việt
 * Nam", or "Đảng bộ tỉnh" and "Công đoàn tỉnh", are different holders with terms of their own.
 */
export function sameHolder(x: TermMention, y: TermMention): boolean {
  const a = x.holder;
  const b = y.holder;
  if (x.system !== y.system || a.length < 2 || a.length !== b.length || GENERIC.test(a.join(' ')))
    return false;
  return a.every((w, i) => nearlySame(w, b[i] as string));
}
