import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EndingEntry,
  type EndingFault,
  endingFaults,
  endMark,
  oddEnding,
  oddEndings,
} from '../../../../shared/core/text/stop-faults.ts';

const mark = fc.constantFrom('', '.', ';', ':', ',', '…');
const mark2 = fc.constantFrom('', '.', ';', ':', ',', '…', '!', '?', ')');

/** endingFaults as it read lists before it counted: every run through oddEndings, arrays and all. */
function endingFaultsByDefinition(entries: readonly EndingEntry[]): EndingFault[] {
  const faults: EndingFault[] = [];
  let run: EndingEntry[] = [];
  const endRun = () => {
    const marks = run.map((e) => endMark(e.text));
    const dots = marks.filter((m) => m === '.').length;
    const usual = dots >= marks.filter((m) => m === ';').length ? '.' : ';';
    for (const i of run.length >= 3 ? oddEndings(marks) : [])
      faults.push({ block: run[i]?.block ?? 0, mark: marks[i] ?? '', usual, kind: 'list' });
    run = [];
  };
  const prose = entries.filter((e) => e.prose);
  const ended = prose.filter((e) => /[.;:!?…]\s*$/u.test(e.text)).length;
  const habit = prose.length >= 10 && ended >= prose.length * 0.9;
  for (const e of entries) {
    if (run.length > 0 && e.list !== run[0]?.list) endRun();
    if (e.list !== null) run.push(e);
    if (habit && e.prose && /\p{Ll}\s*$/u.test(e.text))
      faults.push({ block: e.block, mark: '', usual: '.', kind: 'paragraph' });
  }
  endRun();
  return faults.sort((a, b) => a.block - b.block);
}

const entry = fc.record({
  text: fc.tuple(
    fc.constantFrom('Nội dung', 'việc làm', '12', 'Hà Nội', 'HÀ NỘI', 'chủ trì', 'Ư'),
    mark2,
    fc.constantFrom('', ' ', '\t'),
  ),
  list: fc.constantFrom(null, 'dash', 'arabic'),
  prose: fc.boolean(),
});

describe('list endings by counts', () => {
  it('oddEnding is the one index of oddEndings, or -1', () => {
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 12 }), (marks) => {
        expect(oddEnding(marks)).toBe(oddEndings(marks).length === 1 ? (oddEndings(marks)[0] as number) : -1);
      }),
      { numRuns: 2000 },
    );
  });

  it('endingFaults finds what the array-based reading found', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (raw) => {
        const entries: EndingEntry[] = raw.map((e, block) => ({
          block,
          text: e.text.join(''),
          list: e.list,
          prose: e.prose,
        }));
        expect(endingFaults(entries)).toEqual(endingFaultsByDefinition(entries));
      }),
      { numRuns: 1000 },
    );
  });

  it("endingFaults puts a paragraph's own fault before its list's, as the array-based reading did", () => {
    const habit = Array.from({ length: 10 }, (_, block) => ({
      block,
      text: 'Nội dung.',
      list: null,
      prose: true,
    }));
    const items = ['việc làm.', 'việc làm.', 'việc làm'].map((text, i) => ({
      block: 10 + i,
      text,
      list: 'dash',
      prose: true,
    }));
    const entries: EndingEntry[] = [...habit, ...items];
    const faults = endingFaults(entries);
    expect(faults.map((f) => `${f.block} ${f.kind}`)).toEqual(['12 paragraph', '12 list']);
    expect(faults).toEqual(endingFaultsByDefinition(entries));
  });

  it('endingFaults reads the prose habit as the array-based reading did', () => {
    // Mostly ended paragraphs, so that the habit (nine in ten ended) is often just met or just missed.
    const ending = fc.constantFrom('.', '.', '!', '?', '…', ';', ':', '', ')');
    const prose = fc.record({
      word: fc.constantFrom('Nội dung', 'việc làm', 'Hà Nội', 'chủ trì', '12', 'Ư', 'đ}'),
      end: ending,
      list: fc.constantFrom(null, null, 'dash'),
    });
    fc.assert(
      fc.property(fc.array(prose, { minLength: 10, maxLength: 24 }), (raw) => {
        const entries: EndingEntry[] = raw.map((e, block) => ({
          block,
          text: e.word + e.end,
          list: e.list,
          prose: true,
        }));
        expect(endingFaults(entries)).toEqual(endingFaultsByDefinition(entries));
      }),
      { numRuns: 1500 },
    );
  });
});
