import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { checkDocument } from '../../../../shared/core/rules/check-document.ts';
import rule from '../../../../shared/core/rules/rules/nghi-quyet-02-dated.ts';

describe('nghi-quyet-02-dated prefilter ("NQ" in some case)', () => {
  it('rests on a fact: under /iu only n, N, q, Q match "n" or "q"', () => {
    const others: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (/[nq]/iu.test(ch) && !'nNqQ'.includes(ch)) others.push(c.toString(16));
    }
    expect(others).toEqual([]);
  });

  it.each(['Nghị quyết 02-NQ/TW', 'nghị quyết số 02-nq/tw', 'NGHỊ QUYẾT 02/Nq-TƯ', 'Nghị quyết 2-nQ/TW'])(
    'still reports the undated %j in any case',
    (citation) => {
      const found = checkDocument(docFromText(`Thực hiện ${citation} của Bộ Chính trị.`), {
        outline: null,
        rules: [rule],
      }).findings;
      expect(found.map((f) => f.ruleId)).toEqual(['nghi-quyet-02-dated']);
    },
  );
});
