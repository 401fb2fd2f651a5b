import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertResult, ReadResult } from '../../../../extension/shared/messages.ts';
import { skeletonToText } from '../../../../shared/core/outline/format-skeleton.ts';
import { renderSkeleton } from '../../../../shared/core/outline/render-skeleton.ts';
import type { SkeletonBlock } from '../../../../shared/core/outline/skeleton-block.ts';
import { skeletonToHtml } from '../../../../shared/core/outline/skeleton-html.ts';
import { bundledOutlines } from '../../../../shared/library/bundled.ts';
import { INITIAL_PARAGRAPHS } from '../pages/fixture-text.ts';
import { type EditorResult, installedVersion, readResult, writeResult } from './editor-results.ts';
import { type EditorSession, editorFrame, openEditorSession } from './editor-session.ts';
import { expectedModel, normalizeModel } from './expected-model.ts';
import { placeCaretThenLeave } from './place-caret.ts';

/** How one fixture editor is expected to behave. */
export interface EditorCase {
  /** The fixture page (tests/e2e/editors/pages/<page>.html). */
  page: string;
  /** The editor's name in docs/editors.md and the npm package it comes from ('' for the browser's own). */
  editor: string;
  pkg: string;
  /** What khung:read must call the editor. */
  kind: string;
  /** The method khung:insert must report (insert-plan.ts). */
  method: string;
  /** A textarea keeps the text verbatim (blank lines too); rich editors get one paragraph a line. */
  verbatim?: boolean;
  /** The editor's paste parses HTML into its model: the skeleton's HTML must arrive with headings. */
  html?: boolean;
  /** Where several lines land (expected-model.ts); the default splits the caret's paragraph. */
  lines?: 'at-caret' | 'own-paragraphs';
  /** khung:select cannot select in this editor (Monaco draws its lines outside the DOM selection). */
  noSelect?: boolean;
  /** Ctrl+Z presses that remove three letters typed after an insert (Trix undoes the first one alone). */
  lettersUndoSteps?: number;
}

/**
 * How long the officer takes to get back to the page and type after clicking "Chèn" in the panel.
 * Editors that merge edits by time (ProseMirror and CodeMirror 500 ms, Lexical here 300 ms, Quill
 * 1 s) merge a real paste with letters typed faster than that too; the browser's own typing run,
 * which the engine must end, merges whatever the pause.
 */
