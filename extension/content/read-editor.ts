import type { ReadResult } from '../shared/messages.ts';
import { detectEditor } from './detect-editor.ts';
import { readRoot } from './editor-text.ts';
import { lastFocus } from './focus-tracker.ts';
import { pageUrl } from './page-url.ts';
import { type Block, readBlocks } from './read-blocks.ts';

const NO_EDITOR = 'Chưa có ô soạn thảo nào được chọn. Hãy bấm vào ô soạn thảo trên trang rồi thử lại.';

/** The blocks of the remembered editor, as khung:read counts them (khung:select uses the same list). */
export function currentBlocks(): { root: HTMLElement; blocks: Block[] } | null {
  const target = lastFocus();
  if (!target) return null;
  const root = readRoot(target.element);
  return { root, blocks: readBlocks(root) };
}

/** khung:read when no editor Khung can see is focused. */
export function readNothing(): ReadResult {
  return { ok: false, editor: 'none', paragraphs: [], url: pageUrl(), message: NO_EDITOR };
}

/** khung:read: the focused (or last focused) editor's paragraphs and heading levels. */
export function readEditor(): ReadResult {
  const url = pageUrl();
  const current = currentBlocks();
  if (!current) return readNothing();
  return {
    ok: true,
    editor: detectEditor(lastFocus()?.element ?? current.root),
    paragraphs: current.blocks.map((b) => b.text),
    headingLevels: current.blocks.map((b) => b.level),
    url,
  };
}
