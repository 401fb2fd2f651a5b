import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { analyzeDocument } from '../../shared/core/headings/analyze-document.ts';
import { deriveOutline, slug } from '../../shared/core/outline/derive-outline.ts';
import { finishedReportWarning } from '../../shared/core/outline/finished-report.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';

/** The longest name an outline may be given (the server refuses longer ones too). */
const MAX_NAME = 200;

/**
 * "Tạo đề cương từ văn bản này", the sidebar's half: the open document (a received đề cương, read by
 * khungRead) becomes an outline named as the user asked, with a warning when it reads like a finished
 * report (its prompts would be its own text). The server validates it, makes its id unique and
 * stores it (khungSaveDerivedOutline).
 */
export function derivedOutline(
  doc: DocModel,
  name: string,
): { outline: Outline; warning: string | null } | { message: string } {
  if (name.length > MAX_NAME) return { message: 'Tên đề cương quá dài (tối đa 200 ký tự).' };
  if (doc.blocks.length === 0)
    return { message: 'Văn bản đang trống: hãy mở văn bản đề cương cần lấy mẫu rồi thử lại.' };
  const analysis = analyzeDocument(doc);
  const derived = deriveOutline(analysis, doc.meta.name ?? 'văn bản');
  const title = name || derived.title;
  return {
    outline: { ...derived, id: slug(title, 60) || 'de-cuong-rieng', title },
    warning: finishedReportWarning(analysis),
  };
}
