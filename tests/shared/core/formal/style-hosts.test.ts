import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../../../cli/load-outlines.ts';
import { docFromHtml } from '../../../../cli/read/html.ts';
import type { Block } from '../../../../shared/core/document/doc-model.ts';
import { renderSkeleton } from '../../../../shared/core/outline/render-skeleton.ts';
import { checkDocument } from '../../../../shared/core/rules/check-document.ts';

const MINE = [
  'dau-ket-thuc',
  'noi-nhan',
  'chu-ky',
  'hoc-vi-nguoi-ky',
  'phong-chu',
  'co-chu',
  'dinh-dang-thanh-phan',
  'trang-giay',
];
const mine = (blocks: Block[]) =>
  checkDocument({ blocks, meta: { styled: true, source: 'gdoc' } }, { outline: null })
    .findings.filter((f) => MINE.includes(f.ruleId))
    .map((f) => `${f.ruleId} #${f.block} “${blocks[f.block]?.text ?? ''}”: ${f.message}`);

describe('a skeleton rendered from every bundled outline, written as a host writes it', () => {
  const { outlines } = loadBuiltInOutlines();
  const params = {
    capTren: 'Liên đoàn Lao động tỉnh Cao Bằng',
    donVi: 'Công đoàn ngành Giáo dục',
    so: '12',
    diaDanh: 'Cao Bằng',
    nguoiKy: 'Nguyễn Văn An',
    kinhGui: 'Ban Thường vụ Liên đoàn Lao động tỉnh.',
    donViSoanThao: 'VP',
  };
  it('there are outlines to render', () => expect(outlines.length).toBeGreaterThan(3));
  it.each(outlines.map((o) => [o.id, o] as const))(
    '%s raises no closing or style finding',
    (_id, outline) => {
      const blocks: Block[] = renderSkeleton(outline, params, new Date(2024, 5, 10)).map((s) => {
        // The host's defaults under the role's own NĐ 30 style: Times New Roman 14 pt.
        const style = { fontFamily: 'Times New Roman', fontSizePt: 14, ...s.style };
        if (s.role === 'header')
          return { text: s.text, style, table: { table: 0, row: 0, cell: s.column === 'right' ? 1 : 0 } };
        if (s.role === 'noi-nhan') return { text: s.text, style, table: { table: 1, row: 0, cell: 0 } };
        if (s.role === 'signature') return { text: s.text, style, table: { table: 1, row: 0, cell: 1 } };
        return { text: s.text, style };
      });
      expect(mine(blocks)).toEqual([]);
    },
  );
});

describe('a Google Docs HTML export (header table, body, bottom table)', () => {
  const s = (pt: number, extra = '') => `style="font-family:'Times New Roman';font-size:${pt}pt;${extra}"`;
  const bold = 'font-weight:700';
  const html = `<table><tr><td><p ${s(12)}>LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG</p><p ${s(12, bold)}>CÔNG ĐOÀN NGÀNH GIÁO DỤC</p>
<p ${s(13)}>Số: 42/BC-CĐN</p></td><td><p ${s(12, bold)}>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
<p ${s(13, bold)}>Độc lập - Tự do - Hạnh phúc</p><p ${s(13, 'font-style:italic')}>Cao Bằng, ngày 10 tháng 6 năm 2021</p></td></tr></table>
<p ${s(14, bold)}>BÁO CÁO</p><p ${s(14, bold)}>Kết quả hoạt động công đoàn 6 tháng đầu năm 2021</p>
<p ${s(14)}>Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Cao Bằng.</p>
<h1 ${s(14, bold)}>I. ĐẶC ĐIỂM TÌNH HÌNH</h1><p ${s(12)}>Toàn ngành có 9.842 cán bộ, giáo viên, nhân viên.</p>
<p ${s(14)}>Trên đây là báo cáo của Công đoàn ngành Giáo dục./.</p>
<table><tr><td><p ${s(12, `${bold};font-style:italic`)}>Nơi nhận:</p><p ${s(11)}>- Như trên;</p><p ${s(11)}>- Lưu VT;</p></td>
<td><p ${s(14, bold)}>TM. BAN THƯỜNG VỤ</p><p ${s(14, bold)}>CHỦ TỊCH</p><p ${s(14, bold)}>TS. Hoàng Văn Minh</p></td></tr></table>`;

  it('finds the 12 pt body paragraph, the seeds’ “- Lưu VT;” and the “TS.” — and nothing else', () => {
    const doc = docFromHtml(html);
    const findings = checkDocument(doc, { outline: null }).findings;
    expect(findings.map((f) => `${f.ruleId} ${doc.blocks[f.block]?.text}`)).toEqual([
      'co-chu Toàn ngành có 9.842 cán bộ, giáo viên, nhân viên.',
      'noi-nhan - Lưu VT;',
      'hoc-vi-nguoi-ky TS. Hoàng Văn Minh',
    ]);
  });
});
