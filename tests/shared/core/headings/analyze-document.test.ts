import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';

const analyze = (text: string) => analyzeDocument(docFromText(text));
const summary = (text: string) =>
  analyze(text).blocks.map(
    (b) => `${b.kind}${b.level ? ` ${b.level}` : ''}${b.parent >= 0 ? ` ^${b.parent}` : ''}`,
  );

describe('analyzeDocument', () => {
  it('builds levels from the schemes a document uses: I. › 1. › a), with list items and body under them', () => {
    expect(
      summary('I. ĐẶC ĐIỂM\n1. Tình hình chung\na) Thuận lợi\n- ý một\nNội dung.\n2. Khác\nII. KẾT QUẢ'),
    ).toEqual([
      'heading 1',
      'heading 2 ^0',
      'heading 3 ^1',
      'list-item ^2',
      'body ^2',
      'heading 2 ^0',
      'heading 1',
    ]);
  });

  it('starts levels at the outermost scheme present: a report with only 1. and a)', () => {
    expect(summary('1. Một\na) Điểm\n2. Hai')).toEqual(['heading 1', 'heading 2 ^0', 'heading 1']);
  });

  it('reads the title, trích yếu, closing and signature of a kế hoạch', () => {
    const a = analyze(
      'KẾ HOẠCH\nNâng cao chất lượng hoạt động\nThực hiện Kế hoạch số 1/KH-LĐLĐ, Ban Thường vụ xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\nNội dung.\nNơi nhận:\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn A',
    );
    expect(a.blocks.map((b) => b.kind)).toEqual([
      'title',
      'subject',
      'body',
      'heading',
      'body',
      'closing',
      'closing',
      'signature',
      'signature',
      'signature',
    ]);
    expect(a.parts[0]?.title).toBe('KẾ HOẠCH Nâng cao chất lượng hoạt động');
  });

  it('takes the title of "PHẦN THỨ NHẤT" from the lines below it (NĐ 30)', () => {
    const a = analyze('PHẦN THỨ NHẤT\nKết quả thực hiện\nNghị quyết Đại hội\nI. BỐI CẢNH');
    expect(a.blocks[0]?.title).toBe('Kết quả thực hiện Nghị quyết Đại hội');
    expect(a.blocks.map((b) => b.kind)).toEqual(['heading', 'heading-title', 'heading-title', 'heading']);
    expect(a.blocks[3]?.parent).toBe(0);
  });

  it('splits a plan and its attached đề cương into two parts, numbering restarting in each', () => {
    const a = analyze(
      'KẾ HOẠCH\nSơ kết\nI. MỤC ĐÍCH\nII. NỘI DUNG\nNơi nhận:\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nĐỀ CƯƠNG BÁO CÁO\nĐánh giá giữa nhiệm kỳ\nI. BỐI CẢNH\nII. KẾT QUẢ',
    );
    expect(a.parts.map((p) => [p.title, p.headings.length])).toEqual([
      ['KẾ HOẠCH Sơ kết', 2],
      ['ĐỀ CƯƠNG BÁO CÁO Đánh giá giữa nhiệm kỳ', 2],
    ]);
  });

  it('uses host heading styles for headings without a written number', () => {
    const a = analyzeDocument({
      blocks: [
        { text: 'Tình hình chung', style: { headingLevel: 1 } },
        { text: 'Chi tiết', style: { headingLevel: 2 } },
        { text: 'Nội dung', style: {} },
      ],
      meta: { styled: true },
    });
    expect(a.blocks.map((b) => [b.kind, b.level, b.parent])).toEqual([
      ['heading', 1, -1],
      ['heading', 2, 0],
      ['body', 0, 1],
    ]);
  });

  it('never throws and stays linear on arbitrary Unicode input', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { maxLength: 60 }), (lines) => {
        const a = analyze(lines.join('\n'));
        expect(a.blocks.length).toBe(docFromText(lines.join('\n')).blocks.length);
      }),
      { numRuns: 300 },
    );
  });
});
