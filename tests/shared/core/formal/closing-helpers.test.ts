import { describe, expect, it } from 'vitest';
import { luuFixed, luuProblems, parseLuu } from '../../../../shared/core/formal/closing-noi-nhan.ts';
import {
  hocViPrefix,
  isPersonName,
  nameCase,
  parseAuthority,
  titleDiacritics,
} from '../../../../shared/core/formal/closing-signature.ts';

describe('parseAuthority', () => {
  it.each([
    ['TM. BAN THƯỜNG VỤ', 'TM.', true],
    ['T/M BAN THƯỜNG VỤ', 'TM.', false],
    ['T.M. BAN CHẤP HÀNH', 'TM.', false],
    ['TM BAN CHẤP HÀNH', 'TM.', false],
    ['Tm. Ban Thường vụ', 'TM.', false],
    ['KT: CHỦ TỊCH', 'KT.', false],
    ['K/T CHỦ TỊCH', 'KT.', false],
    ['TL. CHỦ TỊCH', 'TL.', true],
    ['TUQ. CHỦ TỊCH', 'TUQ.', true],
    ['Q. CHỦ TỊCH', 'Q.', true],
  ])('%s → %s (canonical: %s)', (text, authority, canonical) => {
    expect(parseAuthority(text)).toMatchObject({ authority, canonical });
  });

  it.each(['Tổng số đoàn viên', 'TL lao động', 'Quyết định số 12', 'Tm ơn'])(
    '%s is no authority line',
    (text) => {
      expect(parseAuthority(text)).toBeNull();
    },
  );
});

describe('signer names', () => {
  it.each([
    ['TS. Nguyễn Văn A', 'TS. '],
    ['PGS.TS. Trần Thị B', 'PGS.TS. '],
    ['ThS. Lê Văn C', 'ThS. '],
    ['Tiến sĩ Nguyễn Văn A', 'Tiến sĩ '],
    ['Thái Thị Thanh', ''],
    ['Tạ Văn Sơn', ''],
  ])('%s has the học vị prefix “%s”', (text, prefix) => {
    expect(hocViPrefix(text)).toBe(prefix);
  });

  it.each([
    ['Nguyễn Văn An', true],
    ['NÔNG VĂN DŨNG', true],
    ['TRƯƠNG VĂN BA', true],
    ['Báo cáo', false],
    ['CHỦ TỊCH', false],
    ['Chủ Tịch', false],
    ['PHÓ CHỦ TỊCH THƯỜNG TRỰC', false],
  ])('%s is a name: %s', (text, name) => {
    expect(isPersonName(text)).toBe(name);
  });

  it('writes a name in capitals with capital initials only', () => {
    expect(nameCase('NÔNG VĂN DŨNG')).toBe('Nông Văn Dũng');
  });
});

describe('the Lưu line', () => {
  it.each([
    ['- Lưu: VT, VP.', [], '- Lưu: VT, VP.'],
    ['- Lưu VT;', ['thiếu dấu hai chấm sau “Lưu”', 'dòng cuối phải kết thúc bằng dấu chấm'], '- Lưu: VT.'],
    [
      '- Lưu VT- TH .',
      ['thiếu dấu hai chấm sau “Lưu”', 'sau “VT” là dấu phẩy và một dấu cách'],
      '- Lưu: VT, TH.',
    ],
    ['- Lưu: VT, TCCB, 02b.', [], '- Lưu: VT, TCCB, 02b.'],
    // NĐ 30/2020, Phụ lục I, II.9.b: no separate drafting unit; the drafter's initials and copies in brackets.
    ['- Lưu: VT.', [], '- Lưu: VT.'],
    ['- Lưu: VT, TCCB (H, 03b).', [], '- Lưu: VT, TCCB (H, 03b).'],
    ['- Lưu: VTLĐ, ToC (An).', [], null],
    ['- Lưu: VT, TC. hn', [], '- Lưu: VT, TC.'],
    [
      '- Lưu: VT.TC',
      ['sau “VT” là dấu phẩy và một dấu cách', 'dòng cuối phải kết thúc bằng dấu chấm'],
      '- Lưu: VT, TC.',
    ],
    ['- Lưu VT, TC (Nam).', ['thiếu dấu hai chấm sau “Lưu”'], '- Lưu: VT, TC (Nam).'],
    [
      '- Lưu VP CĐVC tỉnh.',
      ['thiếu dấu hai chấm sau “Lưu”', 'chưa ghi “VT” (Văn thư) ngay sau “Lưu:”'],
      null,
    ],
  ])('%s', (text, problems, fixed) => {
    const luu = parseLuu(text);
    expect(luu).not.toBeNull();
    if (!luu) return;
    expect(luuProblems(luu)).toEqual(problems);
    expect(luuFixed(luu)).toBe(fixed);
  });

  it('a recipient is not a Lưu line', () => {
    expect(parseLuu('- Các CĐCS trực thuộc;')).toBeNull();
  });
});

describe('titleDiacritics', () => {
  it.each([
    ['CHU TICH', 'CHỦ TỊCH'],
    ['PHÓ CHỦ TICH', 'PHÓ CHỦ TỊCH'],
    ['KT. THU TRUONG', 'KT. THỨ TRƯỞNG'],
    ['TM. BAN CHAP HANH', 'TM. BAN CHẤP HÀNH'],
  ])('%s → %s', (text, right) => {
    expect(titleDiacritics(text)).toBe(right);
  });

  it.each(['PHÓ CHỦ TỊCH', 'TM. UỶ BAN NHÂN DÂN', 'TM. ỦY BAN NHÂN DÂN', 'GIAM KHAO'])(
    '%s is left as written (tone placement, unknown words)',
    (text) => {
      expect(titleDiacritics(text)).toBeNull();
    },
  );
});
