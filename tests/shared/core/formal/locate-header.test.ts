import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromMarkdown } from '../../../../cli/read/markdown.ts';
import type { Block, DocModel } from '../../../../shared/core/document/doc-model.ts';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { originalRange } from '../../../../shared/core/formal/header-line.ts';
import { headerOf, locateHeader } from '../../../../shared/core/formal/locate-header.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';

const fixtures = join(import.meta.dirname, '../../../fixtures/formal');
const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

describe('locateHeader on plain text, columns one after the other', () => {
  const doc = docFromText(readFileSync(join(fixtures, 'mau-1-4-ke-hoach.txt'), 'utf8'));
  const h = locateHeader(doc);

  it('finds issuers, Quốc hiệu, Tiêu ngữ, Số and the date line', () => {
    expect(texts(h.issuers)).toEqual(['LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG', 'CÔNG ĐOÀN NGÀNH GIÁO DỤC']);
    expect(h.quocHieu?.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(h.tieuNgu?.text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(h.so?.parsed.groups.map((g) => g.text)).toEqual(['KH', 'CĐN']);
    expect(h.date?.parsed.place?.text).toBe('Cao Bằng');
  });

  it('finds the tên loại with its trích yếu, and the căn cứ lines', () => {
    expect(h.title?.text).toBe('KẾ HOẠCH');
    expect(texts(h.subject)).toEqual(['Tổ chức Tháng Công nhân năm 2024']);
    expect(h.vv).toBe(false);
    expect(h.canCu).toHaveLength(2);
    expect(h.kinhGui).toBeNull();
  });

  it('stops at the first paragraph of body text', () => {
    expect(doc.blocks[h.bodyStart]?.text).toMatch(/^Thực hiện Kế hoạch số 06/u);
  });
});

describe('locateHeader on a công văn (Mẫu 1.5)', () => {
  const doc = docFromText(readFileSync(join(fixtures, 'mau-1-5-cong-van.txt'), 'utf8'));
  const h = locateHeader(doc);

  it('takes “V/v …” as the trích yếu and has no tên loại', () => {
    expect(h.title).toBeNull();
    expect(h.vv).toBe(true);
    expect(h.subject[0]?.text).toMatch(/^V\/v /u);
  });

  it('reads a Kính gửi list under its label', () => {
    expect(h.kinhGui?.inline).toBeNull();
    expect(h.kinhGui?.items.map((i) => i.text)).toEqual([
      '- Các công đoàn cơ sở trực thuộc;',
      '- Các ban của Liên đoàn Lao động tỉnh.',
    ]);
  });
});

describe('locateHeader on flattened columns', () => {
  it('splits two columns side by side on one line, at tabs or runs of spaces', () => {
    const doc = docFromText(
      [
        'LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'CÔNG ĐOÀN VIÊN CHỨC TỈNH        Độc lập - Tự do - Hạnh phúc',
        'Số:      /KH-CĐVC\t\tĐiện Biên, ngày 05 tháng 01 năm 2024',
        'KẾ HOẠCH',
        'Tổ chức hội nghị cán bộ',
      ].join('\n'),
    );
    const h = locateHeader(doc);
    expect(texts(h.issuers)).toEqual(['LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐIỆN BIÊN', 'CÔNG ĐOÀN VIÊN CHỨC TỈNH']);
    expect(h.quocHieu).toMatchObject({ block: 0, text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' });
    expect(h.tieuNgu?.block).toBe(1);
    expect(h.so?.parsed.number).toBeNull();
    expect(h.so?.text).toBe('Số:      /KH-CĐVC');
    expect(h.date?.text).toBe('Điện Biên, ngày 05 tháng 01 năm 2024');
  });

  it('splits an issuer and the Quốc hiệu joined by a single space', () => {
    const doc = docFromText(
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKẾ HOẠCH\nAbc',
    );
    const h = locateHeader(doc);
    expect(texts(h.issuers)).toEqual(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM']);
    expect(h.quocHieu?.start).toBe(33);
  });

  it('reads a Markdown header table whose cells break lines with “<br>”', () => {
    const doc = docFromMarkdown(
      '| LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG<br>CÔNG ĐOÀN NGÀNH GIÁO DỤC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n| Số: 42/BC-CĐN | Cao Bằng, ngày 10 tháng 6 năm 2021 |\n\nBÁO CÁO\n\nKết quả hoạt động\n',
    );
    const h = locateHeader(doc);
    expect(texts(h.issuers)).toEqual(['LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG', 'CÔNG ĐOÀN NGÀNH GIÁO DỤC']);
    expect([h.quocHieu?.block, h.tieuNgu?.block]).toEqual([2, 3]);
    expect(h.so?.text).toBe('Số: 42/BC-CĐN');
    expect(h.date?.parsed.year.value).toBe(2021);
  });

  it('splits one cell’s lines kept in one paragraph by a soft break', () => {
    const doc: DocModel = {
      blocks: [
        { text: 'Số: 12/LĐLĐ-VP\u000bV/v tổ chức hội nghị', style: {}, table: { table: 0, row: 1, cell: 0 } },
      ],
      meta: {},
    };
    const h = locateHeader(doc);
    expect(h.so?.text).toBe('Số: 12/LĐLĐ-VP');
    expect(h.vv).toBe(true);
    expect(h.subject.map((l) => [l.start, l.text])).toEqual([[15, 'V/v tổ chức hội nghị']]);
  });

  it('maps ranges back to the original text when it had NBSPs and decomposed letters', () => {
    const doc = docFromText('So\u0302\u0301:\u00a012/KH-LĐLĐ\nKẾ HOẠCH');
    const h = locateHeader(doc);
    expect(h.so?.text).toBe('Số: 12/KH-LĐLĐ');
    const analysis = analyzeDocument(doc);
    expect(h.so && originalRange(analysis, h.so)).toEqual([0, doc.blocks[0]?.text.length]);
  });
});

describe('locateHeader on the two-column header table', () => {
  const cell = (text: string, row: number, c: number): Block => ({
    text,
    style: {},
    table: { table: 0, row, cell: c },
  });
  const doc: DocModel = {
    blocks: [
      cell('TỔNG LĐLĐ VIỆT NAM', 0, 0),
      cell('LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG', 0, 0),
      cell('Số: 745/LĐLĐ-VP', 0, 0),
      cell('V/v báo cáo hoạt động công đoàn', 0, 0),
      cell('6 tháng đầu năm 2020', 0, 0),
      cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 0, 1),
      cell('Độc lập - Tự do - Hạnh phúc', 0, 1),
      cell('Cao Bằng, ngày 25 tháng 5 năm 2020', 0, 1),
      { text: 'Kính gửi: Các công đoàn cấp trên cơ sở.', style: {} },
      { text: 'Để có cơ sở tổng hợp, Ban Thường vụ đề nghị các đơn vị báo cáo.', style: {} },
    ],
    meta: { source: 'gdoc' },
  };
  const h = locateHeader(doc);

  it('takes issuers from the left cell and the Quốc hiệu side from the right cell', () => {
    expect(texts(h.issuers)).toEqual(['TỔNG LĐLĐ VIỆT NAM', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG']);
    expect(h.quocHieu?.block).toBe(5);
    expect(h.tieuNgu?.block).toBe(6);
    expect(h.date?.block).toBe(7);
  });

  it('joins a V/v wrapped over two paragraphs of its cell', () => {
    expect(h.vv).toBe(true);
    expect(h.subject.map((s) => s.block)).toEqual([3, 4]);
  });

  it('reads an inline Kính gửi and stops at the body', () => {
    expect(h.kinhGui?.inline?.text).toBe('Các công đoàn cấp trên cơ sở.');
    expect(h.bodyStart).toBe(9);
  });
});

describe('locateHeader on real documents (the seeds)', () => {
  it('seed 003: Số with spaces around "-", V/v, date, inline Kính gửi', () => {
    const doc = docFromText(
      '\n\nSố: 148/HD - CĐVC\nV/v báo cáo hoạt động Công đoàn năm 2023,\nnhiệm vụ trọng tâm năm 2024\n\nThanh Hóa, ngày 09 tháng 11 năm 2023\n\nKính gửi: Các Công đoàn cơ sở trực thuộc.\n\nThực hiện Công văn số 633/TLĐ ngày 03/11/2023.',
    );
    const h = locateHeader(doc);
    expect(h.so?.parsed.straySpaces).toHaveLength(2);
    expect(h.vv).toBe(true);
    expect(h.date?.parsed.day.value).toBe(9);
    expect(h.kinhGui?.inline?.text).toBe('Các Công đoàn cơ sở trực thuộc.');
    expect(h.bodyStart).toBe(4);
  });

  it('takes a written-out “Về việc …” under the Số for a công văn’s trích yếu, not under a tên loại', () => {
    expect(locateHeader(docFromText('Số: 12/LĐLĐ-VP\nVề việc tổ chức hội nghị')).vv).toBe(true);
    const qd = locateHeader(docFromText('Số: 12/QĐ-LĐLĐ\nQUYẾT ĐỊNH\nVề việc khen thưởng'));
    expect(qd.vv).toBe(false);
    expect(qd.subject.map((l) => l.text)).toEqual(['Về việc khen thưởng']);
  });

  it('a document without header parts gives an empty header', () => {
    const h = locateHeader(docFromText('I. MỤC ĐÍCH\n1. Nội dung'));
    expect(h).toMatchObject({ issuers: [], quocHieu: null, so: null, date: null, title: null, bodyStart: 0 });
  });
});

describe('headerOf', () => {
  it('computes the header once per analysis, and again for a new analysis', () => {
    const doc = docFromText('Số: 05/KH-CĐN\nKẾ HOẠCH\nTổ chức hội nghị');
    const analysis = analyzeDocument(doc);
    expect(headerOf(analysis)).toBe(headerOf(analysis));
    expect(headerOf(analyzeDocument(doc))).not.toBe(headerOf(analysis));
    expect(headerOf(analysis)).toEqual(locateHeader(doc));
  });
});

describe('locateHeader on web copies and long capitals', () => {
  const header = (text: string) => locateHeader(docFromText(text));

  it('skips a few lines of a web page above the header, and reads a “V/v” wrapped before the Quốc hiệu', () => {
    const h = header(
      'Tin tức - Sự kiện\nVăn bản\nLIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE\nSố: 45/LĐLĐ-TC\nV/v tổ chức Tháng Công nhân\nChào mừng Ngày Quốc tế Lao động\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBến Tre, ngày 02 tháng 4 năm 2025\nKính gửi: Các công đoàn cơ sở.',
    );
    expect(texts(h.issuers)).toEqual(['LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE']);
    expect(texts(h.subject)).toEqual(['V/v tổ chức Tháng Công nhân', 'Chào mừng Ngày Quốc tế Lao động']);
    expect(h.date?.parsed.place?.text).toBe('Bến Tre');
    expect(h.kinhGui?.inline?.text).toBe('Các công đoàn cơ sở.');
  });

  it('takes “Về …” right above “Kính gửi” as a công văn’s trích yếu', () => {
    const h = header(
      'Số: 12/SGDĐT-VP\tCần Thơ, ngày 03 tháng 3 năm 2025\nVề tổ chức kỳ thi chọn học sinh giỏi\nKính gửi: Các trường trung học phổ thông.\nNội dung.',
    );
    expect(h.vv).toBe(true);
    expect(texts(h.subject)).toEqual(['Về tổ chức kỳ thi chọn học sinh giỏi']);
  });

  it('starts the body at the first line when no header follows the skipped lines', () => {
    expect(header('Các đơn vị triển khai.\nTiếp tục thực hiện.\nI. NHIỆM VỤ').bodyStart).toBe(0);
  });

  it('takes a long trích yếu in capitals, stops at the deciding authority, and knows the Party’s “KẾT LUẬN”', () => {
    const long = `VỀ VIỆC BAN HÀNH QUY CHẾ ${'PHỐI HỢP CÔNG TÁC GIỮA CÁC CƠ QUAN '.repeat(6)}`.trim();
    const h = header(
      `Số: 05/QĐ-UBND\tAn Giang, ngày 03 tháng 3 năm 2025\nQUYẾT ĐỊNH\n${long}\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;`,
    );
    expect(texts(h.subject)).toEqual([long]);
    expect(h.canCu).toHaveLength(1);
    const party = header(
      'ĐẢNG ỦY XÃ AN BÌNH\tĐẢNG CỘNG SẢN VIỆT NAM\nSố 03-KL/ĐU\tAn Bình, ngày 03 tháng 3 năm 2025\nKẾT LUẬN\nCỦA BAN THƯỜNG VỤ ĐẢNG ỦY\n-----\nNội dung.',
    );
    expect(party.title?.text).toBe('KẾT LUẬN');
    expect(texts(party.subject)).toEqual(['CỦA BAN THƯỜNG VỤ ĐẢNG ỦY']);
  });
});
