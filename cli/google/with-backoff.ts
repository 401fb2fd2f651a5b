import { httpStatusOf, isRateLimit, retryAfterMsOf } from './google-error.ts';

/** How to retry a Google API call. */
export interface BackoffOptions {
  /** Attempts in all, the first one included. */
  attempts: number;
  /** First delay; doubled each retry (exponential backoff, developers.google.com/drive/api/guides/limits). */
  baseMs: number;
  /** No single wait is longer than this. */
  maxMs: number;
  /** Waits; tests pass a fake clock. */
  sleep: (ms: number) => Promise<void>;
  /** In [0, 1); tests pass a fixed value. */
  random: () => number;
  /** Told before each wait, so the progress line can say why it pauses. */
  onRetry?: (attempt: number, waitMs: number, error: unknown) => void;
}

export const DEFAULT_BACKOFF: BackoffOptions = {
  attempts: 6,
  baseMs: 1000,
  maxMs: 32_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** 429, 408, 5xx and Drive's 403 rateLimitExceeded are worth retrying; everything else fails at once. */
export function isRetryable(error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status === 403 && isRateLimit(error)) return true;
  return status === 429 || status === 408 || (status !== undefined && status >= 500 && status <= 599);
}

/**
 * Runs `call`, retrying a 429, a 5xx or a rate-limit 403 with exponential backoff and jitter: wait a
 * random time between half and all of base·2^n (capped), or the server's Retry-After when longer.
 */
export async function withBackoff<T>(
  call: () => Promise<T>,
  options: BackoffOptions = DEFAULT_BACKOFF,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= options.attempts || !isRetryable(error)) throw error;
      const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1));
      const jittered = Math.round(ceiling * (0.5 + options.random() / 2));
      const retryAfter = retryAfterMsOf(error);
      const wait =
        retryAfter === undefined ? jittered : Math.min(Math.max(retryAfter, jittered), options.maxMs * 4);
      options.onRetry?.(attempt, wait, error);
      await options.sleep(wait);
    }
  }
}
