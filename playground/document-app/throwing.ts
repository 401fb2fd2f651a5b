/**
 * Makes one Apps Script method of a fake throw, the way Apps Script reports a failed service call:
 * an Error carrying Google's text. `T` is the real type from @types/google-apps-script, so the
 * method must exist there (`throwing<GoogleAppsScript.Document.Body>(body, 'insertTable', …)`): a
 * test cannot break a call Apps Script does not have. `after` lets that many calls through first.
 * `target` may be an instance or a prototype (to break every paragraph, even those created later).
 * Returns the function that restores the method.
 */
export function throwing<T>(
  target: object,
  method: keyof T & string,
  message: string,
  options: { after?: number } = {},
): () => void {
  const holder = target as Record<string, unknown>;
  const original = holder[method];
  if (typeof original !== 'function') throw new Error(`The fake has no method ${method}.`);
  const own = Object.hasOwn(holder, method);
  let calls = 0;
  holder[method] = function (this: unknown, ...args: unknown[]) {
    if (++calls > (options.after ?? 0)) throw new Error(message);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  return () => {
    if (own) holder[method] = original;
    else delete holder[method];
  };
}
