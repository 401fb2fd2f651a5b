// Reading JSON a user brings (a library export, an outline file, an outline pasted into the add-on)
// with a bound on how deeply it nests. The validators that follow (zod, the add-on's shape checks)
// recurse once per level: a file nested a few hundred levels throws "Maximum call stack size exceeded"
// out of them instead of being rejected. A real outline nests sections a handful of levels, its JSON
// about a dozen; a library export adds two. 64 leaves room for any real file and stays far below the
// smallest stack the hosts give (Apps Script, an extension page). Hand-written rather than a library:
// the check is one linear pass over the text, before anything is parsed.

/** The deepest nesting of arrays and objects a JSON file brought to Khung may have. */
export const MAX_JSON_DEPTH = 64;

/** Why a text could not be read as JSON: nested too deeply, or not JSON (with the parser's detail). */
export type JsonRead =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'too-deep'; message: string }
  | { ok: false; problem: 'syntax'; message: string; detail: string };

/** The message for JSON nested deeper than `max`, in words an officer can act on. */
export function tooDeepMessage(max = MAX_JSON_DEPTH): string {
  return `Tệp có các phần lồng vào nhau quá sâu (hơn ${max} tầng) nên Khung không đọc. Tệp thư viện hay đề cương thật chỉ lồng vài tầng; hãy dùng đúng tệp đã xuất từ Khung.`;
}

/** The nesting depth of JSON text (brackets outside strings), counted only up to `max` + 1. */
export function jsonTextDepth(text: string, max = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > max) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** The nesting depth of a parsed value (arrays and plain objects), counted only up to `max` + 1; no recursion. */
export function valueDepth(value: unknown, max = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    if (depth > deepest) deepest = depth;
    if (deepest > max) return deepest;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Parses JSON text nested at most `maxDepth` levels; never throws. */
export function readJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonRead {
  if (jsonTextDepth(text, maxDepth) > maxDepth)
    return { ok: false, problem: 'too-deep', message: tooDeepMessage(maxDepth) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^.*?:\s*/, '') : '';
    return { ok: false, problem: 'syntax', message: 'Tệp không phải JSON hợp lệ.', detail };
  }
}
