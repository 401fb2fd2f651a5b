import { fold } from '../text/fold.ts';

/** The signing authorities of NĐ 30/2020, Phụ lục I, mục II.7.b, in their written form. */
export type Authority = 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';

/** An authority prefix as written: its canonical form and where the title after it starts. */
export interface AuthorityPrefix {
  authority: Authority;
  /** Length of the prefix as written, spaces after it included ("T/M  " → 5). */
  length: number;
  /** Whether it is written exactly "TM. " (capitals, dot, one space). */
  canonical: boolean;
}

// Written forms seen in real documents: "TM.", "T/M", "T.M.", "TM" (no dot), "Tm.", "K/T", "KT:",
// "TM/BCH" and "TM/ BCH" (the State letters with the Party's slash).
const PREFIX =
  /^(T\s?\/\s?M|T\.\s?M\.?|(?:TM|KT|TL)\s?\/(?=\s?\p{Lu}{2})|TM|K\s?\/\s?T|K\.\s?T\.?|KT|T\s?\/\s?L|T\.\s?L\.?|TL|TUQ|T\.\s?U\.\s?Q\.?|Q)(\s*[.:]?)([ \t\u00A0]*)(?=\p{L})/iu;
const CANONICAL: Record<string, Authority> = { tm: 'TM.', kt: 'KT.', tl: 'TL.', tuq: 'TUQ.', q: 'Q.' };

/** Reads the authority prefix of a signature line, in any of the forms people type; null if none. */
export function parseAuthority(text: string): AuthorityPrefix | null {
  const m = PREFIX.exec(text);
  if (!m) return null;
  const letters = (m[1] ?? '').replace(/[^a-z]/gi, '').toLowerCase();
  const authority = CANONICAL[letters];
  if (!authority) return null;
  const rest = text.slice(m[0].length);
  // "Q" alone is only a prefix with its dot ("Q. CHỦ TỊCH"); "TL"/"TM" without a dot need capitals after.
  if (letters === 'q' && !(m[2] ?? '').includes('.')) return null;
  if (!/^\p{Lu}/u.test(rest)) return null;
  // A bare "TM"/"TL" (no dot, no slash) is only a prefix before capitals: "TL" could start a sentence.
  if (!/[./:]/u.test(`${m[1]}${m[2]}`) && !/^\p{Lu}{2,}/u.test(rest)) return null;
  const written = m[0];
  return { authority, length: written.length, canonical: written === `${authority} ` };
}

/**
 * The leading collectives written out, for an authority line that abbreviates them ("TM/BCH"):
 * NĐ 30/2020, Phụ lục I, mục II.7.a writes the full name of the collective after "TM.".
 */
const COLLECTIVES: Record<string, string> = {
  BCH: 'BAN CHẤP HÀNH',
  BTV: 'BAN THƯỜNG VỤ',
  ĐCT: 'ĐOÀN CHỦ TỊCH',
  UBKT: 'ỦY BAN KIỂM TRA',
  UBND: 'ỦY BAN NHÂN DÂN',
};
const COLLECTIVE_ABBREVIATION = /^(BCH|BTV|ĐCT|UBKT|UBND)(?=$|[\s,.;:])/u;

/** "BCH CĐCS" → "BAN CHẤP HÀNH CĐCS"; null when the collective is not abbreviated. */
export function collectiveWrittenOut(rest: string): string | null {
  const m = COLLECTIVE_ABBREVIATION.exec(rest);
  if (!m) return null;
  return `${COLLECTIVES[m[1] as string]}${rest.slice(m[0].length)}`;
}

/** Titles of one person (chức vụ), as opposed to a collective (BAN THƯỜNG VỤ, ĐOÀN CHỦ TỊCH). */
const PERSON_TITLE =
  /^(pho )?(chu tich|truong ban|giam doc|hieu truong|bo truong|thu truong|chanh van phong|truong phong|tong giam doc|vien truong|bi thu|thu tuong|(tong |chi )?cuc truong|vu truong|chu nhiem|chanh an|chanh thanh tra|tong thu ky|tong bien tap|truong khoa|doi truong)\b/;
/** The deputy titles a KT. signature needs (NĐ 30/2020, Phụ lục I, mục II.7.b). */
const DEPUTY_TITLE = /^(pho |thu truong\b)/;
/** Words that make a line a title rather than a name. */
const TITLE_WORD =
  /^pho |\b(chu tich|truong ban|truong phong|giam doc|hieu truong|bo truong|thu truong|thuong truc|thuong vu|ban chap hanh|uy vien|bi thu|chanh van phong|uy ban|thu ky|chu tri|chu toa)\b/;

/** Whether a title after TM. names one person, not a collective ("TM. CHỦ TỊCH" is wrong). */
export function isPersonTitle(text: string): boolean {
  return PERSON_TITLE.test(fold(text));
}

