import type { FakeGoogle } from './document-app/index.ts';
import type { CodeJs } from './run-code-js.ts';

/** Sample documents to open in the playground. */
export type SampleId = 'empty' | 'report' | 'faulty';

/** The parameters the sample report is inserted with: a Thanh Hóa trade union's own. */
export const SAMPLE_PARAMS: Readonly<Record<string, string>> = {
  capTren: 'Công đoàn Viên chức tỉnh Thanh Hóa',
  donVi: 'Công đoàn cơ sở Trường THPT Hàm Rồng',
  so: '15',
  kyHieu: 'BC-CĐCS',
  diaDanh: 'Thanh Hóa',
  ngay: 'ngày 05 tháng 12 năm 2023',
  nam: '2023',
  kinhGui: 'Ban Thường vụ Công đoàn Viên chức tỉnh Thanh Hóa.',
  donViSoanThao: 'BCH',
  nguoiKy: 'Nguyễn Văn An',
};

/** A report written from the Thanh Hóa outline, its prompts replaced by content (uncounted edits). */
function report(fake: FakeGoogle, gas: CodeJs): void {
  gas.call('khungInsertOutline', 'thanh-hoa-bao-cao-cdcs-nam-2023', SAMPLE_PARAMS);
  let n = 0;
  for (const p of fake.doc.body.allParagraphs()) {
    if (p.runs[0]?.attrs.FOREGROUND_COLOR !== '#7f7f7f') continue;
    n++;
    p.runs = [
      {
        text: `Nội dung số ${n} do công đoàn cơ sở viết: kết quả, số liệu và đánh giá cụ thể của đơn vị trong năm.`,
        attrs: { ...p.runs[0]?.attrs, ITALIC: false, FOREGROUND_COLOR: '#000000' },
      },
    ];
  }
  fake.doc.cursor = null;
}

/** The same report with faults to find and fix: section III deleted, Ð for Đ, a date without its zero. */
function faulty(fake: FakeGoogle, gas: CodeJs): void {
  report(fake, gas);
  const body = fake.doc.body;
  const at = (prefix: string) => body.children.findIndex((el) => el.plainText().startsWith(prefix));
  const from = at('III. ');
  const to = at('IV. ');
  if (from > 0 && to > from) body.children.splice(from, to - from);
  for (const p of body.allParagraphs()) {
    const text = p.plainText();
    const fixed = text.startsWith('Thanh Hóa, ngày 05')
      ? text.replace('ngày 05', 'ngày 5')
      : text.replace(/^Nội dung số 1 do công đoàn/, 'Nội dung số 1 do Công Ðoàn');
    if (fixed !== text) p.runs = [{ text: fixed, attrs: { ...p.runs[0]?.attrs } }];
  }
}

/** The samples by id: window title, label in the picker, and how to build it. */
export const SAMPLES: Record<
  SampleId,
  { name: string; label: string; build: (fake: FakeGoogle, gas: CodeJs) => void }
> = {
  empty: { name: 'Văn bản mới', label: 'Văn bản trống', build: () => {} },
  report: {
    name: 'Báo cáo năm 2023 - CĐCS Trường THPT Hàm Rồng',
    label: 'Báo cáo đã viết xong',
    build: report,
  },
  faulty: { name: 'Báo cáo năm 2023 (có lỗi)', label: 'Báo cáo có lỗi', build: faulty },
};
