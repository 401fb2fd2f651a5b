import { describe, expect, it } from 'vitest';
import { formatSoKyHieu, parseSoKyHieu } from '../../../../shared/core/formal/so-ky-hieu.ts';

describe('parseSoKyHieu', () => {
  it('reads a well-formed Số line into number and letter groups', () => {
    const s = parseSoKyHieu('Số: 15/QĐ-BNV');
    expect(s?.label?.text).toBe('Số:');
    expect(s?.colon).toBe(true);
    expect(s?.number).toEqual({ text: '15', start: 4, end: 6 });
    expect(s?.groups.map((g) => g.text)).toEqual(['QĐ', 'BNV']);
    expect(s?.straySpaces).toEqual([]);
    expect(s && formatSoKyHieu(s)).toBe('15/QĐ-BNV');
  });

  it('finds the space before "/" in "Số: 579 /CV-LĐLĐ" (seed 002)', () => {
    const s = parseSoKyHieu('Số: 579 /CV-LĐLĐ');
    expect(s?.straySpaces).toEqual([{ text: ' ', start: 7, end: 8 }]);
    expect(s?.groups.map((g) => g.text)).toEqual(['CV', 'LĐLĐ']);
  });

  it('finds the spaces around "-" in "148/HD - CĐVC" (seed 003), with or without "Số:"', () => {
    expect(parseSoKyHieu('Số: 148/HD - CĐVC')?.straySpaces.map((p) => [p.start, p.end])).toEqual([
      [10, 11],
      [12, 13],
    ]);
    const bare = parseSoKyHieu('148/HD - CĐVC', 0, false);
    expect(bare?.groups.map((g) => g.text)).toEqual(['HD', 'CĐVC']);
    expect(parseSoKyHieu('148/HD - CĐVC')).toBeNull();
  });

  it('accepts a blank number in a draft, with spaces or dots, and reports no stray space', () => {
    const spaces = parseSoKyHieu('Số:      /KH-LĐLĐ');
    expect(spaces?.number).toBeNull();
    expect(spaces?.blank?.text).toBe('      ');
    expect(spaces?.straySpaces).toEqual([]);
    expect(parseSoKyHieu('Số: ....../KH-LĐLĐ')?.blank?.text).toBe(' ......');
  });

  it('keeps a letter suffix on the number ("06b /NQ-TLĐ", a real NQ of the TLĐ)', () => {
    const s = parseSoKyHieu('Số: 06b /NQ-TLĐ');
    expect(s?.number?.text).toBe('06b');
    expect(s?.straySpaces).toHaveLength(1);
  });

  it('records an en dash used as a separator and a missing colon', () => {
    const s = parseSoKyHieu('Số 12/KH–LĐLĐ');
    expect(s?.colon).toBe(false);
    expect(s?.wrongDashes).toEqual([{ text: '–', start: 8, end: 9 }]);
  });

  it('stops at the end of the ký hiệu when the date follows on the same line', () => {
    expect(parseSoKyHieu('Số: 12/KH-LĐLĐ   Cao Bằng, ngày 05 tháng 6 năm 2020')?.end).toBe(14);
  });

  it('rejects sentences and the Party style', () => {
    expect(parseSoKyHieu('Số đoàn viên kết nạp mới: 15')).toBeNull();
    expect(parseSoKyHieu('Số: 367 - QĐ/TWĐTN-VP')).toBeNull();
    expect(parseSoKyHieu('Số lượng 12/2020')).toBeNull();
  });
});
