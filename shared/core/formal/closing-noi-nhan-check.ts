import type { DocAnalysis } from '../headings/block-info.ts';
import type { Fix, FixEdit } from '../rules/finding.ts';
import type { Report } from '../rules/rule.ts';
import {
  isNhuTren,
  luuFixed,
  luuProblems,
  needsNhuTren,
  parseLuu,
  semicolonEnd,
} from './closing-noi-nhan.ts';
import type { Closing, Span } from './locate-closing.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.9)';

const edit = (s: Span, text: string): FixEdit => ({
  kind: 'replace',
  block: s.block,
  range: [s.start, s.end],
  text,
});
const at = (s: Span) => ({ block: s.block, range: [s.start, s.end] as [number, number] });
const fixOf = (label: string, edits: FixEdit[]): { fix: Fix } | Record<string, never> =>
  edits.length > 0 ? { fix: { label, edits } } : {};

/**
 * The findings of rule noi-nhan for one document part's closing. `hostList` tells the blocks the host
 * drew as list items (Markdown "- ", a Word or HTML list): their dash is there, only not in the text.
 */
export function checkNoiNhan(
  analysis: DocAnalysis,
  closing: Closing,
  hostList: (block: number) => boolean = () => false,
): Report[] {
  const out: Report[] = [];
  const nn = closing.noiNhan;
  if (!nn) {
    const first = closing.signature[0];
    if (first)
      out.push({
        ...at(first),
        message: `Thiếu phần “Nơi nhận:” bên trái chữ ký; liệt kê nơi nhận, dòng cuối “- Lưu: VT, ….” ${CITE}.`,
      });
    return out;
  }
  const h = nn.heading;
  if (h.text !== 'Nơi nhận:')
    out.push({
      ...at(h),
      severity: 'warning',
      message: `Viết “Nơi nhận:” (chữ in thường, có dấu hai chấm) thay cho “${h.text}” ${CITE}.`,
      ...fixOf('Sửa thành “Nơi nhận:”', [edit(h, 'Nơi nhận:')]),
    });
  const items = nn.items;
  const last = items[items.length - 1];
  const luu = last ? parseLuu(last.text) : null;
  const luuFix = luu && luuProblems(luu).length > 0 ? luuFixed(luu) : null;
  out.push(...punctuation(items, luu ? last : undefined, luuFix ? last : undefined, hostList));
  if (needsNhuTren(analysis, closing)) out.push(...nhuTren(items, last, hostList));
  if (!last || !luu) {
    out.push({
      ...(last ? at(last) : { block: h.block }),
      message: `Dòng cuối của Nơi nhận phải là “- Lưu: VT, <viết tắt đơn vị soạn thảo>.” ${CITE}.`,
    });
    return out;
  }
  const problems = luuProblems(luu);
  if (problems.length > 0)
    out.push({
      ...at(last),
      message: `Dòng “${last.text}” chưa đúng mẫu “- Lưu: VT, <đơn vị soạn thảo>.”: ${problems.join('; ')} ${CITE}.`,
      ...(luuFix && luuFix !== last.text ? fixOf(`Sửa thành “${luuFix}”`, [edit(last, luuFix)]) : {}),
    });
  return out;
}

/** Each line starts with "- " and ends with ";" (the Lưu line is checked on its own). */
function punctuation(
  items: Span[],
  luuLine: Span | undefined,
  rewritten: Span | undefined,
  hostList: (block: number) => boolean,
): Report[] {
  const dashes: FixEdit[] = [];
  const ends: FixEdit[] = [];
  items.forEach((item, n) => {
    const dash = /^[-–—+•]\s*/u.exec(item.text);
    if (
      dash?.[0] !== '- ' &&
      item !== rewritten &&
      !item.continues &&
      !(dash === null && hostList(item.block))
    )
      dashes.push({
        kind: 'replace',
        block: item.block,
        range: [item.start, item.start + (dash?.[0].length ?? 0)],
        text: '- ',
      });
    // A recipient wrapped onto the next line ends there, not here.
    const end = item === luuLine || items[n + 1]?.continues ? null : semicolonEnd(item);
    if (end) ends.push({ kind: 'replace', block: item.block, range: [end.start, end.end], text: end.text });
  });
  const out: Report[] = [];
  const where = (e: FixEdit) => ({ block: e.block, ...(e.kind === 'replace' ? { range: e.range } : {}) });
  if (dashes[0])
    out.push({
      ...where(dashes[0]),
      severity: 'warning',
      message: `${dashes.length} dòng Nơi nhận chưa bắt đầu bằng gạch đầu dòng “- ” sát lề trái ${CITE}.`,
      ...fixOf('Thêm “- ” đầu dòng', dashes),
    });
  if (ends[0])
    out.push({
      ...where(ends[0]),
      severity: 'warning',
      message: `${ends.length} dòng Nơi nhận chưa kết thúc bằng dấu chấm phẩy “;” ${CITE}.`,
      ...fixOf('Kết thúc bằng “;”', ends),
    });
  return out;
}

/** "- Như trên;" opens Nơi nhận (NĐ 30/2020, Phụ lục I, mục II.9.b); a later one is moved up. */
function nhuTren(items: Span[], last: Span | undefined, hostList: (block: number) => boolean): Report[] {
  const head = items[0];
  if (!head) return [];
  const kinds = items.map((i) => isNhuTren(hostList(i.block) ? `- ${i.text}` : i.text));
  // In a host's list the dash is drawn, not typed: the fix writes the text only.
  const nhuTrenIn = (s: Span) => (hostList(s.block) ? 'Như trên;' : '- Như trên;');
  const k = kinds.findIndex((x) => x !== null);
  if (k !== 0) {
    const other = items[k];
    return [
      {
        ...at(head),
        message: `Văn bản có “Kính gửi” nên dòng đầu của Nơi nhận phải là “- Như trên;” ${CITE}.`,
        ...fixOf(
          'Đưa “- Như trên;” lên đầu',
          other ? [edit(head, nhuTrenIn(head)), edit(other, head.text)] : [],
        ),
      },
    ];
  }
  if (kinds[0] !== 'variant' || head === last) return [];
  return [
    {
      ...at(head),
      severity: 'warning',
      message: `Viết “- Như trên;” thay cho “${head.text}” ${CITE}.`,
      ...fixOf('Sửa thành “- Như trên;”', [edit(head, nhuTrenIn(head))]),
    },
  ];
}
