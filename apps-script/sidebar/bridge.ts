import type { z } from 'zod/mini';
import type { FixEdit } from '../../shared/core/base/finding.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import type { ServerFunction } from '../shared/server-api.ts';
import {
  Ack,
  ActionResponse,
  EditsResponse,
  ExportResponse,
  type Failure,
  InitResult,
  PollResponse,
  ReadResponse,
  SelfTestResponse,
} from './replies.ts';

// A typed bridge over google.script.run: one promise per call, every result checked
// against the contract of server-api.ts (its zod/mini mirror, replies.ts), and every failure — a
// thrown server error, a dropped connection, a malformed result — turned into { ok: false, message }
// in plain Vietnamese. The raw error is never shown: it may hold a stack trace or English internals.

export type FailureReply = z.infer<typeof Failure>;
export type Ok<S extends z.ZodMiniType> = Extract<z.infer<S>, { ok: true }>;
/** What every bridge call resolves to: the server's success value, or a Vietnamese failure. */
export type Reply<S extends z.ZodMiniType> = Ok<S> | FailureReply;

/** A call that took longer than this is reported (Apps Script itself stops a call at 6 minutes). */
const TIMEOUT_MS = 90_000;

/** The Vietnamese message for a google.script.run failure; the raw text is only used to classify it. */
export function failureMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error ?? '');
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    return 'Mất kết nối mạng. Hãy kiểm tra mạng rồi thử lại.';
  if (/authori[sz]|permission|quyền/i.test(raw))
    return 'Khung cần được cấp quyền lại. Hãy đóng thanh bên, mở lại từ menu Tiện ích → Khung và cho phép.';
  if (/exceeded maximum execution time|timed? ?out/i.test(raw))
    return 'Google Tài liệu xử lý quá lâu. Văn bản có thể rất dài — hãy thử lại.';
  if (/network|NetworkError|failed to fetch/i.test(raw))
    return 'Mất kết nối tới Google. Hãy thử lại sau ít giây.';
  return 'Google Tài liệu báo lỗi khi thực hiện yêu cầu. Hãy thử lại; nếu vẫn lỗi, tải lại trang tài liệu.';
}

/** Whether the sidebar runs inside Apps Script (or a test page that provides google.script.run). */
export function hasServer(): boolean {
  return typeof google !== 'undefined' && typeof google.script?.run !== 'undefined';
}

/** Calls a server function and validates its result against `schema`; never rejects. */
export function call<S extends z.ZodMiniType>(
  name: ServerFunction,
  schema: S,
  ...args: google.script.Parameter[]
): Promise<Reply<S>> {
  return new Promise((resolve) => {
    if (!hasServer()) {
      resolve({
        ok: false,
        message: 'Thanh bên này chỉ chạy trong Google Tài liệu (menu Tiện ích → Khung).',
      });
      return;
    }
    let settled = false;
    const settle = (reply: Reply<S>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(reply);
    };
    const timer = setTimeout(
      () => settle({ ok: false, message: 'Google Tài liệu chưa trả lời. Hãy thử lại sau ít giây.' }),
      TIMEOUT_MS,
    );
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => {
        const parsed = schema.safeParse(value);
        if (!parsed.success) {
          settle({
            ok: false,
            message: 'Máy chủ của Khung trả lời không đúng dạng. Hãy tải lại trang tài liệu.',
          });
          return;
        }
        settle(parsed.data as Reply<S>);
      })
      .withFailureHandler((error: Error) => settle({ ok: false, message: failureMessage(error) }));
    if (typeof runner[name] !== 'function') {
      settle({
        ok: false,
        message:
          'Phần chạy trên máy chủ của Khung là bản cũ, thiếu việc thanh bên vừa yêu cầu. Hãy cập nhật tiện ích rồi tải lại trang tài liệu.',
      });
      return;
    }
    // Called as a method of its runner, as every documented use does: a function taken off the runner
    // and called detached may lose the handlers the runner carries.
    runner[name](...(args as [google.script.Parameter, ...google.script.Parameter[]]));
  });
}

/** The server functions, typed (arguments as server-api.ts documents them). */
export const server = {
  /** With 'user-only', `library` holds the user's outlines only (the sidebar keeps the built-in ones). */
  init: (scope?: 'user-only') =>
    scope === undefined ? call('khungInit', InitResult) : call('khungInit', InitResult, scope),
  /** The active tab's document model; with an outline id (or 'auto') for a check, which the server remembers. */
  read: (outlineId?: string) =>
    outlineId === undefined ? call('khungRead', ReadResponse) : call('khungRead', ReadResponse, outlineId),
  poll: (signature: string) => call('khungPoll', PollResponse, signature),
  insertOutline: (outlineId: string, params: Record<string, string>) =>
    call('khungInsertOutline', ActionResponse, outlineId, params),
  insertSnippet: (text: string, placement: 'block' | 'inline') =>
    call('khungInsertSnippet', ActionResponse, text, placement),
  applyEdits: (edits: FixEdit[], named: { block: number; text: string }[]) =>
    call('khungApplyEdits', EditsResponse, edits, named),
  selectBlock: (block: number) => call('khungSelectBlock', ActionResponse, block),
  saveParams: (params: Record<string, string>) => call('khungSaveParams', Ack, params),
  saveDerivedOutline: (outline: Outline) => call('khungSaveDerivedOutline', ActionResponse, outline),
  importOutlines: (json: string) => call('khungImportUserOutlines', Ack, json),
  exportOutlines: () => call('khungExportUserOutlines', ExportResponse),
  deleteOutline: (id: string) => call('khungDeleteUserOutline', Ack, id),
  selfTest: () => call('khungSelfTest', SelfTestResponse),
};
