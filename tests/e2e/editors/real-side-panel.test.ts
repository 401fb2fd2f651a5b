import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertResult } from '../../../extension/shared/messages.ts';
import { type EditorSession, openEditorSession } from './harness/editor-session.ts';
import { expectedModel, normalizeModel } from './harness/expected-model.ts';
import { placeCaretThenLeave } from './harness/place-caret.ts';
import { openRealSidePanel, type RealSidePanel } from './harness/real-side-panel.ts';

// HOSTS.md §4 left open whether inserting works from Chrome's real side panel (not the panel's URL in
// a tab). Here the real panel, opened by a click, finds the tab itself (tabs.query active +
// lastFocusedWindow, as the panel does) and inserts into Lexical — the editor that commits late.
// Headless Chromium gives the panel no OS focus, so the page keeps it; the other files cover focus loss.

describe('the real side panel inserts through the automation contract', () => {
  let s: EditorSession;
  let side: RealSidePanel;

  beforeAll(async () => {
    s = await openEditorSession('lexical');
    await placeCaretThenLeave(s.page);
    side = await openRealSidePanel(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('inserts a multi-line snippet once at the remembered caret of the tab beside it', async () => {
    const text = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.';
    const answer = await side.evaluate<InsertResult>(`(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab.id, { type: 'khung:insert', text: ${JSON.stringify(text)} });
    })()`);
    expect(answer).toEqual({ ok: true, method: 'paste' });
    expect(normalizeModel(await s.model())).toEqual(expectedModel(text, false));
  });
});
