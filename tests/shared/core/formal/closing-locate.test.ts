import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { locateClosing } from '../../../../shared/core/formal/locate-closing.ts';
import { analyzeDocument } from '../../../../shared/core/headings/analyze-document.ts';
import { closingTableDoc } from './closing-fixtures.ts';

const closingsOf = (text: string) => locateClosing(analyzeDocument(docFromText(text)));
/** A closing as short strings: "nn:<heading>", "item:<text>", "<role>:<text>". */
function outline(text: string): string[][] {
  return closingsOf(text).map((c) => [
    ...(c.noiNhan ? [`nn:${c.noiNhan.heading.text}`, ...c.noiNhan.items.map((i) => `item:${i.text}`)] : []),
    ...c.signature.map((l) => `${l.role}:${l.text}`),
  ]);
}

describe('locateClosing', () => {
  it('reads Nơi nhận and the signature written one under the other', () => {
    expect(
      outline(
        'Nội dung./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n(đã ký)\nNguyễn Văn An',
      ),
    ).toEqual([
      [
        'nn:Nơi nhận:',
        'item:- Như trên;',
        'item:- Lưu: VT, VP.',
        'authority:TM. BAN THƯỜNG VỤ',
        'title:CHỦ TỊCH',
        'note:(đã ký)',
        'name:Nguyễn Văn An',
      ],
    ]);
  });

  it('separates the two columns flattened onto one line', () => {
    const text =
      'Nội dung./.\nNơi nhận:                       KT. CHỦ TỊCH\n- Như trên;                           PHÓ CHỦ TỊCH\n- Lưu: VT, VP.\n                               Trần Văn Bình';
    expect(outline(text)).toEqual([
      [
        'nn:Nơi nhận:',
        'item:- Như trên;',
        'item:- Lưu: VT, VP.',
        'authority:KT. CHỦ TỊCH',
        'title:PHÓ CHỦ TỊCH',
        'name:Trần Văn Bình',
      ],
    ]);
  });

  it('keeps seed 001’s “Báo cáo” note beside a line out of both lists', () => {
    const text =
      'Nội dung./.\nNơi nhận:\n- Thường trực Tỉnh ủy.\n- Tổng LĐLĐ Việt Nam.          Báo cáo\n- Lưu VT- TH .\n\tTM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\n(đã ký)\nNÔNG VĂN DŨNG';
    expect(outline(text)).toEqual([
      [
        'nn:Nơi nhận:',
        'item:- Thường trực Tỉnh ủy.',
        'item:- Tổng LĐLĐ Việt Nam.',
        'item:- Lưu VT- TH .',
        'authority:TM. BAN THƯỜNG VỤ',
        'title:PHÓ CHỦ TỊCH THƯỜNG TRỰC',
        'note:(đã ký)',
        'name:NÔNG VĂN DŨNG',
      ],
    ]);
  });

  it('splits the items of a Nơi nhận written on one line, with ranges in the original text', () => {
    const [closing] = closingsOf(
      'Nội dung./.\nNơi nhận: - Như Điều 3; - Lưu VT, TCCB.\nHIỆU TRƯỞNG\nNguyễn Văn An',
    );
    expect(closing?.noiNhan?.items.map((i) => [i.text, i.start, i.end])).toEqual([
      ['- Như Điều 3;', 10, 23],
      ['- Lưu VT, TCCB.', 24, 39],
    ]);
    expect(closing?.signature.map((l) => l.role)).toEqual(['title', 'name']);
  });

  it('reads the two-column bottom table cell by cell', () => {
    const doc = closingTableDoc(
      ['Nơi nhận:', '- Như trên;', 'Lưu: VT, VP.'],
      ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH', 'Nguyễn Thị Lan'],
    );
    const [closing] = locateClosing(analyzeDocument(doc));
    expect(closing?.lastBody).toBe(0);
    expect(closing?.noiNhan?.items.map((i) => [i.text, i.whole])).toEqual([
      ['- Như trên;', true],
      ['Lưu: VT, VP.', true],
    ]);
    expect(closing?.signature.map((l) => `${l.role}:${l.text}`)).toEqual([
      'authority:TM. BAN CHẤP HÀNH',
      'title:CHỦ TỊCH',
      'name:Nguyễn Thị Lan',
    ]);
  });

  it('finds a signature written with “T/M” even without Nơi nhận', () => {
    expect(outline('Nội dung báo cáo.\nT/M BAN CHẤP HÀNH\nCHỦ TỊCH\nLê Văn Cường')).toEqual([
      ['authority:T/M BAN CHẤP HÀNH', 'title:CHỦ TỊCH', 'name:Lê Văn Cường'],
    ]);
  });

  it('gives the last body paragraph of each part', () => {
    const closings = closingsOf(
      'KẾ HOẠCH\nHội nghị\nI. MỤC ĐÍCH\nNội dung một./.\nNơi nhận:\n- Lưu: VT, VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nA B\n-----oOo-----\nKính gửi: Các ban\nNội dung hai.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH',
    );
    expect(closings.map((c) => [c.part, c.lastBody])).toEqual([
      [0, 3],
      [1, 11],
    ]);
  });

  it('finds nothing in a document without an end (an attached đề cương)', () => {
    expect(closingsOf('ĐỀ CƯƠNG BÁO CÁO\nI. ĐẶC ĐIỂM TÌNH HÌNH\nNêu rõ khó khăn, thuận lợi.')).toEqual([]);
  });
});

// The five real documents live beside the repository: skipped on a clone without ../shared.
const seeds = join(import.meta.dirname, '../../../../../shared/seeds');
describe.skipIf(!existsSync(seeds))('locateClosing on the seed documents', () => {
  it.each([
    ['001_8a3c26e9074e4f37.txt', 2],
    ['002_ee4bcc0114294c0a.txt', 1],
    ['003_7d8a9a4a7e28724e.txt', 1],
    ['004_da1b6fa008f85863.txt', 1],
    ['000_32218273462214aa.txt', 0],
  ])('%s: %i closing(s), each starting with its authority line and title', (file, count) => {
    const closings = closingsOf(readFileSync(join(seeds, file), 'utf8'));
    expect(closings).toHaveLength(count);
    for (const c of closings)
      expect(c.signature.slice(0, 2).map((l) => l.role)).toEqual(['authority', 'title']);
  });
});
