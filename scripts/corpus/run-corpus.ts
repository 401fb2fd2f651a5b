import { documentFromPlainText } from '../../cli/read/markdown.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import { findingLine } from './finding-lines.ts';
import type { CorpusEntry } from './load-corpus.ts';
import { type DocumentScore, scoreDocument } from './score.ts';

/**
 * Checks every corpus document as `khung check file.txt` would (the same reader, every rule, the
 * outline detected among the built-in ones) and scores it against its annotation.
 */
export function runCorpus(entries: readonly CorpusEntry[], outlines: readonly Outline[]): DocumentScore[] {
  return entries.map((entry) => {
    const doc = documentFromPlainText(entry.text, `${entry.name}.txt`);
    const lines = entry.text.split(/\r\n|\r|\n/);
    const result = checkDocument(doc, { outline: 'auto', outlines });
    const placed = result.findings.map((finding) => ({ line: findingLine(doc, lines, finding), finding }));
    return scoreDocument(entry.name, entry.annotation, placed);
  });
}
