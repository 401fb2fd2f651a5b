import { locateClosing } from '../../formal/locate-closing.ts';
import type { BlockInfo } from '../../headings/block-info.ts';
import { MARK, paragraphMarks } from '../../text/paragraph-marks.ts';
import { STOP_MESSAGES } from '../../text/punctuation-messages.ts';
import { EndingReader, scanStops } from '../../text/stop-faults.ts';
import type { Rule } from '../rule.ts';

const NGUYEN_TAC = 'nguyên tắc nhất quán: các ý song song kết thúc như nhau';
const LONG = 60;
const PROSE = 80;
/** Adds what the ending check needs of a paragraph (its list, or whether it is prose); false if it does not enter. */
function addEntry(
  c: EndingReader,
  info: BlockInfo | undefined,
  block: number,
  text: string,
  tab: boolean,
): boolean {
  if (!info || (info.kind !== 'body' && info.kind !== 'list-item' && info.kind !== 'heading')) return false;
  const item = info.numbering && (info.kind !== 'heading' || info.inline || info.text.length >= LONG);
  const prose = info.kind === 'body' && text.length >= PROSE;
  if ((!item && !prose) || tab) return false;
  c.add(block, text, item ? (info.numbering?.scheme ?? null) : null, prose);
  return true;
}
/**
 * Full stops and the ends of paragraphs: no "..", ",...." for ",...", no full stop before a lower-case
 * word inside a sentence, no "V/v:", the items of one list end alike, prose paragraphs end with a mark.
 */
const rule: Rule = {
  id: 'dau-cau',
  description: 'Dấu chấm đặt đúng chỗ, các ý của một danh sách kết thúc bằng cùng một dấu.',
  defaultSeverity: 'warning',
  group: 'ký tự',
  source: 'NĐ 30/2020, Phụ lục I, II; Nguyên tắc nhất quán: các ý song song kết thúc như nhau',
  check({ doc, analysis }, report) {
    const flags = paragraphMarks(analysis.blocks, doc.blocks);
    const entries = new EndingReader();
    for (let index = 0; index < doc.blocks.length; index++) {
      const text = doc.blocks[index]?.text ?? '';
      // Only list items and prose enter; anything else between two items ends their list.
      const marks = flags[index];
      const tab = marks === undefined ? text.includes('\t') : (marks & MARK.TAB) !== 0; // a table row
      if (!addEntry(entries, analysis.blocks[index], index, text, tab)) entries.interrupt();
      if (!((marks ?? MARK.STOP) & MARK.STOP)) continue;
      for (const f of scanStops(text)) {
        const range: [number, number] = [f.start, f.end];
        const edits = [{ kind: 'replace' as const, block: index, range, text: f.replacement ?? '' }];
        const label = f.kind === 'vv-colon' ? 'Bỏ dấu hai chấm' : `Viết “${f.replacement}”`;
        const fix = f.replacement === undefined ? {} : { fix: { label, edits } };
        report({ block: index, range, message: STOP_MESSAGES[f.kind], ...fix });
      }
    }
    // The last paragraph before the signature is dau-ket-thuc's ("./.").
    const last = new Set(locateClosing(analysis).map((c) => c.lastBody));
    for (const f of entries.faults()) {
      const text = (doc.blocks[f.block]?.text ?? '').trimEnd();
      if (f.kind === 'paragraph' && last.has(f.block)) continue;
      const how = f.mark ? `bằng “${f.mark}”` : 'không có dấu câu';
      report({
        block: f.block,
        range: [Math.max(0, text.length - 1), text.length],
        message:
          f.kind === 'list'
            ? `Ý này kết thúc ${how}, trong khi các ý cùng danh sách kết thúc bằng “${f.usual}” (${NGUYEN_TAC}).`
            : `Đoạn văn kết thúc ${how}, trong khi các đoạn khác của văn bản kết thúc bằng dấu chấm (${NGUYEN_TAC}).`,
      });
    }
  },
};
export default rule;
