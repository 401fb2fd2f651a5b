/**
 * The address of the page the user sees: the top frame's when this frame may read it (same-origin
 * frames such as TinyMCE's about:srcdoc iframe), else this frame's own.
 */
export function pageUrl(): string {
  try {
    return window.top?.location.href ?? location.href;
  } catch {
    return location.href;
  }
}
