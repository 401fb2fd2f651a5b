import type { Frame, Page } from 'playwright-core';
import { editorFrame } from './editor-session.ts';
import { CARET_AFTER } from './expected-model.ts';

/**
 * Clicks into the editor like a user, then puts the caret right after CARET_AFTER, then (with
 * `leave`) clicks a button outside the editor and selects the page title, so neither focus nor the
 * page's selection is at the caret any more (as after clicks elsewhere and in the side panel).
 */
export async function placeCaretThenLeave(page: Page, word = CARET_AFTER, leave = true): Promise<void> {
  const frame = await editorFrame(page);
  const ownCaret = await frame.evaluate(() => typeof window.__fixture?.placeCaret === 'function');
  if (ownCaret) await frame.evaluate((word) => window.__fixture?.placeCaret?.(word), word);
  else await clickAndSelect(page, frame, word);
  // Editors copy the DOM selection into their model on selectionchange (Slate throttles it to 100 ms).
  await page.waitForTimeout(200);
  if (!leave) return;
  await page.click('#outside');
  // Clicking elsewhere also moves the page's selection: only the engine's saved range knows the caret.
  await page.evaluate(() => document.getSelection()?.selectAllChildren(document.querySelector('h1') as Node));
  await page.waitForTimeout(150);
}

/** A click on the word's line, then a DOM selection right after the word (the textarea's own, or a Range). */
async function clickAndSelect(page: Page, frame: Frame, word: string): Promise<void> {
  const box = await frame.evaluate((word) => {
    const area = document.querySelector<HTMLTextAreaElement>('textarea#editor');
    if (area && area.offsetParent !== null) {
      const r = area.getBoundingClientRect();
      return { x: r.x + 10, y: r.y + 10 };
    }
    // An editor in a shadow root (lexical-shadow) is searched there.
    const scope = document.getElementById('editor-host')?.shadowRoot ?? document.body;
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode as Text;
      // Hidden editors (Toast UI keeps its Markdown pane beside the WYSIWYG one) are skipped.
      if (!text.data.includes(word) || !text.parentElement?.isContentEditable) continue;
      if (text.parentElement.getClientRects().length === 0) continue;
      const r = text.parentElement.getBoundingClientRect();
      return { x: r.x + 4, y: r.y + r.height / 2 };
    }
    throw new Error(`no editable text with ${word}`);
  }, word);
  const offset = frame === page.mainFrame() ? { x: 0, y: 0 } : await frameOffset(page);
  await page.mouse.click(box.x + offset.x, box.y + offset.y);
  await frame.evaluate((word) => {
    const area = document.querySelector<HTMLTextAreaElement>('textarea#editor');
    if (area && area.offsetParent !== null) {
      const at = area.value.indexOf(word) + word.length;
      area.setSelectionRange(at, at);
      return;
    }
    const shadow = document.getElementById('editor-host')?.shadowRoot as
      | (ShadowRoot & { getSelection?: () => Selection | null })
      | null
      | undefined;
    const walker = document.createTreeWalker(shadow ?? document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode as Text;
      // Hidden editors (Toast UI keeps its Markdown pane beside the WYSIWYG one) are skipped.
      if (!text.data.includes(word) || !text.parentElement?.isContentEditable) continue;
      if (text.parentElement.getClientRects().length === 0) continue;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf(word) + word.length);
      range.collapse(true);
      const sel = shadow?.getSelection?.() ?? document.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      return;
    }
  }, word);
}

async function frameOffset(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const r = document.querySelector('iframe')?.getBoundingClientRect();
    return { x: r?.x ?? 0, y: r?.y ?? 0 };
  });
}
