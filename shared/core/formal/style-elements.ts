import type { DocModel } from '../document/doc-model.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import type { HeaderLine } from './header-line.ts';
import { locateClosing, type SignatureRole, type Span } from './locate-closing.ts';
import { locateHeader } from './locate-header.ts';
import type { FormalElement } from './style-spec.ts';

/** One paragraph and the NĐ 30 element it is. */
export interface ElementBlock {
  block: number;
  element: FormalElement;
}

/** Two style rules read the same elements: find them once per analysis (read-only for their users). */
const CACHE = new WeakMap<DocAnalysis, ElementBlock[]>();

const SIGNATURE: Partial<Record<SignatureRole, FormalElement>> = {
  authority: 'quyen-han',
  title: 'chuc-vu',
  name: 'ho-ten',
};

/**
 * Which paragraphs are which NĐ 30 element, for the style rules: header parts (locateHeader), the
 * closing (locateClosing), titles, headings and body text. A paragraph is only given an element when
 * the element is the whole paragraph — a paragraph's style says nothing about half of it.
 */
export function styledElements(doc: DocModel, analysis: DocAnalysis): ElementBlock[] {
  const known = CACHE.get(analysis);
  if (known) return known;
  const found = new Map<number, FormalElement>();
  const put = (block: number, element: FormalElement) => {
    if (!found.has(block)) found.set(block, element);
  };
  const whole = (line: HeaderLine | null, element: FormalElement) => {
    if (line && (analysis.blocks[line.block]?.text.trim() ?? '') === line.text.trim())
      put(line.block, element);
  };
  const header = locateHeader(doc, analysis);
  whole(header.quocHieu, 'quoc-hieu');
  whole(header.tieuNgu, 'tieu-ngu');
  whole(header.so, 'so-ky-hieu');
  whole(header.date, 'dia-danh-ngay');
  whole(header.title, 'ten-loai');
  for (const s of header.subject) whole(s, header.vv ? 'trich-yeu-cong-van' : 'trich-yeu');
  header.issuers.forEach((line, n) => {
    // Two issuer lines: chủ quản above, ban hành below (Phụ lục I, mục II.2.b); one line: ban hành.
    const last = n === header.issuers.length - 1;
    if (last || header.issuers.length === 2) whole(line, last ? 'co-quan-ban-hanh' : 'co-quan-chu-quan');
  });
  if (header.kinhGui) {
    put(header.kinhGui.label.block, 'kinh-gui');
    for (const item of header.kinhGui.items) whole(item, 'kinh-gui');
  }
  // An italic căn cứ block (Quyết định, Nghị quyết) ends each line in ";" and the last in "."; an
  // opening sentence "Căn cứ …, Ban Thường vụ … như sau:" is running text (body), not a căn cứ line.
  const block = header.canCu.length >= 2;
  for (const c of header.canCu)
    if (/;$/u.test(c.text.trim()) || (block && /\.$/u.test(c.text.trim()))) whole(c, 'can-cu');

  const closingStart = new Map<number, number>();
  for (const closing of locateClosing(analysis)) {
    closingStart.set(closing.part, closing.start);
    const span = (s: Span, element: FormalElement) => {
      if (s.whole) put(s.block, element);
    };
    if (closing.noiNhan) {
      span(closing.noiNhan.heading, 'noi-nhan');
      for (const item of closing.noiNhan.items) span(item, 'noi-nhan-dong');
    }
    for (const line of closing.signature) {
      const element = SIGNATURE[line.role];
      if (element) span(line, element);
    }
  }

  for (const info of analysis.blocks) {
    if (found.has(info.index) || info.text.trim() === '') continue;
    if (info.part === 0 && info.index < header.bodyStart && info.kind !== 'title' && info.kind !== 'subject')
      continue;
    if (info.index >= (closingStart.get(info.part) ?? Number.POSITIVE_INFINITY)) continue;
    if (info.kind === 'title') put(info.index, 'ten-loai');
    // "(Kèm theo Công văn số …)" under an attachment's title is italic guidance, not a trích yếu.
    else if (info.kind === 'subject' && !/^[(“"]/u.test(info.text.trim())) put(info.index, 'trich-yeu');
    else if (info.kind === 'heading' || info.kind === 'heading-title') put(info.index, 'tieu-de');
    else if ((info.kind === 'body' || info.kind === 'list-item') && !doc.blocks[info.index]?.table)
      put(info.index, 'noi-dung');
  }
  const out = [...found].sort((a, b) => a[0] - b[0]).map(([block, element]) => ({ block, element }));
  CACHE.set(analysis, out);
  return out;
}
