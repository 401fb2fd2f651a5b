import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import { packageRoot } from '../../cli/package-root.ts';
import { documentFromPlainText } from '../../cli/read/markdown.ts';
import { loadCorpus, sharedDir } from '../../scripts/corpus/load-corpus.ts';
import type { Finding, Fix } from '../../shared/core/base/finding.ts';
import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { applyFixes } from '../../shared/core/rules/apply-fixes.ts';
import { type CheckResult, checkDocument } from '../../shared/core/rules/check-document.ts';
import type { Rule } from '../../shared/core/rules/rule.ts';

/**
 * The fix property over every corpus document: apply each offered fix alone, and
 *  - it applies (its edits point inside the document and do not overlap one another);
 *  - only the paragraphs its edits name change — every other block is identical, shifted past
 *    inserted paragraphs;
 *  - it edits only paragraphs of its finding's document part (an insert may sit at the part's edge);
 *  - checked again, its own finding is gone and no finding of the same rule appears that was not
 *    there before (compared by block text + message; an edited block by its place).
 * Skipped on a clone without ../shared (the corpus lives there).
 */
const root = packageRoot();
const hasCorpus = existsSync(join(sharedDir(root), 'corpus', 'annotations'));
const { outlines } = loadBuiltInOutlines();

const check = (doc: DocModel): CheckResult => checkDocument(doc, { outline: 'auto', outlines });

/** For each old block, its index after the fix's inserts; and the number of blocks inserted. */
function shifts(doc: DocModel, fix: Fix): { newIndex: number[]; inserted: number } {
  const insertedAfter = new Map<number, number>();
  for (const e of fix.edits)
    if (e.kind === 'insert-after')
      insertedAfter.set(e.block, (insertedAfter.get(e.block) ?? 0) + e.blocks.length);
  const newIndex: number[] = [];
  let shift = insertedAfter.get(-1) ?? 0;
  for (let i = 0; i < doc.blocks.length; i++) {
    newIndex.push(i + shift);
    shift += insertedAfter.get(i) ?? 0;
  }
  return { newIndex, inserted: shift };
}

/** A finding of the rule, placed in the document as it was before the fix. */
interface Placed {
  /** The paragraph: its text, or the place of an edited one ("sửa#12"), or "văn bản". */
  where: string;
  /** Its range in the paragraph before the fix; null when it falls inside replaced text. */
  range: string | null;
  message: string;
}

/** Where position p of a paragraph after the fix's replaces (sorted by start) was before; null inside one. */
function oldPosition(p: number, edits: readonly { range: [number, number]; text: string }[]): number | null {
  let offset = 0;
  for (const e of edits) {
    const start = e.range[0] + offset;
    if (p <= start) return p - offset;
    if (p < start + e.text.length) return null;
    offset += e.text.length - (e.range[1] - e.range[0]);
  }
  return p - offset;
}

const quote = (text: string) => `«${text.length > 70 ? `${text.slice(0, 70)}…` : text}»`;

/** Everything wrong with one finding's fix, as sentences naming the rule and the fix. */
function fixProblems(
  doc: DocModel,
  before: CheckResult,
  finding: Finding,
  fix: Fix,
  recheck: (doc: DocModel) => CheckResult = check,
): string[] {
  const name = `${finding.ruleId} — sửa “${fix.label}” (${quote(finding.message)}, đoạn ${finding.block})`;
  const { doc: after, applied } = applyFixes(doc, [fix]);
  if (applied.length !== 1) return [`${name}: không áp dụng được (chỉ ra ngoài văn bản hoặc tự chồng lấn)`];
  const problems: string[] = [];
  const edited = new Set(fix.edits.filter((e) => e.kind !== 'insert-after').map((e) => e.block));
  const { newIndex, inserted } = shifts(doc, fix);
  if (after.blocks.length !== doc.blocks.length + inserted)
    problems.push(
      `${name}: số đoạn sau khi sửa là ${after.blocks.length}, cần ${doc.blocks.length + inserted}`,
    );
  for (const [i, block] of doc.blocks.entries()) {
    if (edited.has(i)) continue;
    const now = after.blocks[newIndex[i] ?? -1];
    if (!isDeepStrictEqual({ text: now?.text, style: now?.style }, { text: block.text, style: block.style }))
      problems.push(
        `${name}: đổi cả đoạn ${i} mà bản sửa không nêu ${quote(block.text)} → ${quote(now?.text ?? '')}`,
      );
  }
  // No edit reaches into another document part than the finding's.
  const partOf = (b: number) => before.analysis.blocks[b]?.part;
  const own = finding.block >= 0 ? partOf(finding.block) : undefined;
  if (own !== undefined)
    for (const e of fix.edits) {
      const inPart =
        e.kind === 'insert-after'
          ? partOf(e.block) === own || partOf(e.block + 1) === own
          : partOf(e.block) === own;
      if (!inPart)
        problems.push(`${name}: sửa đoạn ${e.block} thuộc phần ${partOf(e.block)}, lỗi ở phần ${own}`);
    }
  // Checked again: the finding is gone, and the rule reports nothing it did not report before — the
  // same paragraph with the same range or message (a count in a message may change with the fix).
  const oldOf = new Map(newIndex.map((n, o) => [n, o]));
  const replaces = (b: number) =>
    fix.edits
      .flatMap((e) => (e.kind === 'replace' && e.block === b ? [e] : []))
      .sort((x, y) => x.range[0] - y.range[0]);
  const whereBefore = (b: number) =>
    b < 0 ? 'văn bản' : edited.has(b) ? `sửa#${b}` : (doc.blocks[b]?.text ?? '');
  const placedBefore = (f: Finding): Placed => ({
    where: whereBefore(f.block),
    range: f.range.join('-'),
    message: f.message,
  });
  const placedAfter = (f: Finding): Placed => {
    const o = f.block < 0 ? f.block : oldOf.get(f.block);
    if (o === undefined) return { where: `chèn#${f.block}`, range: null, message: f.message };
    const [s0, s1] = f.range.map((p) => (o >= 0 && edited.has(o) ? oldPosition(p, replaces(o)) : p));
    const range = s0 === null || s1 === null || s0 === undefined || s1 === undefined ? null : `${s0}-${s1}`;
    return { where: whereBefore(o), range, message: f.message };
  };
  const unmatched = before.findings.filter((f) => f.ruleId === finding.ruleId).map(placedBefore);
  const now = recheck(after)
    .findings.filter((f) => f.ruleId === finding.ruleId)
    .map(placedAfter);
  const mine = placedBefore(finding);
  const stays = (a: Placed) =>
    a.where === mine.where &&
    (finding.block < 0
      ? a.message === mine.message
      : (a.range !== null && a.range === mine.range) ||
        (!edited.has(finding.block) && a.message === mine.message));
  if (now.some(stays)) problems.push(`${name}: sửa xong, lỗi vẫn còn`);
  for (const a of now) {
    let i = unmatched.findIndex((b) => b.where === a.where && a.range !== null && b.range === a.range);
    if (i < 0) i = unmatched.findIndex((b) => b.where === a.where && b.message === a.message);
    if (i >= 0) unmatched.splice(i, 1);
    else problems.push(`${name}: sửa xong lại sinh lỗi mới ${quote(a.message)} ở ${quote(a.where)}`);
  }
  return problems;
}

