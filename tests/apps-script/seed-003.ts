import { type FakeGoogle, FakeParagraph } from '../../playground/document-app/index.ts';
import { FULL_PARAMS, newAddon } from './helpers.ts';

/** The outline of seed 003 (Hướng dẫn 148/HD-CĐVC, Thanh Hóa, 2023). */
export const SEED_003 = 'thanh-hoa-bao-cao-cdcs-nam-2023';

/** Plausible report sentences, different from every prompt, so nothing reads as leftover guidance. */
const CONTENT = [
  'Công đoàn cơ sở có 86 đoàn viên, trong đó 52 nữ; trong năm kết nạp mới 4 đoàn viên, không có đoàn viên nào ra khỏi tổ chức.',
  'Ban Chấp hành phối hợp với Hiệu trưởng tổ chức Hội nghị cán bộ, công chức, viên chức đúng thời gian, có 100% đoàn viên tham dự.',
  'Đời sống, việc làm của người lao động ổn định; thu nhập bình quân đạt 9,2 triệu đồng mỗi người mỗi tháng.',
  'Tổ chức 2 buổi sinh hoạt chuyên đề về Luật Công đoàn năm 2024 cho toàn thể đoàn viên vào tháng 3 và tháng 9.',
  'Phong trào “Giỏi việc trường, đảm việc nhà” có 45 chị đăng ký, cuối năm 41 chị đạt danh hiệu.',
  'Quỹ Công đoàn thu đủ, chi đúng quy định; Ủy ban kiểm tra kiểm tra tài chính 2 lần, không phát hiện sai phạm.',
];

/** The seed 003 outline inserted with every parameter filled, and each prompt replaced by content. */
export function filledSeed003(): ReturnType<typeof newAddon> {
  const addon = newAddon({ name: 'Báo cáo năm 2023 - CĐCS Trường THPT Hàm Rồng' });
  const r = addon.gas.call<{ ok: boolean }>('khungInsertOutline', SEED_003, FULL_PARAMS);
  if (!r.ok) throw new Error('insert failed');
  fillPrompts(addon.fake);
  return addon;
}

/**
 * Writes the report (uncounted): every grey prompt paragraph becomes a content sentence in plain
 * black text, and a heading with nothing under it before the next heading of its level or above
 * gets a content paragraph.
 */
export function fillPrompts(fake: FakeGoogle): number {
  let n = 0;
  const next = () => CONTENT[n++ % CONTENT.length] as string;
  const body = fake.doc.body;
  for (const p of body.allParagraphs()) {
    if (p.runs[0]?.attrs.FOREGROUND_COLOR !== '#7f7f7f') continue;
    p.runs = [{ text: next(), attrs: { ...p.runs[0]?.attrs, ITALIC: false, FOREGROUND_COLOR: '#000000' } }];
  }
  const level = (el: unknown) =>
    el instanceof FakeParagraph && el.heading.startsWith('HEADING') ? Number(el.heading.slice(7)) : 0;
  for (let i = body.children.length - 1; i >= 0; i--) {
    const own = level(body.children[i]);
    const after = level(body.children[i + 1]);
    const nextIsTable = !(body.children[i + 1] instanceof FakeParagraph);
    if (own > 0 && (nextIsTable || (after > 0 && after <= own))) {
      body.adopt(new FakeParagraph(body.ctx, next()), i + 1);
    }
  }
  return n;
}
