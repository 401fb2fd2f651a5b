/** A failure the user can act on; its message is Vietnamese and shown as is. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** What every server function returns on failure (apps-script/shared/server-api.ts, Failure). */
export interface FailureResult {
  ok: false;
  message: string;
}

/**
 * Runs a server function so that nothing thrown reaches the sidebar as a stack trace: a UserError
 * keeps its message; anything else becomes a plain Vietnamese message about `action` and is logged
 * (console.error goes to the Apps Script executions log).
 */
export function guard<T>(action: string, body: () => T): T | FailureResult {
  try {
    return body();
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error(`khung: ${action}:`, error);
    const detail = error instanceof Error ? error.message : String(error);
    const hint = /quota|exceeded|too large/i.test(detail)
      ? ' Google đang giới hạn tài nguyên của tiện ích; đợi một lát rồi thử lại.'
      : ' Hãy thử lại; nếu vẫn lỗi, tải lại trang văn bản rồi mở lại Khung.';
    return { ok: false, message: `Không ${action} được.${hint}` };
  }
}
