import { describe, expect, it } from 'vitest';
import {
  BLANK,
  fillSnippet,
  isCapitalLine,
  snippetFields,
} from '../../../../shared/core/snippets/fill-snippet.ts';
import type { Snippet } from '../../../../shared/core/snippets/snippet-schema.ts';

const dateLine: Snippet = {
  id: 'dong-dia-danh',
  label: 'Địa danh, ngày tháng',
  group: 'tieu-de',
  terms: [],
  body: '{{diaDanh}}, {{ngay}}',
  fields: [
    { name: 'diaDanh', label: 'Địa danh', type: 'text' },
    { name: 'ngay', label: 'Ngày', type: 'date' },
  ],
};
const signature: Snippet = {
  id: 'chu-ky',
  label: 'Chữ ký',
  group: 'chu-ky',
  terms: [],
  body: '{{ quyenHan }}\nCHỦ TỊCH\n{{nguoiKy}}\n{{quyenHan}}',
  fields: [
    {
      name: 'quyenHan',
      label: 'Quyền hạn',
      type: 'choice',
      options: ['TM. BAN THƯỜNG VỤ'],
      default: 'TM. BAN THƯỜNG VỤ',
    },
  ],
};
const today = new Date(2026, 10, 21);

describe('snippetFields', () => {
  it('lists the declared fields, then undeclared placeholders once each, as text labelled for the officer', () => {
    expect(snippetFields(signature)).toEqual([
      signature.fields?.[0],
      { name: 'nguoiKy', label: 'Người ký', type: 'text' },
    ]);
  });

  it('is empty for a body without placeholders', () => {
    expect(snippetFields({ ...dateLine, body: '- Như trên;', fields: [] })).toEqual([]);
  });
});

describe('fillSnippet', () => {
  it('defaults a date field to today in the NĐ 30 form', () => {
    expect(fillSnippet(dateLine, { diaDanh: 'Hà Nội' }, today)).toBe('Hà Nội, ngày 21 tháng 11 năm 2026');
    expect(fillSnippet(dateLine, { diaDanh: 'Hà Nội' }, new Date(2027, 1, 5))).toBe(
      'Hà Nội, ngày 05 tháng 02 năm 2027',
    );
  });

  it('writes a typed or ISO date in the NĐ 30 form and keeps other text', () => {
    expect(fillSnippet(dateLine, { diaDanh: 'Huế', ngay: '2026-03-04' }, today)).toBe(
      'Huế, ngày 04 tháng 3 năm 2026',
    );
    expect(fillSnippet(dateLine, { diaDanh: 'Huế', ngay: '9/1/2026' }, today)).toBe(
      'Huế, ngày 09 tháng 01 năm 2026',
    );
    expect(fillSnippet(dateLine, { diaDanh: 'Huế', ngay: '31/02/2026' }, today)).toBe('Huế, 31/02/2026');
    expect(fillSnippet(dateLine, { diaDanh: 'Huế', ngay: 'ngày … tháng … năm 2026' }, today)).toBe(
      'Huế, ngày … tháng … năm 2026',
    );
  });

  it('prints "……" for an unknown or empty value and uses a default otherwise', () => {
    expect(fillSnippet(dateLine, { diaDanh: '  ' }, today)).toBe(`${BLANK}, ngày 21 tháng 11 năm 2026`);
    expect(fillSnippet(signature, { nguoiKy: 'Nguyễn Văn A' })).toBe(
      'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn A\nTM. BAN THƯỜNG VỤ',
    );
    expect(fillSnippet(signature, { quyenHan: 'TM. BAN CHẤP HÀNH' })).toBe(
      `TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n${BLANK}\nTM. BAN CHẤP HÀNH`,
    );
  });

  it('writes a value in capitals on a line of capitals, and as typed elsewhere', () => {
    const header: Snippet = {
      id: 'tieu-de',
      label: 'Tiêu đề',
      group: 'tieu-de',
      terms: [],
      body: 'LĐLĐ TỈNH {{tinh}}\nCÔNG ĐOÀN CƠ SỞ {{ten}}\nSố: {{so}}/BC-CĐCS\nKính gửi: Ban Thường vụ {{tinh}}',
    };
    expect(fillSnippet(header, { tinh: 'Hà Giang', ten: 'Trường Tiểu học Đông Hà', so: '7' })).toBe(
      'LĐLĐ TỈNH HÀ GIANG\nCÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC ĐÔNG HÀ\nSố: 7/BC-CĐCS\nKính gửi: Ban Thường vụ Hà Giang',
    );
    // A line of the field alone has no words of its own to tell: the field says so itself.
    const sign: Snippet = {
      ...signature,
      body: 'TL. CHỦ TỊCH\n{{chucVu}}\n{{nguoiKy}}',
      fields: [{ name: 'chucVu', label: 'Chức vụ', type: 'text', case: 'upper' }],
    };
    expect(fillSnippet(sign, { chucVu: 'Chánh Văn phòng', nguoiKy: 'Lê Thị Hoa' })).toBe(
      'TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Thị Hoa',
    );
  });

  it('tells a line of capitals by its own letters, placeholders aside', () => {
    expect(isCapitalLine('LIÊN ĐOÀN LAO ĐỘNG TỈNH {{tinh}}')).toBe(true);
    expect(isCapitalLine('Số: {{so}}/{{loai}}-LĐLĐ')).toBe(false);
    expect(isCapitalLine('{{nguoiKy}}')).toBe(false);
    expect(isCapitalLine('{{diaDanh}}, {{ngay}}')).toBe(false);
  });

  it('leaves a body without placeholders as it is, and ignores values for fields it lacks', () => {
    const plain = { ...dateLine, body: '- Như trên;\n- Lưu: VT.', fields: [] };
    expect(fillSnippet(plain, { x: 'y' }, today)).toBe('- Như trên;\n- Lưu: VT.');
  });
});