const BACK_TO_PAGE_MS = 1200;
/** How long after typing the officer presses Ctrl+Z. */
const BEFORE_UNDO_MS = 600;

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

    // Rich editors: an empty paragraph is no text (CKEditor 4 and Toast UI keep one where a pasted
    // paragraph break meets the text after the caret); plain-text editors keep their blank lines.
    const visible = (m: string[]) => (c.verbatim === true ? m : m.filter((p) => p.trim() !== ''));
    const model = async () => visible(normalizeModel(await s.model()));
    const expected = (text: string) =>
      visible(expectedModel(text, c.verbatim === true, c.lines ?? 'at-caret'));
    const row: EditorResult = {
      page: c.page,
      editor: c.editor,
      pkg: c.pkg,
      version: installedVersion(c.pkg),
      kind: c.kind,
      method: '',
      texts: { oneLine: false, multiLine: false, skeleton: false },
      html: false,
      oneStepUndo: false,
      lettersUndoSteps: 0,
      lines: c.lines ?? 'at-caret',
      select: false,
      consoleErrors: 0,
    };
    const undone: boolean[] = [];

    async function insertAndUndo(text: string): Promise<boolean> {
      expect(await model()).toEqual([...INITIAL_PARAGRAPHS]);
      await placeCaretThenLeave(s.page);
      await s.panel.bringToFront();
      const result = await s.send<InsertResult>({ type: 'khung:insert', text });
      expect(result).toEqual({ ok: true, method: c.method });
      row.method = result.method;
      expect(await model()).toEqual(expected(text));
      await s.page.bringToFront();
      // Jodit records its history 100 ms after a change; a person looks before pressing Ctrl+Z.
      await s.page.waitForTimeout(BEFORE_UNDO_MS);
      await s.page.keyboard.press('Control+z');
      await expect.poll(model).toEqual([...INITIAL_PARAGRAPHS]);
      undone.push(true);
      return true;
    }

    it('inserts a one-line snippet once at the caret, and one Ctrl+Z removes it', async () => {
      row.texts.oneLine = await insertAndUndo(ONE_LINE);
    });

    it('inserts a multi-line snippet as paragraphs at the caret, and one Ctrl+Z removes it', async () => {
      row.texts.multiLine = await insertAndUndo(MULTI_LINE);
    });

    it('inserts an outline skeleton once at the caret, and one Ctrl+Z removes it', async () => {
      row.texts.skeleton = await insertAndUndo(skeletonText());
      row.oneStepUndo = undone.length === 3;
    });

    it('keeps the insert and the letters typed right after it as separate undo steps', async () => {
      expect(await model()).toEqual([...INITIAL_PARAGRAPHS]);
      await placeCaretThenLeave(s.page);
      await s.panel.bringToFront();
      expect(await s.send<InsertResult>({ type: 'khung:insert', text: MULTI_LINE })).toEqual({
        ok: true,
        method: c.method,
      });
      const inserted = await model();
      expect(inserted).toEqual(expected(MULTI_LINE));
      await s.page.bringToFront();
      await s.page.waitForTimeout(BACK_TO_PAGE_MS);
      await s.page.keyboard.type('xyz');
      await expect.poll(async () => (await model()).join('\n').includes('xyz')).toBe(true);
      // SunEditor records typing 400 ms after the last key; a person reaches for Ctrl+Z later than that.
      await s.page.waitForTimeout(BEFORE_UNDO_MS);
      // Ctrl+Z takes the letters first — all three at once, or (Trix) the first one in a step of its
      // own — and never the insert with them…
      const steps = c.lettersUndoSteps ?? 1;
      for (let i = 0; i < steps; i++) {
        const before = await model();
        await s.page.keyboard.press('Control+z');
        await expect.poll(model).not.toEqual(before);
      }
      expect(await model()).toEqual(inserted);
      // …then one more Ctrl+Z takes the insert, whole.
      await s.page.keyboard.press('Control+z');
      await expect.poll(model).toEqual([...INITIAL_PARAGRAPHS]);
      row.lettersUndoSteps = steps;
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
        const paragraphs = await model();
        expect(paragraphs.filter((p) => p === HEADING)).toHaveLength(1);
        expect(paragraphs[0]).toBe(INITIAL_PARAGRAPHS[0]);
        expect(paragraphs.at(-1)).toBe(INITIAL_PARAGRAPHS[2]);
        const read = await s.send<ReadResult>({ type: 'khung:read' });
        const at = read.paragraphs.indexOf(HEADING);
        expect(read.headingLevels?.[at]).toBeGreaterThan(0);
        await s.page.bringToFront();
        await s.page.waitForTimeout(BEFORE_UNDO_MS);
        await s.page.keyboard.press('Control+z');
        await expect.poll(model).toEqual([...INITIAL_PARAGRAPHS]);
        row.html = true;
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

    it('khung:caret reads the line typed in, with nothing after a caret at its end', async () => {
      // The caret is still where the test before typed. The panel plans block or inline from this
      // (an empty paragraph after a block inserted here when something seemed to follow the caret).
      await s.panel.bringToFront();
      const around = await s.send<{ ok: boolean; before: string; after: string }>({ type: 'khung:caret' });
      expect({ ...around, before: around.before.replace(/\u00a0/g, ' ') }).toEqual({
        ok: true,
        before: 'Đoạn kết. Gõ thêm',
        after: '',
      });
    });

    it('khung:select selects the n-th paragraph in the page', async () => {
      const answer = await s.send<{ ok: boolean }>({ type: 'khung:select', block: 0 });
      if (c.noSelect === true) {
        expect(answer).toEqual({ ok: false });
        return;
      }
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
      row.select = true;
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
      await expect.poll(async () => (await model()).some((p) => p.includes(`${ONE_LINE}¶SAU`))).toBe(true);
    });

    it('leaves no error in the page console', () => {
      expect(pageErrors).toEqual([]);
      row.consoleErrors = pageErrors.length;
    });

    it('matches its row of the editor table (UPDATE_GOLDEN=1 rewrites it)', () => {
      if (process.env.UPDATE_GOLDEN === '1') writeResult(row);
      expect(readResult(c.page), `${c.page}: chạy lại với UPDATE_GOLDEN=1`).toEqual(row);
    });
  });
}
