import { documentFromPlainText } from '../../cli/read/markdown.ts';
import type { DocModel } from '../../shared/core/document/doc-model.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { type CheckResult, checkDocument } from '../../shared/core/rules/check-document.ts';
import { findingLine } from './finding-lines.ts';
import type { CorpusEntry } from './load-corpus.ts';
import { type DocumentScore, scoreDocument } from './score.ts';

/** One corpus document as read and checked. */
export interface CheckedEntry {
  entry: CorpusEntry;
  doc: DocModel;
  result: CheckResult;
}

/**
 * Checks every corpus document as `khung check file.txt` would (the same reader, every rule, the
 * outline detected among the built-in ones), once, for the score and the outline table alike.
 */
export function checkCorpus(entries: readonly CorpusEntry[], outlines: readonly Outline[]): CheckedEntry[] {
  return entries.map((entry) => {
    const doc = documentFromPlainText(entry.text, `${entry.name}.txt`);
    return { entry, doc, result: checkDocument(doc, { outline: 'auto', outlines }) };
  });
}

/** Scores each checked document against its annotation. */
export function scoreCorpus(checked: readonly CheckedEntry[]): DocumentScore[] {
  return checked.map(({ entry, doc, result }) => {
    const lines = entry.text.split(/\r\n|\r|\n/);
    const placed = result.findings.map((finding) => ({ line: findingLine(doc, lines, finding), finding }));
    return scoreDocument(entry.name, entry.annotation, placed);
  });
}

/** checkCorpus, then scoreCorpus. */
export function runCorpus(entries: readonly CorpusEntry[], outlines: readonly Outline[]): DocumentScore[] {
  return scoreCorpus(checkCorpus(entries, outlines));
}
