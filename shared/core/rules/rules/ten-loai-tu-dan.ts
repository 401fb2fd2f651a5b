import type { BlockInfo } from '../../headings/block-info.ts';
import { fold } from '../../text/fold.ts';
import { SCAN, wordPass } from '../../text/word-scan.ts';
import type { Rule } from '../rule.ts';

/** Tên loại that a document uses to name itself or what it issues ("Quyết định này", "Quy định này"). */
const TYPES = [
  'Quyết định',
  'Quy định',
  'Quy chế',
  'Kế hoạch',
  'Nghị quyết',
  'Hướng dẫn',
  'Chương trình',
  'Báo cáo',
  'Thông báo',
  'Đề án',
  'Tờ trình',
  'Chỉ thị',
  'Điều lệ',
  'Phương án',
];
const SELF = new RegExp(`(?<!\\p{L})(${TYPES.join('|')}) này(?!\\p{L})`, 'gu');
/** Where a document refers to itself: its text, not its title, header or closing. */
const READ = new Set(['body', 'list-item', 'heading', 'heading-title']);
const SELF_ANYWHERE = new RegExp(`(${TYPES.join('|')}) này(?!\\p{L})`, 'u');

/**
 * "… thi hành Quy định này" in a Quyết định that has no Quy định: a document names itself, or what
 * it issues, by its tên loại with a capital (NĐ 30/2020, Phụ lục II, mục V.6); naming another type
 * is a slip. Silent when no part says its tên loại, and for a type the document issues "kèm theo".
 */
const rule: Rule = {
  id: 'ten-loai-tu-dan',
  description:
    'Văn bản tự dẫn chiếu (“Quyết định này”, “Kế hoạch này”) đúng tên loại của nó hoặc của văn bản kèm theo.',
  defaultSeverity: 'warning',
  group: 'thể thức',
  source: 'Nguyên tắc nhất quán; NĐ 30/2020, Phụ lục II, mục V.6',
  check({ analysis }, report) {
    // The tên loại lines themselves ("QUYẾT ĐỊNH", "QUY ĐỊNH"), not the trích yếu under them.
    const titles = analysis.blocks.filter((b) => b.kind === 'title').map((b) => fold(b.text).toUpperCase());
    if (titles.length === 0) return;
    const present = (type: string) => titles.some((t) => t.includes(fold(type).toUpperCase()));
    // The paragraphs that issue something "kèm theo", read once, and only once a match needs them.
    let issuing: BlockInfo[] | null = null;
    const attached = (type: string) => {
      issuing ??= analysis.blocks.filter((b) => /kèm theo/iu.test(b.text));
      return issuing.some((b) => b.text.includes(type));
    };
    const { flags } = wordPass(analysis.blocks);
    for (const info of analysis.blocks) {
      // A word starting "này", which " này" is, by the shared word reading: most paragraphs hold none.
      if (!READ.has(info.kind) || ((flags[info.index] as number) & SCAN.NAY) === 0) continue;
      if (!SELF_ANYWHERE.test(info.text)) continue;
      SELF.lastIndex = 0;
      for (let m = SELF.exec(info.text); m !== null; m = SELF.exec(info.text)) {
        const type = m[1] ?? '';
        if (present(type) || attached(type)) continue;
        report({
          block: info.index,
          range: [info.toOriginal(m.index), info.toOriginal(m.index + m[0].length)],
          message: `“${m[0]}” chỉ một ${type}, nhưng văn bản không phải ${type} và không có ${type} kèm theo; kiểm tra lại tên loại được dẫn (nguyên tắc nhất quán).`,
        });
      }
    }
  },
};

export default rule;
