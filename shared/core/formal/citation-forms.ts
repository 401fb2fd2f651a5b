import { typeByCode } from './type-abbreviations.ts';

/** One correction inside a citation: replace [start, end) of the text with `text`. */
export interface CitationEdit {
  start: number;
  end: number;
  text: string;
}

/** A cited document written against the citation form: where, what is wrong, and the certain edits. */
export interface CitationFormFault {
  start: number;
  end: number;
  /** What is wrong, as clauses for one message. */
  faults: string[];
  /** Edits that make it right; empty when the right text is not certain. */
  edits: CitationEdit[];
}

/** Document types cited by name before their số, ký hiệu (NĐ 30/2020, Điều 7; the Party's types). */
const TYPE_WORDS =
  'nghị quyết|quyết định|nghị định|chỉ thị|kết luận|quy định|quy chế|thông tư|thông tri|thông báo|hướng dẫn|kế hoạch|chương trình|công văn|tờ trình|báo cáo|đề án|phương án|công điện';
/**
 * A type word, "số" (maybe with a colon), a số, ký hiệu, and a comma before "ngày" if written:
 * "Kế hoạch số 104/KH-LĐLĐ, ngày …", "quy định 37-QĐ/TW", "Quyết định số: 132/QĐ-LĐLĐ".
 */
const TYPES = TYPE_WORDS.split('|')
  .map((w) => `[${w.charAt(0)}${w.charAt(0).toLocaleUpperCase('vi')}]${w.slice(1)}`)
  .join('|');
const CITATION = new RegExp(
  `(?<![\\p{L}])(${TYPES})\\s+(?:(số)\\s*(:)?\\s*)?(\\d{1,5}[a-zđ]?(?:/(\\d{4}))?[/-][A-ZĐ][\\p{L}\\d&]*(?:[/-][A-ZĐ][\\p{L}\\d&]*)*)(\\s*,\\s*(?=ngày\\b))?`,
  'gu',
);
/** The date right after a citation: "ngày 12/09/2022", "ngày 05 tháng 3 năm 2020". */
const DATE_AFTER =
  /^\s*,?\s*ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)(\d{4})/u;
/** A Party số, ký hiệu: number, "-", type, "/", issuer ("45-CT/TW"). */
const PARTY_FORM = /^\d+[a-zđ]?-\p{L}+\//u;
/** Words before a type that make it a common noun, not one document ("các quyết định số …"). */
const PLURAL_BEFORE = /(?:các|những|mọi)\s+$/iu;

/**
 * Faults in the citations of one paragraph (NĐ 30/2020, Phụ lục I, mục II.6.b: type, số, ký hiệu,
 * date, issuer, trích yếu; Phụ lục II, mục V.6: a cited type is capitalised): a comma between the
 * số, ký hiệu and "ngày"; "số:" with a colon; a type in lower case; a Công văn cited with another
 * type's code; a year in the number other than the year of the date. The comma is the Party's form.
 */
export function citationFormFaults(text: string): CitationFormFault[] {
  const out: CitationFormFault[] = [];
  for (const m of text.matchAll(CITATION)) {
    const [all, type = '', so, colon, number = '', year, comma] = m;
    const start = m.index ?? 0;
    const faults: string[] = [];
    const edits: CitationEdit[] = [];
    const numberAt = start + all.indexOf(number, type.length);
    const code = /^\d+[a-zđ]?(?:\/\d{4})?\/([\p{L}]+)-/u.exec(number)?.[1];
    const coded = code ? typeByCode(code) : undefined;
    const mismatch = /^công văn$/iu.test(type) && coded && coded.code !== 'CĐ';
    if (mismatch) {
      faults.push(
        `ký hiệu “${code}” là ${coded.name.toLowerCase()}, không phải công văn: dẫn “${coded.name} số ${number}”`,
      );
    } else if (/^\p{Ll}/u.test(type) && !PLURAL_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
      const capital = type.charAt(0).toLocaleUpperCase('vi') + type.slice(1);
      faults.push(`tên loại văn bản được dẫn viết hoa chữ cái đầu (“${capital}”)`);
      edits.push({ start, end: start + 1, text: capital.charAt(0) });
    }
    if (so && colon) {
      faults.push('không có dấu hai chấm sau “số”');
      edits.push({ start: start + all.indexOf(so, type.length) + so.length, end: numberAt, text: ' ' });
    }
    const numberEnd = numberAt + number.length;
    // The Party writes "Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị" (HD 36-HD/VPTW): a
    // Party ký hiệu (number-type/issuer) keeps its comma.
    if (comma && !PARTY_FORM.test(number)) {
      faults.push('không có dấu phẩy giữa số, ký hiệu và ngày ban hành');
      edits.push({ start: numberEnd, end: numberEnd + comma.length, text: ' ' });
    }
    const dated = year ? DATE_AFTER.exec(text.slice(numberEnd, numberEnd + 40)) : null;
    if (year && dated && dated[1] !== year) {
      faults.push(`năm trong số, ký hiệu (${year}) khác năm ban hành (${dated[1]}): kiểm tra lại`);
    }
    if (faults.length > 0)
      out.push({ start, end: numberEnd + (comma?.length ?? 0), faults, edits: mismatch ? [] : edits });
  }
  return out;
}