/** Whether a chức vụ is a deputy's ("PHÓ CHỦ TỊCH", "THỨ TRƯỞNG"). */
export function isDeputyTitle(text: string): boolean {
  return DEPUTY_TITLE.test(fold(text));
}

/** Whether a line reads like a chức vụ (CHỦ TỊCH, PHÓ CHỦ TỊCH THƯỜNG TRỰC, Trưởng ban …). */
export function isTitleText(text: string): boolean {
  return TITLE_WORD.test(fold(text));
}

/** "(đã ký)", "Đã ký", "(Ký, ghi rõ họ tên)", "(ký tên, đóng dấu)": what stands for the signature itself. */
export function isSignatureNote(text: string): boolean {
  const f = fold(text).replace(/[()[\]]/g, '');
  return /^(da ky|ky ten|ky,|ky va|chu ky|ky ghi ro|ky, ghi ro|dong dau|\(?ky\)?$)/.test(f) || f === 'ky';
}

/**
 * Học hàm, học vị and honorific titles written before a name (NĐ 30/2020, Phụ lục I, mục II.7.c
 * forbids them): "TS.", "ThS.", "PGS.TS.", "GS.", "KS.", "BS.", "CN.", "NGƯT.", "Tiến sĩ".
 */
const HOC_VI =
  /^(?:(?:GS|PGS|TS|TSKH|ThS|Ths|THS|Th\.S|KS|BS|BSCKI{1,2}|DS|CN|LS|NGƯT|NGND|NSƯT|NSND)\.?\s*)+(?=\p{Lu})|^(?:Giáo sư|Phó giáo sư|Tiến sĩ|Thạc sĩ|Kỹ sư|Bác sĩ|Nhà giáo ưu tú|Nhà giáo nhân dân)\s+(?=\p{Lu})/u;

/** The học hàm/học vị prefix of a signer's name line ("TS. " of "TS. Nguyễn Văn A"), or "". */
export function hocViPrefix(text: string): string {
  return HOC_VI.exec(text)?.[0] ?? '';
}

/** A person's name: two to six words, each capitalised (or all in capitals), letters only. */
export function isPersonName(text: string): boolean {
  const name = text.slice(hocViPrefix(text).length).trim();
  const words = name.split(/\s+/u);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Ll}\p{Lu}]*$/u.test(w))) return false;
  return !isTitleText(name);
}

/** Whether letters of a text are all capitals. */
export function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toLocaleUpperCase('vi');
}

/** "NÔNG VĂN DŨNG" → "Nông Văn Dũng": a name in the case NĐ 30 writes it (chữ in thường). */
export function nameCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .replace(/(^|\s)(\p{Ll})/gu, (_, space: string, first: string) => space + first.toLocaleUpperCase('vi'));
}

/** Signature titles and collectives, with their diacritics (NĐ 30/2020, Phụ lục I, mục II.7.a). */
const TITLES = [
  'CHỦ TỊCH',
  'PHÓ',
  'THƯỜNG TRỰC',
  'TRƯỞNG BAN',
  'TRƯỞNG PHÒNG',
  'GIÁM ĐỐC',
  'HIỆU TRƯỞNG',
  'BỘ TRƯỞNG',
  'THỨ TRƯỞNG',
  'VIỆN TRƯỞNG',
  'BÍ THƯ',
  'CHÁNH VĂN PHÒNG',
  'BAN THƯỜNG VỤ',
  'BAN CHẤP HÀNH',
  'ĐOÀN CHỦ TỊCH',
  'ỦY BAN NHÂN DÂN',
  'THƯ KÝ',
  'CHỦ TRÌ HỘI NGHỊ',
].map((t) => ({ folded: fold(t).split(' '), words: t.split(' ') }));

/**
 * A title written without some of its diacritics ("CHU TICH", "CHỦ TICH") and the title written
 * right, or null. Only a word with no diacritic at all inside a known title counts, so tone
 * placement ("UỶ"/"ỦY") and other words are never touched.
 */
export function titleDiacritics(text: string): string | null {
  const words = [...text.matchAll(/\p{L}+/gu)];
  const folded = words.map((w) => fold(w[0]));
  const fixes = new Map<number, string>();
  for (let i = 0; i < words.length; i++)
    for (const t of TITLES) {
      if (!t.folded.every((f, k) => folded[i + k] === f)) continue;
      t.words.forEach((right, k) => {
        const w = words[i + k]?.[0] ?? '';
        const bare = w.toLocaleLowerCase('vi') === folded[i + k];
        if (bare && w.toLocaleUpperCase('vi') !== right && w === w.toLocaleUpperCase('vi'))
          fixes.set(i + k, right);
      });
    }
  if (fixes.size === 0) return null;
  let out = '';
  let from = 0;
  words.forEach((w, k) => {
    const right = fixes.get(k);
    if (right === undefined) return;
    out += text.slice(from, w.index) + right;
    from = (w.index ?? 0) + w[0].length;
  });
  return out + text.slice(from);
}
