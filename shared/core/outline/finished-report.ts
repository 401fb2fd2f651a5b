import type { BlockInfo, DocAnalysis, DocPart } from '../headings/block-info.ts';
import { fold } from '../text/fold.ts';

// Whether a document an officer derives an outline from reads like a finished report (its sections
// written: figures, what was done) rather than a đề cương (its sections prompts: "Nêu rõ…", "Đánh
// giá…"). Deriving from a report gives an "outline" whose prompts are the report's own text, so the
// hosts warn before the officer relies on it (Nguyên tắc nhất quán: an outline's guidance is prompts).
// Measured on the corpus's báo cáo and the seeds' đề cương: tests/shared/core/outline/finished-report.test.ts.

/** A word or phrase standing alone (JavaScript's \b does not know Vietnamese letters). */
const standalone = (alternatives: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

/** Counted things a report states: "12 ha", "04/04 đồng chí", "4 cuộc", "95%". */
const UNITS =
  'đoàn viên|người|lượt|cuộc|hộ|suất|ha|tấn|đồng|triệu|tỷ|nghìn|ngàn|CĐCS|công đoàn cơ sở|lao động|CNVCLĐ|doanh nghiệp|trường hợp|đồng chí|đ/c|hội viên|buổi|lớp|phần quà|công trình|ý kiến';
const QUANTITY = new RegExp(
  `\\d+(?:[.,]\\d+)?\\s?%|(?<![\\p{L}\\p{N}/])\\d[\\d.]*(?:/\\d+)?\\s*(?:${UNITS})(?![\\p{L}])`,
  'iu',
);
/** Phrases of what was done, as reports write them (a đề cương asks for them instead). */
const DONE = standalone(
  'đã|đạt được|kết quả đạt|qua kiểm tra|qua tổng hợp|qua tuần tra|so với cùng kỳ|tổ chức được|kết nạp được|trong tháng|trong quý|trong năm qua|hầu hết|không phát hiện|được cải thiện',
);
/** How a đề cương's prompts begin or end: "Nêu rõ…", "Đánh giá…", "(nếu có)", a trailing "…". */
const PROMPT =
  /^(?:[-–+•*]\s*)?(?:nêu|đánh giá|phân tích|làm rõ|tập trung|tổng hợp|trình bày|khái quát)(?![\p{L}])|\(nếu có\)|nêu rõ|làm rõ|(?:…|\.\.\.)\s*$/iu;
/** Citations and dates carry numbers that are no figures: "số 08/NQ-BCH", "ngày 02/3/2020". */
const CITATION = /ngày\s+\d+\/\d+\/\d+|số\s*\S+/giu;

/** A title that names an outline or a model, never a finished report. */
const OUTLINE_TITLE = /\b(de cuong|mau|goi y|huong dan)\b/;
/** A report's tên loại. */
const REPORT_TITLE = /^bao cao\b/;

/** What the heuristic saw, for the tests and the message. */
export interface ReportSigns {
  /** Body paragraphs of the part an outline is derived from. */
  paragraphs: number;
  /** Of them: stating figures or what was done. */
  written: number;
  /** Of them: prompts. */
  prompts: number;
  /**
   * The part's title: a đề cương's or a model's ("ĐỀ CƯƠNG…", "Mẫu…", "Gợi ý…"), a report's ("BÁO CÁO
   * …"), another kind of document's (KẾ HOẠCH, QUYẾT ĐỊNH, "V/v …"), or none (a body pasted alone).
   */
  title: 'outline' | 'report' | 'other' | 'none';
  finished: boolean;
}

/** The part deriveOutline takes: the one with the most headings. */
function derivedPart(analysis: DocAnalysis): DocPart | undefined {
  return analysis.parts.reduce<DocPart | undefined>(
    (best, p) => (!best || p.headings.length > best.headings.length ? p : best),
    undefined,
  );
}

const isProse = (b: BlockInfo) =>
  b.kind === 'body' || b.kind === 'list-item' || (b.kind === 'heading' && b.inline);

function titleKind(title: string): ReportSigns['title'] {
  const folded = fold(title).trim();
  if (folded === '') return 'none';
  if (OUTLINE_TITLE.test(folded)) return 'outline';
  return REPORT_TITLE.test(folded) ? 'report' : 'other';
}

/**
 * Reads the part an outline would be derived from. Finished when its paragraphs state figures or
 * what was done more than twice as often as they prompt and, under a report's title, at least 3 of
 * them and 12 % do; without a title (a body pasted alone), at least 5 and 30 %. A đề cương's, a
 * model's or another kind of document's title (a kế hoạch is a plan, not a report) is never warned.
 */
export function reportSigns(analysis: DocAnalysis): ReportSigns {
  const part = derivedPart(analysis);
  const blocks = part ? analysis.blocks.slice(part.start, part.end + 1) : analysis.blocks;
  const prose = blocks.filter(isProse).map((b) => b.text.trim());
  const written = prose.filter((t) => {
    const plain = t.replace(CITATION, ' ');
    return QUANTITY.test(plain) || DONE.test(plain);
  }).length;
  const prompts = prose.filter((t) => PROMPT.test(t)).length;
  const title = titleKind(part?.title ?? '');
  const share = prose.length > 0 ? written / prose.length : 0;
  const finished =
    written > prompts * 2 &&
    ((title === 'report' && written >= 3 && share >= 0.12) ||
      (title === 'none' && written >= 5 && share >= 0.3));
  return { paragraphs: prose.length, written, prompts, title, finished };
}

/** The warning the hosts show after deriving from a document that reads like a finished report. */
export function finishedReportWarning(analysis: DocAnalysis): string | null {
  const signs = reportSigns(analysis);
  if (!signs.finished) return null;
  return `Văn bản này giống một báo cáo đã viết xong (${signs.written}/${signs.paragraphs} đoạn nêu số liệu hoặc việc đã làm) hơn là một đề cương: lời gợi ý của đề cương tạo ra sẽ là chính nội dung báo cáo. Nên tạo đề cương từ văn bản đề cương cấp trên gửi.`;
}
