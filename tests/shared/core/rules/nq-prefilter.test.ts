import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../../../shared/core/document/from-text.ts';
import { checkDocument } from '../../../../shared/core/rules/check-document.ts';
import rule from '../../../../shared/core/rules/rules/nghi-quyet-02-dated.ts';
import { HINT_PHRASE } from '../../../../shared/core/text/hint-characters.ts';

/** The rule's citation regex, as its source writes it (the first test keeps the two in step). */
const NQ02 = /Nghị quyết(?:\s+số)?\s*:?\s*0?2\s*[-/]\s*NQ\s*[/-]\s*T[WƯ](?![\p{L}\d])/giu;

describe('nghi-quyet-02-dated prefilter (the hint phrase "ghị quyết")', () => {
  it('tests the regex the rule uses', () => {
    const source = readFileSync(
      new URL('../../../../shared/core/rules/rules/nghi-quyet-02-dated.ts', import.meta.url),
      'utf8',
    );
    expect(source).toContain(`const NQ02 = ${NQ02.toString()};`);
  });

  it('is in every citation, in any case and spacing', () => {
    const piece = fc.constantFrom(
      'Nghị quyết',
      'NGHỊ QUYẾT',
      'nghị quyết',
      'Nghị Quyết',
      ' số',
      ' ',
      ':',
      '0',
      '2',
      '-',
      '/',
      'NQ',
      'nq',
      'TW',
      'TƯ',
      'tư',
      'ngày 12/6/2021',
      'quyết',
      'ghị',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const s = pieces.join('');
        NQ02.lastIndex = 0;
        return !NQ02.test(s) || HINT_PHRASE.test(s);
      }),
      { numRuns: 10000 },
    );
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
