import { describe, expect, it } from 'vitest';
import { attachmentLineFaults } from '../../../../shared/core/formal/attachment-line.ts';
import { citationFormFaults } from '../../../../shared/core/formal/citation-forms.ts';
import { partyKyHieuFaults } from '../../../../shared/core/formal/party-ky-hieu.ts';

describe('partyKyHieuFaults', () => {
  it('gives the Party form of a Party ký hiệu written in the State form or with dashes only', () => {
    expect(partyKyHieuFaults('theo Nghị quyết số 12/NQ-TU và Kết luận 08-KL-TW').map((f) => f.party)).toEqual(
      ['12-NQ/TU', '08-KL/TW'],
    );
  });

  it('leaves the Party form, State and union ký hiệu alone', () => {
    expect(partyKyHieuFaults('Nghị quyết 12-NQ/TU, Kế hoạch 05/KH-UBND, Hướng dẫn 03/HD-TLĐ')).toEqual([]);
  });
});

describe('citationFormFaults', () => {
  it('finds the comma, the colon and the lower-case type in one citation, with certain edits', () => {
    const [f] = citationFormFaults('theo quyết định số: 17/QĐ-CĐCS, ngày 02/3/2025');
    expect(f?.faults).toHaveLength(3);
    expect(f?.edits.map((e) => e.text)).toEqual(['Q', ' ', ' ']);
  });

  it('says nothing of a well-formed citation', () => {
    expect(citationFormFaults('Căn cứ Quyết định số 17/QĐ-CĐCS ngày 02/3/2025 của Ban Chấp hành;')).toEqual(
      [],
    );
  });
});

describe('attachmentLineFaults', () => {
  it('asks for “theo”, “số” and the date', () => {
    expect(attachmentLineFaults('(Ban hành kèm Quyết định 05/QĐ-LĐLĐ)')).toBe(
      'ghi đủ “kèm theo”, chữ “số” trước số, ký hiệu, ngày ban hành và cơ quan ban hành',
    );
  });

  it('is silent on other parentheses', () => {
    expect(attachmentLineFaults('(Kèm theo danh sách)')).toBeNull();
    expect(attachmentLineFaults('(có danh sách kèm theo)')).toBeNull();
  });
});
