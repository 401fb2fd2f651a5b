import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../../../cli/load-outlines.ts';
import { UNIT_PARAMETERS, unitParameters } from '../../../../shared/core/outline/remembered-parameters.ts';
import { STANDARD_PARAMETERS } from '../../../../shared/core/outline/standard-parameters.ts';

describe('the insert form remembers only what belongs to the unit', () => {
  it('keeps đơn vị, cấp trên, địa danh, người ký, chức vụ and drops số, ký hiệu, ngày, năm', () => {
    const filled = {
      capTren: 'LĐLĐ tỉnh Cao Bằng',
      donVi: 'CĐCS Trường A',
      so: '15',
      kyHieu: 'BC-CĐCS',
      diaDanh: 'Cao Bằng',
      ngay: '21/11/2023',
      nam: '2023',
      kinhGui: 'Ban Thường vụ',
      nguoiKy: 'Nguyễn Văn An',
      chucVu: 'CHỦ TỊCH',
      vanBanYeuCau: 'Hướng dẫn số 148/HD-CĐVC',
    };
    expect(unitParameters(filled)).toEqual({
      capTren: 'LĐLĐ tỉnh Cao Bằng',
      donVi: 'CĐCS Trường A',
      diaDanh: 'Cao Bằng',
      nguoiKy: 'Nguyễn Văn An',
      chucVu: 'CHỦ TỊCH',
    });
  });

  it('never keeps a number, a date or a year, whatever else was typed (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string()), (values) => {
        const kept = unitParameters(values);
        for (const id of ['so', 'ngay', 'nam', 'kyHieu']) expect(kept).not.toHaveProperty(id);
        for (const [id, value] of Object.entries(kept)) {
          expect(UNIT_PARAMETERS).toContain(id);
          expect(value).toBe(values[id]);
          expect(value.trim()).not.toBe('');
        }
      }),
    );
  });

  it('names only parameters that outlines have, so each one kept is offered again', () => {
    const ids = new Set([
      ...STANDARD_PARAMETERS.map((p) => p.id),
      ...loadBuiltInOutlines().outlines.flatMap((o) => o.parameters.map((p) => p.id)),
    ]);
    for (const id of UNIT_PARAMETERS) expect(ids, id).toContain(id);
  });
});
