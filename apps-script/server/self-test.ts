import { documentApp } from './gas-api.ts';
import { UserError } from './result.ts';
import { documentChecks } from './self-test-document.ts';
import { runtimeChecks } from './self-test-runtime.ts';

/** One line of "Kiểm tra cài đặt": what was tried, ✓ or ✗, and what came back (Google's own error text on ✗). */
export interface SelfCheck {
  id: string;
  label: string;
  ok: boolean;
  detail: string;
}

/** An error's own text (duck-typed: an error thrown by another realm is no `instanceof Error` here). */
export function errorText(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** Runs one check and records it; a check that throws is ✗ with the error's text, never a crash. */
export type Attempt = (id: string, label: string, body: () => string) => void;

/**
 * khungSelfTest ("Khung → Kiểm tra cài đặt"): exercises, on the open document, every Apps Script call
 * the add-on depends on, and leaves no trace. It is what a maintainer runs after the first push, so a
 * failure shows the text Google gave (the only clue to what differs from the documentation), and one
 * failed check never stops the others.
 */
export function selfTest(now: () => number = Date.now) {
  const checks: SelfCheck[] = [];
  const attempt: Attempt = (id, label, body) => {
    try {
      checks.push({ id, label, ok: true, detail: body() });
    } catch (error) {
      console.error(`khung: kiểm tra cài đặt, ${id}:`, error);
      const text = errorText(error);
      checks.push({
        id,
        label,
        ok: false,
        detail: error instanceof UserError ? text : `Google báo: ${text}`,
      });
    }
  };
  const started = now();
  documentChecks(attempt, documentApp);
  runtimeChecks(attempt);
  return { ok: true as const, checks, ms: Math.max(0, now() - started) };
}
