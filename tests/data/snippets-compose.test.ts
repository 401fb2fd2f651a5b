import { describe, expect, it } from 'vitest';
import { docFromText } from '../../shared/core/document/from-text.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import { fillSnippet } from '../../shared/core/snippets/fill-snippet.ts';
import { allSnippets } from './library-files.ts';

const snippets = allSnippets();
const today = new Date(2026, 10, 21);
/** The snippet `id` filled with `values`, as the insert form gives it. */
const s = (id: string, values: Record<string, string> = {}): string => {
  const snippet = snippets.find((x) => x.id === id);
  if (!snippet) throw new Error(`không có đoạn mẫu ${id}`);
  return fillSnippet(snippet, values, today);
};
/** The last căn cứ of a block (with no "Theo đề nghị" after it) ends with "." (NĐ 30, Phụ lục I, II.6). */
const lastCanCu = (text: string): string => text.replace(/;$/, '.');

/** Documents an officer assembles from snippets alone, plus the few lines only they can write. */
const DOCUMENTS: Record<string, string[]> = {
  'báo cáo của công đoàn cơ sở gửi LĐLĐ tỉnh': [
    s('tieu-de-cdcs-thuoc-ldld-tinh', {
      tinh: 'CAO BẰNG',
      tenCoSo: 'TRƯỜNG THPT LÊ LỢI',
      so: '15',
      loai: 'BC',
    }),
    s('quoc-hieu-tieu-ngu'),
    s('dia-danh-ngay-thang', { diaDanh: 'Cao Bằng' }),
    'BÁO CÁO',
    'Kết quả hoạt động công đoàn năm 2026, phương hướng, nhiệm vụ năm 2027',
    s('kinh-gui-ldld-tinh', { tinh: 'Cao Bằng' }),
    s('mo-dau-bao-cao-nam', {
      vanBanYeuCau: 'Công văn số 12/LĐLĐ-VP ngày 02/11/2026 của Ban Thường vụ Liên đoàn Lao động tỉnh',
      donVi: 'Công đoàn Trường THPT Lê Lợi',
      nam: '2026',
      namSau: '2027',
    }),
    'I. ĐẶC ĐIỂM TÌNH HÌNH',
    'Đơn vị có 86 cán bộ, giáo viên, nhân viên; 84 đoàn viên công đoàn.',
    s('ket-thuc-bao-cao', {
      noiDung: 'kết quả hoạt động công đoàn năm 2026',
      donVi: 'Công đoàn Trường THPT Lê Lợi',
    }),
    s('noi-nhan-bao-cao-cap-tren', { capUy: 'Chi bộ Trường THPT Lê Lợi', donViSoanThao: 'BCH' }),
    s('chu-ky-tm-bch-chu-tich', { nguoiKy: 'Nguyễn Văn An' }),
  ],
  'công văn của LĐLĐ tỉnh gửi cấp dưới (từ 01/7/2025)': [
    s('tieu-de-ldld-tinh', { tinh: 'CAO BẰNG' }).split('\n').slice(0, 2).join('\n'),
    s('so-ky-hieu-cong-van', { so: '12', coQuan: 'LĐLĐ', donViSoanThao: 'VP', trichYeu: 'báo cáo năm 2026' }),
    s('quoc-hieu-tieu-ngu'),
    s('dia-danh-ngay-thang', { diaDanh: 'Cao Bằng' }),
    s('kinh-gui-cap-duoi-ldld-tinh'),
    lastCanCu(s('can-cu-nghi-quyet-02-nq-tw-2021')),
    s('ket-thuc-thoi-han-bao-cao', {
      donViNhan: 'Văn phòng LĐLĐ tỉnh',
      hanChot: '10/12/2026',
      email: 'vp@ldld.vn',
    }),
    s('noi-nhan-cong-van', { donViSoanThao: 'VP' }),
    s('chu-ky-kt-chu-tich', { nguoiKy: 'Trần Thị Bình' }),
  ],
  'quyết định của Ban Thường vụ LĐLĐ tỉnh': [
    s('tieu-de-ldld-tinh', { tinh: 'CAO BẰNG', so: '25', loai: 'QĐ' }),
    s('quoc-hieu-tieu-ngu'),
    s('dia-danh-ngay-thang', { diaDanh: 'Cao Bằng' }),
    'QUYẾT ĐỊNH',
    'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm 2026',
    'BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG',
    s('can-cu-luat-cong-doan-2024'),
    s('can-cu-dieu-le-khoa-xiii'),
    s('can-cu-luat-thi-dua-khen-thuong'),
    s('theo-de-nghi', { donViDeNghi: 'Trưởng Ban Tổ chức' }),
    'QUYẾT ĐỊNH:',
    'Điều 1. Khen thưởng 12 tập thể và 30 cá nhân có thành tích xuất sắc năm 2026 (danh sách kèm theo).',
    'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
    s('ket-thuc-quyet-dinh', {
      doiTuong: 'Văn phòng, Ban Tổ chức và các tập thể, cá nhân có tên tại Điều 1',
    }),
    s('noi-nhan-quyet-dinh-khen-thuong', { donViSoanThao: 'TC' }),
    s('chu-ky-tm-btv-chu-tich', { nguoiKy: 'Hoàng Văn Cường' }),
  ],
};

describe('a document assembled from snippets passes the formal rules', () => {
  it.each(Object.entries(DOCUMENTS))('%s', (_, parts) => {
    const doc = docFromText(parts.join('\n'));
    const { findings } = checkDocument(doc, { outline: null });
    expect(
      findings.map((f) => `${f.severity} ${f.ruleId}: ${f.message} «${doc.blocks[f.block]?.text ?? ''}»`),
    ).toEqual([]);
  });
});
