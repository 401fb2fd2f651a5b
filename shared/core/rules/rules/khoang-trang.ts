import { isAllCaps } from '../../headings/classify.ts';
import { MARK, paragraphMarks } from '../../text/paragraph-marks.ts';
import { SPACING_MESSAGES } from '../../text/punctuation-messages.ts';
import { capitalsStart, gluedCapitals, type SpacingFault, scanSpacing } from '../../text/spacing-faults.ts';
import type { Rule } from '../rule.ts';

/** Header and signature lines laid out with runs of spaces or TABs: their spaces are layout. */
const LAYOUT = /\t| {5}/u;
const NONE: readonly SpacingFault[] = Object.freeze([]);

/**
 * Spaces where Vietnamese typesetting puts none, and none where it puts one: two spaces between
 * words, a space before , ; : . ! ?, none after , ;, a number glued to its unit or to a word,
 * a space inside brackets, a syllable cut in two; "%" apart from its number against the document's habit.
 */
const rule: Rule = {
  id: 'khoang-trang',
  description:
    'Dấu cách đặt đúng chỗ: một dấu cách giữa hai từ, không cách trước dấu câu, có cách sau dấu phẩy.',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: 'NĐ 30/2020, Phụ lục I (soạn thảo bằng Unicode); Nguyên tắc nhất quán trong một văn bản',
  check({ doc, analysis }, report) {
    const flags = paragraphMarks(analysis.blocks, doc.blocks);
    const found: [number, SpacingFault][] = [];
    let glued = 0;
    let spaced = 0;
    for (let index = 0; index < doc.blocks.length; index++) {
      const text = doc.blocks[index]?.text ?? '';
      const spacing = ((flags[index] ?? MARK.SPACING) & MARK.SPACING) !== 0;
      // Titles and headings in capitals, where "HIỆNKHÔNG" can hide (an anchored test settles prose).
      const capitals = capitalsStart(text);
      if (!spacing && !capitals) continue; // nothing to read: most paragraphs
      const kind = analysis.blocks[index]?.kind;
      if (kind === 'separator' || kind === 'signature') continue;
      const scan = spacing ? scanSpacing(text) : null;
      let faults: readonly SpacingFault[] = scan?.faults ?? NONE;
      if (capitals && isAllCaps(text)) faults = [...faults, ...gluedCapitals(text)];
      glued += scan?.percentGlued ?? 0;
      // Tested once a paragraph, not once a fault: a long line of many double spaces stays linear.
      let layout: boolean | undefined;
      for (let n = 0; n < faults.length; n++) {
        const fault = faults[n] as SpacingFault;
        if (fault.kind === 'percent-spaced') spaced++;
        if (fault.kind === 'double-space') {
          layout ??= LAYOUT.test(text);
          if (layout) continue;
        }
        found.push([index, fault]);
      }
    }
    for (const [block, f] of found) {
      if (f.kind === 'percent-spaced' && glued <= spaced) continue; // the document's own habit
      const text = doc.blocks[block]?.text ?? '';
      const from = Math.max(0, text.lastIndexOf(' ', f.start - 2) + 1);
      const to = text.indexOf(' ', f.end + 1);
      const quote = text.slice(from, to < 0 ? text.length : to).trim();
      report({
        block,
        range: [f.start, f.end],
        message: SPACING_MESSAGES[f.kind].why(quote),
        ...(f.replacement === undefined
          ? {}
          : {
              fix: {
                label: SPACING_MESSAGES[f.kind].label,
                edits: [{ kind: 'replace', block, range: [f.start, f.end], text: f.replacement }],
              },
            }),
      });
    }
  },
};
export default rule;
