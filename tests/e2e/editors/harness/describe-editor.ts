import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertResult, ReadResult } from '../../../../extension/shared/messages.ts';
import { skeletonToText } from '../../../../shared/core/outline/format-skeleton.ts';
import { renderSkeleton } from '../../../../shared/core/outline/render-skeleton.ts';
import type { SkeletonBlock } from '../../../../shared/core/outline/skeleton-block.ts';
import { skeletonToHtml } from '../../../../shared/core/outline/skeleton-html.ts';
import { bundledOutlines } from '../../../../shared/library/bundled.ts';
import { INITIAL_PARAGRAPHS } from '../pages/fixture-text.ts';
import { type EditorSession, editorFrame, openEditorSession } from './editor-session.ts';
import { expectedModel, normalizeModel } from './expected-model.ts';
import { placeCaretThenLeave } from './place-caret.ts';

/** How one fixture editor is expected to behave. */
export interface EditorCase {
  /** The fixture page (tests/e2e/editors/pages/<page>.html). */
  page: string;
  /** What khung:read must call the editor. */
  kind: string;
  /** The method khung:insert must report (insert-plan.ts). */
  method: string;
  /** A textarea keeps the text verbatim (blank lines too); rich editors get one paragraph a line. */
  verbatim?: boolean;
  /** The editor's paste parses HTML into its model: the skeleton's HTML must arrive with headings. */
  html?: boolean;
}

const ONE_LINE = 'Đề nghị các đồng chí quan tâm, tạo điều kiện.';
const MULTI_LINE = 'Nơi nhận:\n- Như trên;\n- Ban Thường vụ LĐLĐ tỉnh (để b/c);\n- Lưu: VT, BTG.';

function skeleton(): SkeletonBlock[] {
  const outline = bundledOutlines().find((o) => o.id === 'cao-bang-bao-cao-6-thang-2020');
  if (!outline) throw new Error('outline cao-bang-bao-cao-6-thang-2020 is missing');
  return renderSkeleton(outline, { donVi: 'Công đoàn cơ sở Trường THCS Hòa Chung' }, new Date(2026, 10, 21));
}
const skeletonText = (): string => skeletonToText(skeleton());
const HEADING = 'I. ĐẶC ĐIỂM TÌNH HÌNH';

/**
 * The contract for one editor in real Chromium with the built extension: a one-line snippet, a
 * multi-line snippet and an outline skeleton each land exactly once at a caret in the middle of
 * existing text (the editor's own model says so), one Ctrl+Z removes each, khung:read follows typing.
 */
export function describeEditor(c: EditorCase): void {
  describe(`${c.page}: insert, undo and read through the extension`, () => {
    let s: EditorSession;
    const pageErrors: string[] = [];

    beforeAll(async () => {
      s = await openEditorSession(c.page);
      s.page.on('pageerror', (e) => pageErrors.push(e.message));
      s.page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(m.text());
      });
    });
    afterAll(async () => {
      await s?.close();
    });

    async function insertAndUndo(text: string): Promise<void> {
      expect(normalizeModel(await s.model())).toEqual([...INITIAL_PARAGRAPHS]);
      await placeCaretThenLeave(s.page);
      await s.panel.bringToFront();
      const result = await s.send<InsertResult>({ type: 'khung:insert', text });
      expect(result).toEqual({ ok: true, method: c.method });
      expect(normalizeModel(await s.model())).toEqual(expectedModel(text, c.verbatim === true));
      await s.page.bringToFront();
      await s.page.keyboard.press('Control+z');
      await expect.poll(async () => normalizeModel(await s.model())).toEqual([...INITIAL_PARAGRAPHS]);
    }

    it('inserts a one-line snippet once at the caret, and one Ctrl+Z removes it', async () => {
      await insertAndUndo(ONE_LINE);
    });

    it('inserts a multi-line snippet as paragraphs at the caret, and one Ctrl+Z removes it', async () => {
      await insertAndUndo(MULTI_LINE);
    });

    it('inserts an outline skeleton once at the caret, and one Ctrl+Z removes it', async () => {
      await insertAndUndo(skeletonText());
    });

    // Only editors whose paste parses HTML into their model get the HTML (insert-plan.ts).
    if (c.html === true)
      it('inserts the skeleton as HTML with its headings, and one Ctrl+Z removes it', async () => {
        await placeCaretThenLeave(s.page);
        await s.panel.bringToFront();
        const blocks = skeleton();
        const result = await s.send<InsertResult>({
          type: 'khung:insert',
          text: skeletonToText(blocks),
          html: skeletonToHtml(blocks),
        });
        expect(result).toEqual({ ok: true, method: c.method });
        const model = normalizeModel(await s.model());
        expect(model.filter((p) => p === HEADING)).toHaveLength(1);
        expect(model[0]).toBe(INITIAL_PARAGRAPHS[0]);
        expect(model.at(-1)).toBe(INITIAL_PARAGRAPHS[2]);
        const read = await s.send<ReadResult>({ type: 'khung:read' });
        const at = read.paragraphs.indexOf(HEADING);
        expect(read.headingLevels?.[at]).toBeGreaterThan(0);
        await s.page.bringToFront();
        await s.page.keyboard.press('Control+z');
        await expect.poll(async () => normalizeModel(await s.model())).toEqual([...INITIAL_PARAGRAPHS]);
      });

    it('khung:read names the editor and follows typing, with a khung:changed event', async () => {
      await placeCaretThenLeave(s.page, 'Đoạn kết', false);
      const before = await s.send<ReadResult>({ type: 'khung:read' });
      expect(before).toMatchObject({ ok: true, editor: c.kind, paragraphs: [...INITIAL_PARAGRAPHS] });
      await s.takeChanged();
      await s.page.keyboard.press('End');
      await s.page.keyboard.type(' Gõ thêm');
      await expect.poll(() => s.takeChanged(), { timeout: 3000 }).toBeGreaterThan(0);
      const after = await s.send<ReadResult>({ type: 'khung:read' });
      expect(after.paragraphs.at(-1)).toBe('Đoạn kết. Gõ thêm');
      expect(after.headingLevels).toEqual([0, 0, 0]);
    });

    it('khung:select selects the n-th paragraph in the page', async () => {
      const answer = await s.send<{ ok: boolean }>({ type: 'khung:select', block: 0 });
      expect(answer).toEqual({ ok: true });
      const frame = await editorFrame(s.page);
      const selected = await frame.evaluate(() => {
        const el = document.activeElement;
        if (el instanceof HTMLTextAreaElement) return el.value.slice(el.selectionStart, el.selectionEnd);
        const shadow = document.getElementById('editor-host')?.shadowRoot as
          | (ShadowRoot & { getSelection?: () => Selection | null })
          | null
          | undefined;
        return (shadow?.getSelection?.() ?? document.getSelection())?.toString() ?? '';
      });
      expect(selected.trim()).toBe(INITIAL_PARAGRAPHS[0]);
    });

    it('leaves the caret right after the inserted text, so typing continues there', async () => {
      await placeCaretThenLeave(s.page);
      await s.panel.bringToFront();
      expect(await s.send<InsertResult>({ type: 'khung:insert', text: ONE_LINE })).toEqual({
        ok: true,
        method: c.method,
      });
      await s.page.bringToFront();
      await s.page.keyboard.type('¶');
      await expect
        .poll(async () => normalizeModel(await s.model()).some((p) => p.includes(`${ONE_LINE}¶SAU`)))
        .toBe(true);
    });

    it('leaves no error in the page console', () => {
      expect(pageErrors).toEqual([]);
    });
  });
}
