import type { BlockInfo } from './block-info.ts';
import { isAllCaps } from './classify.ts';
import { fromRoman } from './vietnamese-letters.ts';

/**
 * The faults of a heading's label (NĐ 30/2020, Phụ lục I, mục II.6.c–đ and the table row 6): "I."
 * then one space, a Roman title in capitals, nothing closing the title, no bullet before the label,
 * one heading a paragraph. Each fault says where it is (in the analysed text) and what to write.
 */
export interface LabelFault {
  kind: 'label' | 'bullet' | 'end' | 'joined';
  /** [start, end) in the block's analysed text. */
  start: number;
  end: number;
  /** What to write there, when certain. */
  text?: string;
  message: string;
}

/** "I- Kết quả", "II -Nhiệm vụ", "III.Tình hình": a Roman number with a dash or without its space. */
const ODD_ROMAN = /^([IVX]{1,6})(?:[ \u00A0]*[-–][ \u00A0]*|\.)(?=\p{L})/u;
/** "- A. PHẦN MỞ ĐẦU", "+ II. NHIỆM VỤ": a list mark before a capitals heading. */
const BULLETED = /^[-–+•*][ \u00A0]*(?=(?:[IVX]{1,6}|[A-ZĐ])\.[ \u00A0]+\p{Lu})/u;
/** A second heading label inside a title: "… TÁI CẤU TRÚC I. Lưu đồ …", "… CHUNG 1. Phạm vi …". */
const SECOND_LABEL = /[ \u00A0]((?:I|1)\.)[ \u00A0]+\p{Lu}/u;
const LONG = 200;

/**
 * Whether a paragraph can hold a malformed label, from a unit or two: a Roman digit first, or a list
 * mark followed by a capital and a dot within six units ("- A.", "+ II.").
 */
export function mayBeLabelFault(info: BlockInfo): boolean {
  const text = info.text;
  const c = text.charCodeAt(0);
  if (c === 0x49 || c === 0x56 || c === 0x58) return true;
  const n = info.numbering;
  if (!n || (n.scheme !== 'dash' && n.scheme !== 'plus' && n.scheme !== 'bullet')) return false;
  const t = n.titleStart;
  const first = text.charCodeAt(t);
  if (!((first >= 0x41 && first <= 0x5a) || first === 0x110)) return false;
  const dot = text.indexOf('.', t + 1);
  return dot > t && dot <= t + 6;
}

/** The label faults of a paragraph the analysis did not read as a heading (its label is malformed). */
export function malformedLabel(info: BlockInfo): LabelFault | null {
  const text = info.text;
  if (text.length > LONG || /[;,]$/u.test(text)) return null;
  const odd = ODD_ROMAN.exec(text);
  if (odd && fromRoman(odd[1] ?? '') > 0) {
    const label = odd[1] ?? '';
    const title = text.slice(odd[0].length);
    // "I-" before a sentence would be odd anyway; a title is short and has no full stop inside.
    if (/[.!?]\s/u.test(title)) return null;
    const caps = isAllCaps(title);
    // The rewritten heading is whole: a closing "." or ":" goes too, as headingFaults asks of a
    // well-formed label, so the fix is never followed by a second finding on the same heading.
    const bare = withoutClosingMark(title);
    const right = `${label}. ${caps ? bare : bare.toLocaleUpperCase('vi')}`;
    return {
      kind: 'label',
      start: 0,
      end: text.length,
      text: right,
      message: `Viết “${right.slice(0, 60)}”: số La Mã, dấu chấm, một dấu cách${caps ? '' : ', tên mục in hoa'}`,
    };
  }
  const bullet = BULLETED.exec(text);
  if (bullet) {
    const title = text.slice(bullet[0].length).replace(/^\S+\.[ \u00A0]+/u, '');
    if (!isAllCaps(title)) return null;
    return {
      kind: 'bullet',
      start: 0,
      end: bullet[0].length,
      text: '',
      message: `Bỏ gạch đầu dòng trước tiêu đề “${text.slice(bullet[0].length, bullet[0].length + 50)}”`,
    };
  }
  return null;
}

/** A title without the "." or ":" (and the spaces around it) that closes it; an ellipsis stays. */
function withoutClosingMark(title: string): string {
  const t = title.replace(/[\s\u00A0]+$/u, '');
  const last = t.charAt(t.length - 1);
  if ((last !== '.' && last !== ':') || t.endsWith('..')) return t;
  return t.slice(0, -1).replace(/[\s\u00A0]+$/u, '');
}

/** The faults of a Roman or capital-letter heading: a closing "." or ":", or a second heading inside. */
export function headingFaults(info: BlockInfo): LabelFault[] {
  const n = info.numbering;
  if (!n || (n.scheme !== 'roman' && n.scheme !== 'upper-letter') || info.inline) return [];
  const text = info.text.replace(/[\s\u00A0]+$/u, '');
  if (text.length > LONG) return [];
  const out: LabelFault[] = [];
  const title = text.slice(n.titleStart);
  const joined = SECOND_LABEL.exec(title);
  const head = joined ? title.slice(0, joined.index) : '';
  if (joined && isAllCaps(head) && head.includes(' ')) {
    const at = n.titleStart + joined.index + 1;
    out.push({
      kind: 'joined',
      start: at,
      end: text.length,
      message: `Hai tiêu đề viết liền trong một đoạn: tách “${text.slice(at, at + 50)}” thành đoạn riêng`,
    });
    return out;
  }
  const last = text.charAt(text.length - 1);
  if ((last === '.' || last === ':') && !text.endsWith('..') && isAllCaps(title))
    out.push({
      kind: 'end',
      start: text.length - 1,
      end: text.length,
      text: '',
      message: `Tiêu đề mục “${text.slice(0, 60)}” không kết thúc bằng dấu “${last}”`,
    });
  return out;
}

/**
 * "1.1." and "1.1" in one document: the labels written the less common way, each with the dot to add
 * or remove (consistency; NĐ 30/2020 writes every number of a heading followed by a dot).
 */
export function decimalDotFaults(headings: readonly BlockInfo[]): { info: BlockInfo; fault: LabelFault }[] {
  const dotted: BlockInfo[] = [];
  const bare: BlockInfo[] = [];
  for (const h of headings) {
    const n = h.numbering;
    if (!n || (n.scheme !== 'decimal2' && n.scheme !== 'decimal3')) continue;
    (h.text.charAt(n.range[1] - 1) === '.' ? dotted : bare).push(h);
  }
  if (dotted.length === 0 || bare.length === 0) return [];
  const odd = bare.length <= dotted.length ? bare : dotted;
  return odd.map((h) => {
    const [from, to] = h.numbering?.range ?? [0, 0];
    const label = h.text.slice(from, to);
    const right = odd === bare ? `${label}.` : label.slice(0, -1);
    const fault: LabelFault = {
      kind: 'label',
      start: from,
      end: to,
      text: right,
      message: `Số mục “${label}” viết khác các mục cùng kiểu trong văn bản (“${right}”, ${odd === bare ? dotted.length : bare.length} chỗ)`,
    };
    return { info: h, fault };
  });
}
