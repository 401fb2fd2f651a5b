import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import { Outline } from '../../../../shared/core/outline/outline-schema.ts';
import {
  promptsInNumberedParagraphs,
  promptsInNumberedParagraphsByDefinition,
  sourceReason,
} from '../../../../shared/core/outline/source-document.ts';

const PROMPTS = [
  'Tiếp tục tuyên truyền, vận động người lao động gia nhập tổ chức công đoàn; phát triển đoàn viên ở các doanh nghiệp ngoài nhà nước.',
  'Đổi mới nội dung, phương thức hoạt động; nâng cao năng lực đội ngũ cán bộ công đoàn cơ sở.',
  'Chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên; tổ chức tốt hội nghị người lao động.',
];
/** An outline made from a real plan of an upper body: its prompts are the plan's own paragraphs. */
const outline = Outline.parse({
  id: 'ke-hoach-thu',
  title: 'Kế hoạch nâng cao chất lượng hoạt động công đoàn cơ sở (LĐLĐ huyện)',
  documentType: 'ke-hoach',
  provenance: {
    issuer: 'Ban Thường vụ LĐLĐ huyện',
    number: '45/KH-LĐLĐ',
    seed: 'ke-hoach-thu.txt',
    verified: true,
  },
  parameters: [],
  frame: { typeName: 'KẾ HOẠCH', kinhGui: false },
  sections: [
    {
      id: 'nhiem-vu',
      title: 'Nhiệm vụ, giải pháp',
      numbering: 'roman',
      required: true,
      children: PROMPTS.map((g, i) => ({
        id: `y-${i + 1}`,
        title: g.split(/[;,]/)[0] as string,
        numbering: 'arabic',
        required: true,
        guidance: [g],
      })),
    },
  ],
});

const reasonOf = (...lines: string[]) =>
  sourceReason(analyzeDocument(docFromText(lines.join('\n'))), outline, 0);
const skeleton = (title: string) => [
  title,
  'Nâng cao chất lượng hoạt động công đoàn cơ sở',
  'I. NHIỆM VỤ, GIẢI PHÁP',
  ...PROMPTS.flatMap((g, i) => [`${i + 1}. ${g.split(/[;,]/)[0]}`, g]),
];

describe('sourceReason: a document is the đề cương itself only when it says so', () => {
  it('not a report made from its skeleton, every prompt still in it', () => {
    expect(reasonOf(...skeleton('KẾ HOẠCH'))).toBeNull();
  });

  it('its tên loại is ĐỀ CƯƠNG', () => {
    expect(reasonOf(...skeleton('ĐỀ CƯƠNG KẾ HOẠCH'))).toContain(
      'tên loại của văn bản là “ĐỀ CƯƠNG KẾ HOẠCH',
    );
  });

  it('it is sent with a công văn', () => {
    const [title, subject, ...rest] = skeleton('KẾ HOẠCH');
    expect(
      reasonOf(title as string, subject as string, '(Gửi kèm Công văn số 45/LĐLĐ ngày 02/3/2025)', ...rest),
    ).toContain('văn bản được gửi kèm công văn');
  });

  it('it bears its source’s số ký hiệu in its header, not merely in a citation', () => {
    expect(reasonOf('Số: 45 /KH-LĐLĐ', ...skeleton('KẾ HOẠCH'))).toContain('số, ký hiệu 45/KH-LĐLĐ');
    expect(reasonOf(...skeleton('KẾ HOẠCH'), 'Thực hiện Kế hoạch số 45/KH-LĐLĐ của LĐLĐ huyện.')).toBeNull();
  });

  it('its numbered paragraphs carry the prompts themselves, as the source writes them', () => {
    expect(
      reasonOf(
        'KẾ HOẠCH',
        'Nâng cao chất lượng',
        'I. NHIỆM VỤ, GIẢI PHÁP',
        ...PROMPTS.map((g, i) => `${i + 1}. ${g}`),
      ),
    ).toContain('đứng ngay trong các mục đánh số');
  });
});

describe('promptsInNumberedParagraphs (headings first) equals its definition', () => {
  const line = fc.oneof(
    fc.constantFrom(...PROMPTS),
    fc.constantFrom(...PROMPTS).map((g) => `- ${g}`),
    fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...PROMPTS)).map(([n, g]) => `${n}. ${g}`),
    fc.tuple(fc.constantFrom('a', 'b'), fc.constantFrom(...PROMPTS)).map(([n, g]) => `${n}) ${g}`),
    fc.constantFrom(
      'KẾ HOẠCH',
      'ĐỀ CƯƠNG BÁO CÁO',
      'I. NHIỆM VỤ, GIẢI PHÁP',
      'II. TỔ CHỨC THỰC HIỆN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '-----oOo-----',
      'Nơi nhận:',
      'KT. CHỦ TỊCH',
      'MẪU 1',
      'Đơn vị đã triển khai kế hoạch đến toàn thể đoàn viên trong tháng đầu năm.',
    ),
  );

  it('on random documents of prompts, numbered or not, headings and parts', () => {
    let yes = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 24 }), (lines) => {
        const analysis = analyzeDocument(docFromText(lines.join('\n')));
        for (const part of analysis.parts) {
          const fast = promptsInNumberedParagraphs(analysis, outline, part);
          expect(fast).toBe(promptsInNumberedParagraphsByDefinition(analysis, outline, part));
          if (fast) yes++;
        }
      }),
      { numRuns: 1500 },
    );
    // Not vacuous: some documents do carry the prompts in their numbered paragraphs.
    expect(yes).toBeGreaterThan(10);
  });
});
