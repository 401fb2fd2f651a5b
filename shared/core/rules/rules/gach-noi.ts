import { type DashUse, scanDashes } from '../../text/dash-faults.ts';
import { MARK, paragraphMarks } from '../../text/paragraph-marks.ts';
import type { Rule } from '../rule.ts';

const NGUYEN_TAC = 'nguyên tắc nhất quán: một điều viết một cách trong một văn bản';

/**
 * Dashes between words and numbers: spaced on one side only ("2026- 2030", "thu- chi") is always
 * wrong; a name joined without spaces ("Cục Thuế-Bộ Tài chính") where the document spaces the same
 * pair or its other names elsewhere. Year ranges written both ways ("2021-2025", "2021 - 2030") are
 * left alone: documents mix them for periods of different kinds; their habit only chooses the fix.
 */
const rule: Rule = {
  id: 'gach-noi',
  description: 'Dấu gạch nối giữa hai từ, hai số viết cân đối hai bên và thống nhất trong văn bản.',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: 'Nguyên tắc nhất quán: một điều viết một cách trong một văn bản',
  check({ doc, analysis }, report) {
    const flags = paragraphMarks(analysis.blocks, doc.blocks);
    const all: [number, DashUse][] = [];
    const spacedPairs = new Set<string>();
    const yearStyles = new Map<string, number>();
    let spacedNames = 0;
    for (let index = 0; index < doc.blocks.length; index++) {
      const text = doc.blocks[index]?.text ?? '';
      if (!((flags[index] ?? MARK.DASH) & MARK.DASH) || analysis.blocks[index]?.kind === 'separator')
        continue;
      for (const use of scanDashes(text)) {
        all.push([index, use]);
        if (use.spaced === 'both' && use.between === 'words') {
          spacedPairs.add(use.pair);
          spacedNames++;
        }
        if (use.between === 'years' && (use.spaced === 'both' || use.spaced === 'none'))
          yearStyles.set(styleOf(use), (yearStyles.get(styleOf(use)) ?? 0) + 1);
      }
    }
    const years = [...yearStyles].sort((a, b) => b[1] - a[1]);
    const major = years[0];
    const usual = major && major[1] >= 2 && (years[1]?.[1] ?? 0) * 2 < major[1] ? major[0] : null;
    for (const [block, use] of all) {
      const quote = () => quoteOf(doc.blocks[block]?.text ?? '', use);
      const at: { block: number; range: [number, number] } = { block, range: [use.start, use.end] };
      if (use.spaced === 'left' || use.spaced === 'right') {
        const fix = use.between === 'years' && usual ? usual : null;
        report({
          ...at,
          message: `Dấu gạch nối chỉ có dấu cách ở một bên trong “${quote()}”: viết liền cả hai bên hoặc cách đều cả hai bên (${NGUYEN_TAC}).`,
          ...(fix
            ? { fix: { label: 'Viết như các chỗ khác', edits: [{ kind: 'replace', ...at, text: fix }] } }
            : {}),
        });
      } else if (use.spaced === 'none' && use.between === 'words') {
        if (!spacedPairs.has(use.pair) && !(use.names && spacedNames > 0)) continue;
        report({
          ...at,
          message: `Gạch nối giữa hai cụm từ trong “${quote()}” viết liền, trong khi văn bản viết “ - ” có dấu cách ở chỗ khác (${NGUYEN_TAC}).`,
          fix: { label: 'Thêm dấu cách hai bên', edits: [{ kind: 'replace', ...at, text: ` ${use.dash} ` }] },
        });
      }
    }
  },
};

/** The dash as the document writes it between two years: "-", " - ", "–", " – ". */
function styleOf(use: DashUse): string {
  return use.spaced === 'both' ? ` ${use.dash} ` : use.dash;
}

/** The words around a dash, for the message. */
function quoteOf(text: string, use: DashUse): string {
  const from = text.lastIndexOf(' ', use.start - 2) + 1;
  const next = text.indexOf(' ', use.end + 1);
  return text.slice(from, next < 0 ? text.length : next).replace(/[,.;:]$/u, '');
}
export default rule;
