import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { formalTypeOf, typeOfKyHieu } from '../../../../shared/core/formal/document-type.ts';
import { locateHeader } from '../../../../shared/core/formal/locate-header.ts';
import type { OutlineMatch } from '../../../../shared/core/outline/match-outline.ts';
import { testOutline } from '../../../helpers/rule-tester.ts';

const header = (text: string) => locateHeader(docFromText(text));
const baoCao = testOutline([{ id: 'i', title: 'KẾT QUẢ', numbering: 'roman', required: true }]);
/** Only the fields formalTypeOf reads. */
const matched = (isSource: boolean) => ({ isSource, part: 0 }) as unknown as OutlineMatch;

describe('formalTypeOf', () => {
  it('trusts the tên loại line over an outline (a detected outline may be a wrong guess)', () => {
    const t = formalTypeOf(header('Số: 05/KH-CĐN\nKẾ HOẠCH\nTổ chức hội nghị'), baoCao, matched(false));
    expect(t).toMatchObject({ source: 'title', congVan: false, type: { code: 'KH' } });
  });

  it('takes a “V/v” line for a công văn', () => {
    expect(formalTypeOf(header('Số: 112/CĐVC-VP\nV/v báo cáo'), baoCao, matched(false))).toEqual({
      type: null,
      congVan: true,
      source: 'vv',
    });
  });

  it('uses the outline when the document says nothing, unless it is the đề cương itself', () => {
    const h = header('Số: 15/BC-CĐCS\nHà Nội, ngày 05 tháng 3 năm 2024');
    expect(formalTypeOf(h, baoCao, matched(false))).toMatchObject({
      source: 'outline',
      type: { code: 'BC' },
    });
    expect(formalTypeOf(h, baoCao, matched(true))).toBeNull();
    expect(formalTypeOf(h, null, null)).toBeNull();
  });

  it('a tên loại without a code (ĐỀ CƯƠNG) gives no type row', () => {
    expect(formalTypeOf(header('ĐỀ CƯƠNG\nBÁO CÁO HOẠT ĐỘNG'), null, null)).toMatchObject({
      type: null,
      congVan: false,
    });
  });
});

describe('typeOfKyHieu', () => {
  it('reads the type from the first group after “/”', () => {
    expect(typeOfKyHieu(header('Số: 148/HD - CĐVC'))?.name).toBe('Hướng dẫn');
    expect(typeOfKyHieu(header('Số: 579/CV-LĐLĐ'))).toBeUndefined();
    expect(typeOfKyHieu(header('KẾ HOẠCH'))).toBeUndefined();
  });
});