describe.skipIf(!hasCorpus)('every fix offered on the corpus clears its finding and only it', () => {
  const entries = hasCorpus ? loadCorpus(root) : [];
  it.each(entries.map((e) => [e.name, e] as const))(
    '%s',
    (name, entry) => {
      const doc = documentFromPlainText(entry.text, `${name}.txt`);
      const before = check(doc);
      const problems = before.findings.flatMap((f) =>
        f.fix ? fixProblems(doc, before, f, f.fix).map((p) => `${name}: ${p}`) : [],
      );
      expect(problems, `${name}: bản sửa làm hỏng văn bản hoặc không hết lỗi`).toEqual([]);
    },
    120_000,
  );
});

// The property itself, on a rule of its own: it must catch the faulty fixes it is there to catch.
describe('the fix property catches a fix that', () => {
  const doubleSpace: Rule = {
    id: 'thu-khoang-trang',
    description: 'Hai dấu cách liền nhau.',
    defaultSeverity: 'warning',
    group: 'ký tự',
    source: 'Nguyên tắc nhất quán',
    check: ({ doc }, report) => {
      for (const [block, b] of doc.blocks.entries())
        for (const m of b.text.matchAll(/ {2}/g)) {
          const range: [number, number] = [m.index, m.index + 2];
          report({
            block,
            range,
            message: `Hai dấu cách ở ${m.index}`,
            fix: { label: 'Một dấu cách', edits: [{ kind: 'replace', block, range, text: ' ' }] },
          });
        }
    },
  };
  const recheck = (d: DocModel) => checkDocument(d, { outline: null, rules: [doubleSpace] });
  const doc = documentFromPlainText('Đoàn viên tham gia  đầy đủ.\nCông đoàn cơ sở tổ chức tốt.', 'thu.txt');
  const before = recheck(doc);
  const finding = before.findings[0] as Finding;
  const problems = (fix: Fix) => fixProblems(doc, before, finding, fix, recheck);

  it('is right: none', () => expect(problems(finding.fix as Fix)).toEqual([]));
  it('leaves its finding', () =>
    expect(
      problems({ label: 'x', edits: [{ kind: 'replace', block: 0, range: [18, 18], text: '' }] }),
    ).toEqual([expect.stringMatching(/lỗi vẫn còn$/)]));
  it('makes a new finding of its rule', () =>
    expect(
      problems({
        label: 'x',
        edits: [
          { kind: 'replace', block: 0, range: [18, 20], text: ' ' },
          { kind: 'replace', block: 1, range: [0, 0], text: 'A  ' },
        ],
      }),
    ).toEqual([expect.stringMatching(/lỗi mới/)]));
  it('points outside the document', () =>
    expect(problems({ label: 'x', edits: [{ kind: 'replace', block: 7, range: [0, 1], text: '' }] })).toEqual(
      [expect.stringMatching(/không áp dụng được/)],
    ));
});

describe.skipIf(hasCorpus)('fixes over the corpus: skipped, ../shared/corpus is absent', () => {
  it('has no corpus to apply fixes to outside the workspace', () => expect(hasCorpus).toBe(false));
});
