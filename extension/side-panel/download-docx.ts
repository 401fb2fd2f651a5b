import { askWorker, SkeletonReply } from '../shared/background-messages.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FAILED = 'Không tạo được tệp Word. Hãy thử lại; nếu vẫn lỗi, đóng bảng Khung rồi mở lại.';

/** Hands a file to the browser's downloads through an <a download>: no "downloads" permission needed. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken the blob by the next task; free it a little later for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "Tải về .docx": the worker renders the skeleton with the form's parameters, then the Word writer
 * — loaded here, on the click, as a chunk of its own so the panel's bundle never carries it —
 * writes the file the browser saves.
 */
export async function downloadSkeletonDocx(
  outline: { id: string; title: string },
  params: Record<string, string>,
): Promise<{ ok: true; fileName: string; blocks: number } | { ok: false; message: string }> {
  const reply = await askWorker({ type: 'khung:bg:skeleton', outlineId: outline.id, params }, SkeletonReply);
  if (!reply.ok) return reply;
  try {
    const { skeletonToDocx } = await import('../../shared/docx/skeleton-docx.ts');
    const bytes = await skeletonToDocx(reply.skeleton, outline.title);
    const fileName = `${outline.id}.docx`;
    saveBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }), fileName);
    return { ok: true, fileName, blocks: reply.blocks };
  } catch {
    return { ok: false, message: FAILED };
  }
}
