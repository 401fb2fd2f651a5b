import type { DocAnalysis } from '../headings/block-info.ts';
import { isAllCaps } from '../headings/classify.ts';
import type { HeaderLine } from './header-line.ts';

/** The sentence that promulgates the document after its căn cứ: "Ủy ban nhân dân ban hành Quyết định …". */
const PROMULGATES =
  /^[\p{Lu}][^;:]{0,80}\sban hành (?:Quyết định|Nghị quyết|Chỉ thị|Kế hoạch|Quy định|Quy chế)\b/u;

/**
 * Whether the last căn cứ line, ending ";", leads on into the sentence below as one sentence: the
 * opening "Ban Thường vụ … như sau:", the "Ủy ban nhân dân ban hành Quyết định …." of the current
 * templates, or anything after it in a văn bản quy phạm pháp luật (`normative`). Such a line keeps its ";".
 */
export function leadsOnFromCanCu(analysis: DocAnalysis, line: HeaderLine, normative: boolean): boolean {
  if (!line.text.endsWith(';')) return false;
  const after = analysis.blocks[line.block + 1]?.text.trim() ?? '';
  return (after.endsWith(':') && !isAllCaps(after)) || normative || PROMULGATES.test(after);
}
