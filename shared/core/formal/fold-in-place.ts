const cache = new Map<string, string>();

/**
 * Folds text one UTF-16 unit at a time, keeping its length, so a match in the folded text is a
 * range in the original: lower case, marks removed, đ → d. "CỘNG HÒA" → "cong hoa".
 */
export function foldInPlace(s: string): string {
  let out = '';
  for (const ch of s) {
    let folded = cache.get(ch);
    if (folded === undefined) {
      const lower = ch.toLowerCase();
      const base = lower.length === ch.length ? (lower.normalize('NFD')[0] ?? lower) : ch;
      folded = base === 'đ' || base === 'ð' ? 'd' : base.length === ch.length ? base : ch;
      if (cache.size < 4096) cache.set(ch, folded);
    }
    out += folded;
  }
  return out;
}
