import type { BlockInfo } from './block-info.ts';
import type { LabelFault } from './heading-labels.ts';

const CAPITAL = /\p{Lu}/u;

/**
 * A list mark glued to its item: "+Tổng số", "-Nội dung" — a dash or plus, then at once a capital
 * (a small letter or a digit after "-" may be a word or a negative number, so they are left alone).
 * NĐ 30/2020 writes every label with one space before the text it opens, as "I. " and "1. ".
 */
export function gluedListMark(info: BlockInfo): LabelFault | null {
  const n = info.numbering;
  if (!n || (n.scheme !== 'dash' && n.scheme !== 'plus')) return null;
  const [, end] = n.range;
  if (n.titleStart !== end || !CAPITAL.test(info.text.charAt(end))) return null;
  const mark = info.text.slice(n.range[0], end);
  const word = /^\S+/u.exec(info.text.slice(end))?.[0] ?? '';
  return {
    kind: 'label',
    start: n.range[0],
    end,
    text: `${mark} `,
    message: `Sau dấu “${mark}” đầu dòng có một dấu cách: “${mark} ${word}”`,
  };
}
