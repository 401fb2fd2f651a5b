import { describe, expect, it } from 'vitest';
import {
  documentTypeName,
  TYPE_ABBREVIATIONS,
  typeByCode,
  typeByTitle,
  typeOfDocumentType,
} from '../../../../shared/core/formal/type-abbreviations.ts';
import { DocumentType } from '../../../../shared/core/outline/outline-schema.ts';

describe('the NĐ 30 Phụ lục III type table', () => {
  it('has every code once', () => {
    const codes = TYPE_ABBREVIATIONS.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses the decree’s spellings, not the 2011 ones', () => {
    expect(typeByCode('CTr')?.name).toBe('Chương trình');
    expect(typeByCode('QyĐ')?.name).toBe('Quy định');
    expect(typeByCode('BGN')?.name).toBe('Bản ghi nhớ');
    expect(typeByCode('GUQ')?.name).toBe('Giấy ủy quyền');
    expect(typeByCode('UQ')).toBeUndefined();
  });

  it('tells CT (Chỉ thị) from CTr (Chương trình) by case, and forgives case otherwise', () => {
    expect(typeByCode('CT')?.name).toBe('Chỉ thị');
    expect(typeByCode('Ctr')?.code).toBe('CTr');
    expect(typeByCode('tb')?.code).toBe('TB');
    expect(typeByCode('CV')).toBeUndefined();
  });

  it('maps every DocumentType that has a code, and none for công văn and đề cương', () => {
    for (const type of DocumentType.options) {
      const row = typeOfDocumentType(type);
      if (type === 'cong-van' || type === 'de-cuong') expect(row).toBeUndefined();
      else expect(row?.documentType).toBe(type);
    }
    expect(documentTypeName('cong-van')).toBe('Công văn');
    expect(documentTypeName('ke-hoach')).toBe('Kế hoạch');
  });

  it('finds the type of a tên loại line, the longest name first', () => {
    expect(typeByTitle('KẾ HOẠCH')?.code).toBe('KH');
    expect(typeByTitle('BÁO CÁO SƠ KẾT GIỮA NHIỆM KỲ')?.code).toBe('BC');
    expect(typeByTitle('GIẤY UỶ QUYỀN')?.code).toBe('GUQ');
    expect(typeByTitle('QUYẾT ĐỊNH:')?.code).toBe('QĐ');
    expect(typeByTitle('ĐỀ CƯƠNG')).toBeUndefined();
    expect(typeByTitle('KẾ HOẠCHX')).toBeUndefined();
  });
});
