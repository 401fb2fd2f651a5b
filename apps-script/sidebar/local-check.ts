import type { DocModel } from '../../shared/core/document/doc-model.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { CheckView } from '../../shared/core/report/check-view.ts';
import { toCheckView } from '../../shared/core/report/to-check-view.ts';
import { type CheckResult, checkDocument } from '../../shared/core/rules/check-document.ts';

// The add-on's check runs here, in the sidebar's browser, on the document model the server read
// (khungRead, khungPoll, khungApplyEdits): Code.js stays a thin reader and writer, since every server
// call pays the parse of all of it and Apps Script's server time is counted.

/** A check of a fetched document: the core's result (its findings carry the fixes) and the view shown. */
export interface LocalCheck {
  doc: DocModel;
  result: CheckResult;
  view: CheckView;
}

/** Checks `doc` against the outline `outlineId` of `library`, or detects one ('auto'); a message when the outline is gone. */
export function checkFetched(
  doc: DocModel,
  outlineId: string,
  library: readonly Outline[],
): LocalCheck | { message: string } {
  const outline = outlineId === 'auto' ? 'auto' : library.find((o) => o.id === outlineId);
  if (!outline)
    return { message: `Không tìm thấy đề cương “${outlineId}”; có thể nó đã bị xoá. Hãy chọn lại đề cương.` };
  const result = checkDocument(doc, { outline, outlines: library });
  return { doc, result, view: toCheckView(result) };
}
