import { describe, expect, it } from 'vitest';
import type { FakePosition } from '../../playground/document-app/document.ts';
import type { FakeParagraph } from '../../playground/document-app/index.ts';
import { newAddon, texts, writeLines } from './helpers.ts';

// Block or inline in the add-on (the core's insert-placement.ts, decided on the caret's line), and
// the cursor after every insert: the built Code.js on the DocumentApp fake.

type Action = { ok: boolean; message: string };

/** The paragraph and character offset the fake's cursor is at. */
function cursorAt(fake: ReturnType<typeof newAddon>['fake']): { text: string; offset: number } {
  const cursor = fake.doc.cursor as FakePosition | null;
  if (!cursor) throw new Error('no cursor');
  const paragraph = fake.doc.focusParagraph() as FakeParagraph;
  return { text: paragraph.plainText(), offset: cursor.offset };
}

describe('a block snippet at a caret inside a line', () => {
  it('starts a new paragraph, and the text after the caret continues on its own', () => {
    const { fake, gas } = newAddon();
    const [p] = writeLines(fake, ['Báo cáo gửi như sau: Kết quả quý I.', 'Cuối.']);
    fake.doc.placeCursor(p as FakeParagraph, 21);
    const r = gas.call<Action>('khungInsertSnippet', 'Kính gửi: Ban Thường vụ LĐLĐ tỉnh Cao Bằng', 'block');
    expect(r.ok).toBe(true);
    expect(texts(fake)).toEqual([
      'Báo cáo gửi như sau: ',
      'Kính gửi: Ban Thường vụ LĐLĐ tỉnh Cao Bằng',
      'Kết quả quý I.',
      'Cuối.',
    ]);
  });

  it('keeps the look of the line it splits on the text after the caret', () => {
    const { fake, gas } = newAddon();
    const [p] = writeLines(fake, ['## I. KẾT QUẢ HOẠT ĐỘNG']);
    fake.doc.placeCursor(p as FakeParagraph, 3);
    gas.call('khungInsertSnippet', 'Căn cứ Luật Công đoàn 2024;', 'block');
    const [, , tail] = fake.doc.body.allParagraphs();
    expect(tail?.plainText()).toBe('KẾT QUẢ HOẠT ĐỘNG');
    expect(tail?.heading).toBe('HEADING2');
  });

  it('goes before a line whose start holds the caret, and before an empty line, keeping it', () => {
    const a = newAddon();
    const [p] = writeLines(a.fake, ['Nội dung.']);
    a.fake.doc.placeCursor(p as FakeParagraph, 0);
    a.gas.call('khungInsertSnippet', 'Nơi nhận:\n- Như trên;\n- Lưu: VT.', 'block');
    expect(texts(a.fake)).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'Nội dung.']);

    const b = newAddon();
    const [, empty] = writeLines(b.fake, ['Trên đây là báo cáo./.', '']);
    b.fake.doc.placeCursor(empty as FakeParagraph, 0);
    b.gas.call('khungInsertSnippet', 'Nơi nhận:\n- Như trên;', 'block');
    expect(texts(b.fake)).toEqual(['Trên đây là báo cáo./.', 'Nơi nhận:', '- Như trên;', '']);
  });
});

describe('an inline snippet', () => {
  it('goes into the sentence at the caret, with a space where words would glue', () => {
    const { fake, gas } = newAddon();
    const [p] = writeLines(fake, ['Chăm lo đời sống cho trong dịp Tết.']);
    fake.doc.placeCursor(p as FakeParagraph, 21);
    gas.call('khungInsertSnippet', 'đoàn viên, người lao động', 'inline');
    expect(texts(fake)).toEqual(['Chăm lo đời sống cho đoàn viên, người lao động trong dịp Tết.']);
    expect(cursorAt(fake)).toEqual({
      text: 'Chăm lo đời sống cho đoàn viên, người lao động trong dịp Tết.',
      offset: 21 + 'đoàn viên, người lao động '.length,
    });
  });
});

describe('the cursor after an insert', () => {
  it('sits after the inserted text, so consecutive inserts come in order', () => {
    const { fake, gas } = newAddon();
    const [p] = writeLines(fake, ['Trên đây là báo cáo./.']);
    fake.doc.placeCursor(p as FakeParagraph, 22);
    gas.call('khungInsertSnippet', 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.', 'block');
    expect(cursorAt(fake)).toEqual({ text: '- Lưu: VT, VP.', offset: 14 });
    gas.call('khungInsertSnippet', 'TM. BAN CHẤP HÀNH\nCHỦ TỊCH', 'block');
    gas.call('khungInsertSnippet', 'Nguyễn Văn An', 'block');
    expect(texts(fake)).toEqual([
      'Trên đây là báo cáo./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, VP.',
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ]);
  });

  it('consecutive inline phrases come in order too', () => {
    const { fake, gas } = newAddon();
    const [p] = writeLines(fake, ['Gửi: .']);
    fake.doc.placeCursor(p as FakeParagraph, 5);
    gas.call('khungInsertSnippet', 'Ban Thường vụ', 'inline');
    gas.call('khungInsertSnippet', 'LĐLĐ tỉnh', 'inline');
    expect(texts(fake)).toEqual(['Gửi: Ban Thường vụ LĐLĐ tỉnh.']);
  });

  it('sits after an inserted outline, so a snippet inserted next goes after it', () => {
    const { fake, gas } = newAddon();
    const [p] = writeLines(fake, ['Mở đầu.', 'Cuối văn bản.']);
    fake.doc.placeCursor(p as FakeParagraph, 7);
    const r = gas.call<Action>('khungInsertOutline', 'cong-van', {});
    expect(r.ok).toBe(true);
    expect(cursorAt(fake)).toEqual({ text: 'Cuối văn bản.', offset: 0 });
    gas.call('khungInsertSnippet', 'Ghi chú thêm.', 'block');
    expect(texts(fake).slice(-2)).toEqual(['Ghi chú thêm.', 'Cuối văn bản.']);
  });

  it('inside the signature table, stays in the cell with the lines in order', () => {
    const { fake, gas } = newAddon();
    writeLines(fake, ['Trước bảng.']);
    const table = fake.doc.body.addTable([['Nơi nhận:', 'TM. BAN CHẤP HÀNH']]);
    const cell = table.rows()[0]?.cells()[1];
    fake.doc.placeCursor(cell?.paragraphs()[0] as FakeParagraph, 17);
    gas.call('khungInsertSnippet', 'CHỦ TỊCH', 'block');
    gas.call('khungInsertSnippet', 'Nguyễn Văn An', 'block');
    expect(cell?.paragraphs().map((x) => x.plainText())).toEqual([
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ]);
  });
});
