// The only exports Apps Script sees: each becomes a top-level function in the built Code.js
// (apps-script/vite.server.config.ts appends one stub per export). Every sidebar function returns
// a result object and never throws (apps-script/shared/server-api.ts).
import { applyRequestedEdits, selectBlock } from './fix-actions.ts';
import { init } from './init.ts';
import { insertOutline } from './insert-outline.ts';
import { insertSnippet } from './insert-snippet.ts';
import { buildMenu, openSidebar } from './menu.ts';
import { poll, read } from './read.ts';
import { guard, UserError } from './result.ts';
import { selfTest } from './self-test.ts';
import { parseParams, saveParams } from './settings.ts';
import { deleteOutline, exportOutlines, importOutlines, saveDerivedOutline } from './user-outlines.ts';

/** Simple trigger: builds the add-on menu. */
export function onOpen(_e?: unknown): void {
  buildMenu();
}

/** Runs when the add-on is installed: the menu must appear without reloading the document. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/** Menu "Mở Khung". */
export function showSidebar(): void {
  openSidebar(null);
}

/** Menu "Chèn đề cương…": the sidebar opened on the insert form. */
export function showSidebarInsert(): void {
  openSidebar('insert');
}

/** Menu "Kiểm tra văn bản": the sidebar opened on the check. */
export function showSidebarCheck(): void {
  openSidebar('check');
}

/** Menu "Kiểm tra cài đặt": the sidebar opened on the self-test. */
export function showSidebarSelfTest(): void {
  openSidebar('selftest');
}

const outlineIdOf = (id: unknown): string => {
  if (typeof id !== 'string' || id === '') throw new UserError('Chưa chọn đề cương.');
  return id;
};

/**
 * What the sidebar needs to start; with 'user-only' (a sidebar that already holds the built-in
 * outlines) `library` carries the user's outlines only.
 */
export function khungInit(scope: unknown) {
  return guard('mở Khung', () => init(scope === 'user-only'));
}

/** Reads the active tab for the sidebar's check; remembers the outline choice (an id or 'auto'). */
export function khungRead(outlineId: unknown) {
  return guard('đọc văn bản', () => read(outlineId));
}

/** Tries every Apps Script call the add-on depends on, on the open document, leaving no trace. */
export function khungSelfTest() {
  return guard('kiểm tra cài đặt', () => selfTest());
}

/** Cheap change detection for the live checklist. */
export function khungPoll(signature: unknown) {
  return guard('cập nhật danh sách kiểm tra', () => poll(typeof signature === 'string' ? signature : ''));
}

/** Inserts an outline at the cursor with the given parameters. */
export function khungInsertOutline(outlineId: unknown, params: unknown) {
  return guard('chèn đề cương', () => ({
    ok: true as const,
    ...insertOutline(outlineIdOf(outlineId), params),
  }));
}

/** Inserts a filled snippet at the cursor, as a block of its own paragraphs or inline ('block' | 'inline'). */
export function khungInsertSnippet(text: unknown, placement?: unknown) {
  return guard('chèn đoạn mẫu', () => insertSnippet(text, placement));
}

/** Applies the edits of the fixes the sidebar chose, if the paragraphs they name are unchanged. */
export function khungApplyEdits(edits: unknown, namedBlocks: unknown) {
  return guard('sửa lỗi', () => applyRequestedEdits(edits, namedBlocks));
}

/** Selects a block's paragraph in the document. */
export function khungSelectBlock(block: unknown) {
  return guard('chọn đoạn trong văn bản', () => selectBlock(block));
}

/** Remembers the insert form's parameters. */
export function khungSaveParams(params: unknown) {
  return guard('lưu thông số', () => {
    const parsed = parseParams(params ?? {});
    if (!parsed) throw new UserError('Các thông số không hợp lệ.');
    saveParams(parsed);
    return { ok: true as const, message: 'Đã lưu thông số.' };
  });
}

/** Saves the outline the sidebar derived from the open document as a user outline. */
export function khungSaveDerivedOutline(outline: unknown) {
  return guard('tạo đề cương từ văn bản', () => saveDerivedOutline(outline));
}

/** Imports user outlines from JSON text. */
export function khungImportUserOutlines(json: unknown) {
  return guard('nhập đề cương', () => importOutlines(json));
}

/** The user's outlines as JSON text. */
export function khungExportUserOutlines() {
  return guard('xuất đề cương', exportOutlines);
}

/** Deletes one user outline. */
export function khungDeleteUserOutline(id: unknown) {
  return guard('xoá đề cương', () => deleteOutline(id));
}
