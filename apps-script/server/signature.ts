/**
 * A short fingerprint of the document text (FNV-1a, 32 bits, plus the length). Cheap enough to poll:
 * the sidebar re-checks only when it changes, and fixes are refused when the text changed since the
 * check they came from.
 */
export function textSignature(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}
