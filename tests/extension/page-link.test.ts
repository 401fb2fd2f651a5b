import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InsertResult } from '../../extension/shared/messages.ts';
import { insertIntoPage } from '../../extension/side-panel/page-link.ts';

type Reply = InsertResult | { ok: boolean } | undefined;

/** A page whose content script answers the ping and then `insertReply`; and a panel clipboard. */
function fakeBrowser(insertReply: Reply, clipboardWorks = true) {
  const copied: string[] = [];
  const chromeFake = {
    runtime: { getManifest: () => ({ content_scripts: [] }) },
    storage: { local: { get: async () => ({}) } },
    tabs: {
      get: async () => ({ url: 'https://soanthao.example.vn/' }),
      sendMessage: async (_tab: number, message: { type: string }) =>
        message.type === 'khung:ping' ? { ok: true } : insertReply,
    },
  };
  vi.stubGlobal('chrome', chromeFake);
  vi.stubGlobal('navigator', {
    clipboard: {
      writeText: async (text: string) => {
        if (!clipboardWorks) throw new Error('Document is not focused');
        copied.push(text);
      },
    },
  });
  return copied;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('insertIntoPage: the panel copies when the page could not insert nor copy', () => {
  it('passes a landed insertion through untouched, and copies nothing', async () => {
    const copied = fakeBrowser({ ok: true, method: 'paste' });
    expect(await insertIntoPage(1, 'Nơi nhận:')).toEqual({ ok: true, method: 'paste' });
    expect(copied).toEqual([]);
  });

  it('copies from the panel when the page answered method "none" (it had no focus to copy)', async () => {
    const copied = fakeBrowser({ ok: false, method: 'none', message: 'Khung đang tắt trên trang này.' });
    const result = await insertIntoPage(1, '- Như trên;\n- Lưu: VT, VP.');
    expect(copied).toEqual(['- Như trên;\n- Lưu: VT, VP.']);
    expect(result).toEqual({
      ok: false,
      method: 'clipboard',
      message: 'Khung đang tắt trên trang này. Đã chép vào bộ nhớ tạm. Nhấn Ctrl+V để dán.',
    });
  });

  it('copies when the page did not answer at all, saying only Ctrl+V', async () => {
    const copied = fakeBrowser(undefined);
    const result = await insertIntoPage(1, 'Trân trọng./.');
    expect(copied).toEqual(['Trân trọng./.']);
    expect(result.message).toBe('Đã chép vào bộ nhớ tạm. Nhấn Ctrl+V để dán.');
  });

  it('keeps the page’s own clipboard answer, and the failure when the panel cannot copy either', async () => {
    const pageCopied: InsertResult = { ok: false, method: 'clipboard', message: 'Nhấn Ctrl+V để dán.' };
    const none = fakeBrowser(pageCopied);
    expect(await insertIntoPage(1, 'x')).toEqual(pageCopied);
    expect(none).toEqual([]);
    const copied = fakeBrowser({ ok: false, method: 'none', message: 'Không chèn được.' }, false);
    expect(await insertIntoPage(1, 'x')).toEqual({ ok: false, method: 'none', message: 'Không chèn được.' });
    expect(copied).toEqual([]);
  });

  it('copies nothing after Docs took the text but showed something else (a copy could land it twice)', async () => {
    const unchecked: InsertResult = {
      ok: false,
      method: 'gdocs-unchecked',
      message: 'Hãy xem lại chỗ con trỏ.',
    };
    const copied = fakeBrowser(unchecked);
    expect(await insertIntoPage(1, 'Nơi nhận:')).toEqual(unchecked);
    expect(copied).toEqual([]);
  });
});
