import { describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import { CheckViewMini } from '../../extension/shared/panel-schemas.ts';
import { docFromText } from '../../shared/core/document/from-text.ts';
import { toCheckView } from '../../shared/core/report/to-check-view.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';

// The side panel validates the check view it receives; what it validates with must keep every field the
// core sends (a copy of the schema once dropped the outline's reason and note, so the panel never said
// why it took a document for its đề cương).

describe('the check view as the side panel receives it', () => {
  it('keeps the whole view, the outline reason and note included', () => {
    const { outlines } = loadBuiltInOutlines();
    const outline = outlines.find((o) => o.id === 'bao-cao-6-thang') ?? null;
    const view = toCheckView(
      checkDocument(docFromText('ĐỀ CƯƠNG\nBáo cáo 6 tháng\nI. ĐẶC ĐIỂM'), { outline }),
    );
    const withReason = {
      ...view,
      outline: view.outline && { ...view.outline, sourceReason: 'tên loại là ĐỀ CƯƠNG' },
      outlineNote: 'ghi chú',
    };
    const parsed = CheckViewMini.safeParse(withReason);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(withReason);
  });
});
