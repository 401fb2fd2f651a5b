import { z } from 'zod/mini';

// Messages between the side panel / background / options and the content script, validated on both
// ends (zod/mini keeps the content script small). This is also the public automation contract:
// chrome.tabs.sendMessage(tabId, { type: 'khung:insert', text }) inserts `text` at the remembered
// caret exactly as a click in the panel would, and resolves { ok, method }.

export const InsertMessage = z.object({
  type: z.literal('khung:insert'),
  text: z.string(),
  /** Sanitised HTML, used only by editors that take HTML; `text` is always the fallback. */
  html: z.optional(z.string()),
});
export const ReadMessage = z.object({ type: z.literal('khung:read') });
/** Scroll to and select the block-th paragraph (as counted by khung:read) where the editor allows. */
export const SelectMessage = z.object({ type: z.literal('khung:select'), block: z.number() });
export const PingMessage = z.object({ type: z.literal('khung:ping') });
/**
 * The text of the caret's paragraph before and after the remembered caret, so the panel can decide
 * block or inline (shared/core/snippets/insert-placement.ts) before it sends khung:insert.
 */
export const CaretMessage = z.object({ type: z.literal('khung:caret') });

export const ContentMessage = z.discriminatedUnion('type', [
  InsertMessage,
  ReadMessage,
  SelectMessage,
  PingMessage,
  CaretMessage,
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** How an insertion landed: the editor's method name ('textarea', 'execCommand', 'ckeditor-model', …) or 'clipboard'. */
export const InsertResult = z.object({
  ok: z.boolean(),
  method: z.string(),
  /** Vietnamese message for the user, e.g. "Nhấn Ctrl+V để dán" after a clipboard fallback. */
  message: z.optional(z.string()),
});
export type InsertResult = z.infer<typeof InsertResult>;

/** The answer to khung:caret: ok=false when no editor has a caret (then insert the text as it is). */
export const CaretResult = z.object({ ok: z.boolean(), before: z.string(), after: z.string() });
export type CaretResult = z.infer<typeof CaretResult>;

export const ReadResult = z.object({
  ok: z.boolean(),
  /** The detected editor kind: 'textarea', 'contenteditable', 'ckeditor5', 'prosemirror', 'lexical', 'quill', 'tinymce', 'slate', 'draftjs', 'gdocs', 'none'. */
  editor: z.string(),
  /** The paragraphs of the focused editor (or the last focused one), in order. */
  paragraphs: z.array(z.string()),
  /** Heading levels when the editor exposes them (h1–h6 → 1–6), parallel to paragraphs; 0 = none. */
  headingLevels: z.optional(z.array(z.number())),
  url: z.string(),
  message: z.optional(z.string()),
});
export type ReadResult = z.infer<typeof ReadResult>;

/** Broadcast by the content script (runtime.sendMessage) when the focused editor's text changed. */
export const ChangedEvent = z.object({ type: z.literal('khung:changed'), url: z.string() });
export type ChangedEvent = z.infer<typeof ChangedEvent>;
