import type { Fix, FixEdit } from '../base/finding.ts';
import type { Report } from '../base/report.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import { foldStart } from '../text/fold.ts';
import {
  isNhuTren,
  itemEnd,
  luuFixed,
  luuProblems,
  needsNhuTren,
  nhuRef,
  parseLuu,
} from './closing-noi-nhan.ts';
import type { IssuingSystem } from './issuing-system.ts';
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
 * A Party document (HD 36-HD/VPTW) ends its lines with "," and writes "- Lưu Văn phòng …": only the
 * presence of Nơi nhận and its dashes are checked there.
 */
export function checkNoiNhan(
  analysis: DocAnalysis,
  closing: Closing,
  hostList: (block: number) => boolean = () => false,
  system: IssuingSystem = 'unknown',
): Report[] {
  const out: Report[] = [];
  const nn = closing.noiNhan;
  if (!nn) {
    const first = closing.signature[0];
    // An authority line with nothing under it is where a web excerpt was cut, not a missing part; a
    // biên bản is signed by those who kept it and is filed, not sent (NĐ 30/2020, Phụ lục III).
    const title = analysis.parts[closing.part]?.title ?? '';
    if (first && closing.signature.length > 1 && !/^bien ban\b/.test(foldStart(title, 8)))
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
  const party = system === 'party';
  const items = nn.items;
  const last = items[items.length - 1];
  const luu = last ? parseLuu(last.text) : null;
  const luuFix = luu && luuProblems(luu).length > 0 ? luuFixed(luu) : null;
  out.push(...dashes(items, luuFix ? last : undefined, hostList));
  if (!party) out.push(...ends(items, luu ? last : undefined));
  if (needsNhuTren(analysis, closing)) out.push(...nhuTren(items, last, hostList));
  else out.push(...nhuRefFirst(items));
  if (party) return out;
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

/** Each line starts with "- " flush left: one finding, its fix adds every missing dash. */
function dashes(items: Span[], rewritten: Span | undefined, hostList: (block: number) => boolean): Report[] {
  const edits: FixEdit[] = [];
  // "- VPUB: + CVP, các PCVP;" then "+ Cổng TTĐT tỉnh;": "+" lines under an entry that opens a group are its sub-entries.
  let group = false;
  for (const item of items) {
    const dash = /^[-–—+•]\s*/u.exec(item.text);
    const sub: boolean = group && dash?.[0].startsWith('+') === true;
    group = sub || (dash?.[0] === '- ' && /:\s*(?:\+|$)/u.test(item.text));
    if (sub || dash?.[0] === '- ' || item === rewritten || item.continues) continue;
    if (dash === null && hostList(item.block)) continue;
    edits.push({
      kind: 'replace',
      block: item.block,
      range: [item.start, item.start + (dash?.[0].length ?? 0)],
      text: '- ',
    });
  }
  const first = edits[0];
  if (first?.kind !== 'replace') return [];
  return [
    {
      block: first.block,
      range: first.range,
      severity: 'warning',
      message: `${edits.length} dòng Nơi nhận chưa bắt đầu bằng gạch đầu dòng “- ” sát lề trái ${CITE}.`,
      ...fixOf('Thêm “- ” đầu dòng', edits),
    },
  ];
}

/** Each recipient line ends with ";" (the Lưu line is checked on its own): one finding a line. */
function ends(items: Span[], luuLine: Span | undefined): Report[] {
  const out: Report[] = [];
  items.forEach((item, n) => {
    // A recipient wrapped onto the next line ends there, not here.
    if (item === luuLine || items[n + 1]?.continues) return;
    const end = itemEnd(item);
    if (!end) return;
    out.push({
      ...at(item),
      severity: 'warning',
      message: `Dòng Nơi nhận “${item.text}” ${end.problem}: mỗi dòng kết thúc bằng dấu chấm phẩy “;” ${CITE}.`,
      ...(end.edit
        ? fixOf('Kết thúc bằng “;”', [
            {
              kind: 'replace',
              block: item.block,
              range: [end.edit.start, end.edit.end],
              text: end.edit.text,
            },
          ])
        : {}),
    });
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

/**
 * "- Như Điều 3;" (the executors the text names) is the first recipient, written with "Như" (the
 * sample layouts of NĐ 30/2020, Phụ lục III, Mẫu 1.2–1.3). Only the first such line is read.
 */
function nhuRefFirst(items: Span[]): Report[] {
  const k = items.findIndex((i) => nhuRef(i.text) !== null);
  const item = items[k];
  const ref = item ? nhuRef(item.text) : null;
  if (!item || !ref || (k === 0 && ref.nhu)) return [];
  const named = item.text.slice(ref.cut).replace(/[;.,]$/u, '');
  const right = ref.nhu ? named : `Như ${named}`;
  const problems = [...(ref.nhu ? [] : [`viết “${right}”`]), ...(k > 0 ? ['đưa lên dòng đầu'] : [])];
  // Adding "Như" changes this line only; moving it would change two, so that is left to the writer.
  const fix =
    k === 0 && item.text.slice(ref.cut).startsWith(named)
      ? fixOf(`Sửa thành “${right}”`, [
          {
            kind: 'replace',
            block: item.block,
            range: [item.start + ref.cut, item.start + ref.cut],
            text: 'Như ',
          },
        ])
      : {};
  return [
    {
      ...at(item),
      severity: 'warning',
      message: `Dòng “${item.text}” chỉ nơi nhận theo văn bản: ${problems.join(' và ')}, như “- ${right};” ở đầu Nơi nhận ${CITE}.`,
      ...fix,
    },
  ];
}
