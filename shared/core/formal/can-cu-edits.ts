import type { FixEdit } from '../base/finding.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import { runOnCanCu } from './citation-faults.ts';
import { type HeaderLine, rangeIn } from './header-line.ts';

/** The edits that make a căn cứ line end with `mark`, replacing a wrong final ".", ";" or ",". */
export function endEdit(analysis: DocAnalysis, line: HeaderLine, mark: '.' | ';'): FixEdit {
  const wrong = /[.;,]$/u.test(line.text) ? 1 : 0;
  return {
    kind: 'replace',
    block: line.block,
    range: rangeIn(analysis, line.block, line.end - wrong, line.end),
    text: mark,
  };
}

/** The edit that removes a leading "- " from a căn cứ line, or null when it has none. */
export function dashEdit(analysis: DocAnalysis, line: HeaderLine): FixEdit | null {
  const dash = /^[-–+•]\s*/u.exec(line.text);
  if (!dash) return null;
  return {
    kind: 'replace',
    block: line.block,
    range: rangeIn(analysis, line.block, line.start, line.start + dash[0].length),
    text: '',
  };
}

/**
 * "Căn cứ A; căn cứ B;" on one line: the edits that keep A on it and put each further căn cứ on a
 * new line below with the same style (NĐ 30/2020, Phụ lục I, mục II.6: one căn cứ a line); null when
 * the line holds one căn cứ.
 */
export function splitEdits(analysis: DocAnalysis, line: HeaderLine): FixEdit[] | null {
  const starts = runOnCanCu(line.text);
  const first = starts[0];
  if (first === undefined) return null;
  const ends = [...starts.slice(1), line.text.length];
  const pieces = starts.map((start, k) =>
    line.text
      .slice(start, ends[k])
      .trim()
      .replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
  );
  const style = analysis.doc.blocks[line.block]?.style ?? {};
  // Keep the ";" that ends the first căn cứ; drop the space and what follows.
  const cut = line.text.lastIndexOf(';', first) + 1;
  return [
    {
      kind: 'replace',
      block: line.block,
      range: rangeIn(analysis, line.block, line.start + cut, line.end),
      text: '',
    },
    { kind: 'insert-after', block: line.block, blocks: pieces.map((text) => ({ text, style })) },
  ];
}
