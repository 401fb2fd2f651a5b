import { loadBuiltInOutlines } from '../cli/load-outlines.ts';
import { renderSkeleton } from '../shared/core/outline/render-skeleton.ts';
import type { Session } from './session.ts';

/** The outlines the playground offers for "Tải về .docx": the built-in library. */
export const PLAYGROUND_OUTLINES = loadBuiltInOutlines().outlines;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The parameters the sidebar's form saved last (user properties, as the add-on keeps them). */
function savedParams(session: Session): Record<string, string> {
  try {
    const raw: unknown = JSON.parse(session.fake.properties.data.get('khung.params') ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    return Object.fromEntries(
      Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/**
 * GET /skeleton.docx?outline=<id>: the outline's skeleton with the parameters the sidebar saved, as
 * a Word file; the writer is loaded on the first request only.
 */
export async function skeletonDocxResponse(
  session: Session,
  outlineId: string | null,
): Promise<{ status: number; type: string; body: string | Uint8Array }> {
  const outline = PLAYGROUND_OUTLINES.find((o) => o.id === outlineId);
  if (!outline)
    return {
      status: 404,
      type: 'application/json; charset=utf-8',
      body: JSON.stringify({ error: 'Không có đề cương này.' }),
    };
  const { skeletonToDocx } = await import('../shared/docx/skeleton-docx.ts');
  const bytes = await skeletonToDocx(renderSkeleton(outline, savedParams(session)), outline.title);
  return { status: 200, type: DOCX_TYPE, body: bytes };
}
