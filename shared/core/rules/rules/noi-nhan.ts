import { checkNoiNhan } from '../../formal/closing-noi-nhan-check.ts';
import { issuingSystem } from '../../formal/issuing-system.ts';
import { locateClosing } from '../../formal/locate-closing.ts';
import type { Rule } from '../rule.ts';

/**
 * Nơi nhận (NĐ 30/2020, Phụ lục I, mục II.9): present beside the signature; "Nơi nhận:"; each line
 * "- …;"; "- Như trên;" first when a Công văn, Báo cáo or Tờ trình has a Kính gửi; the last line
 * "- Lưu: VT, <đơn vị soạn thảo>." (or "- Lưu: VT." where no separate unit drafts) — the seeds'
 * "- Lưu VT;" is the commonest fault. Party documents follow HD 36-HD/VPTW: "," and "- Lưu Văn phòng …".
 */
const rule: Rule = {
  id: 'noi-nhan',
  description:
    'Có “Nơi nhận:”, mỗi dòng “- …;”, dòng đầu “- Như trên;” khi có Kính gửi, dòng cuối “- Lưu: VT, ….”.',
  defaultSeverity: 'error',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.9.b',
  check({ doc, analysis }, report) {
    const hostList = (block: number) => doc.blocks[block]?.style.listItem === true;
    const closings = locateClosing(analysis);
    if (closings.length === 0) return;
    const system = issuingSystem(analysis);
    for (const closing of closings)
      for (const r of checkNoiNhan(analysis, closing, hostList, system)) report(r);
  },
};
export default rule;
