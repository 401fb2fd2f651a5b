import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../scripts/corpus/annotation.ts';
import { findingLine } from '../../scripts/corpus/finding-lines.ts';
import { meetsTargets } from '../../scripts/corpus/format-score.ts';
import {
  DOCUMENT_LEVEL_KINDS,
  type PlacedFinding,
  scoreDocument,
  totals,
} from '../../scripts/corpus/score.ts';
import type { Finding } from '../../shared/core/base/finding.ts';
import { docFromText } from '../../shared/core/document/from-text.ts';
import { RULES } from '../../shared/core/rules/registry.ts';

const finding = (ruleId: string, block = 0, range: [number, number] = [0, 1]): Finding => ({
  ruleId,
  severity: 'warning',
  message: 'x',
  block,
  range,
});
const at = (line: number, ruleId = 'r'): PlacedFinding => ({
  line,
  finding: finding(ruleId, line === 0 ? -1 : 0),
});

const annotation: Annotation = {
  file: 'corpus/docs/x.txt',
  full: true,
  faults: [
    { id: 'a', line: 2, quote: 'q', kind: 'spelling' },
    { id: 'b', line: 5, quote: 'q', kind: 'spacing', also_lines: [7] },
    { id: 'c', line: 9, quote: 'q', kind: 'spelling' },
  ],
  doc_faults: [{ id: 'd', kind: 'missing-part' }],
  clean_lines: [1, 3, { line: 4 }],
  residue_lines: [8],
};

describe('scoreDocument', () => {
  it('finds a fault by a finding on its line or on one of its also_lines', () => {
    const s = scoreDocument('x', annotation, [at(2), at(7)]);
    expect(s.faults.map((f) => [f.id, f.found])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
      ['d', false],
    ]);
  });
  it('judges findings: true on fault lines, false on clean lines, unjudged elsewhere', () => {
    const s = scoreDocument('x', annotation, [at(2), at(3), at(4), at(8), at(10)]);
    expect(s.findings.map((f) => f.verdict)).toEqual(['true', 'false', 'false', 'unjudged', 'unjudged']);
  });
  it('matches a document fault only with a document-level finding of a rule listed for its kind', () => {
    const s = scoreDocument('x', annotation, [at(0, 'quoc-hieu-tieu-ngu'), at(0, 'spelling-x')]);
    expect(s.faults.find((f) => f.id === 'd')?.found).toBe(true);
    expect(s.findings.map((f) => f.verdict)).toEqual(['true', 'false']);
  });
  it('does not judge an unmatched document-level finding on an excerpt', () => {
    const s = scoreDocument('x', { ...annotation, full: false, doc_faults: [] }, [at(0, 'noi-nhan')]);
    expect(s.findings[0]?.verdict).toBe('unjudged');
  });
});

describe('DOCUMENT_LEVEL_KINDS', () => {
  it('names only registered rules', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(Object.keys(DOCUMENT_LEVEL_KINDS).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('totals', () => {
  it('adds recall per kind and precision over documents', () => {
    const t = totals([
      scoreDocument('x', annotation, [at(2), at(3)]),
      scoreDocument('y', annotation, [at(9)]),
    ]);
    expect(t.faults).toBe(8);
    expect(t.found).toBe(2);
    expect(t.byKind.get('spelling')).toEqual({ faults: 4, found: 2, recall: 0.5 });
    expect([t.truePositives, t.falsePositives, t.precision]).toEqual([2, 1, 2 / 3]);
    expect(meetsTargets(t)).toBe(false);
  });
});

describe('findingLine', () => {
  const text = 'Dòng một.\n\nđoạn bị ngắt bởi trang\nvà còn tiếp ở đây.\nDòng bốn.';
  const doc = docFromText(text);
  const lines = text.split('\n');
  it('places a finding in a joined paragraph on the line its range starts in', () => {
    expect(doc.blocks[1]?.text).toBe('đoạn bị ngắt bởi trang và còn tiếp ở đây.');
    expect(findingLine(doc, lines, finding('r', 1, [0, 3]))).toBe(3);
    expect(findingLine(doc, lines, finding('r', 1, [30, 33]))).toBe(4);
    expect(findingLine(doc, lines, finding('r', 2, [0, 3]))).toBe(5);
  });
  it('gives 0 for a finding about the whole document', () => {
    expect(findingLine(doc, lines, finding('r', -1))).toBe(0);
  });
});
