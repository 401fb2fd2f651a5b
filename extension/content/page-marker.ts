/// <reference path="../shared/e2e-flag.d.ts" />

// The attribute the end-to-end tests wait for (crxjs may load a content script after document_idle).
// Any site could read it to learn that Khung is installed, so only the KHUNG_E2E=1 build sets it; the
// release build drops the code (vite.config.ts `define`), and tests/extension/manifest.test.ts greps
// the release build to be sure.

/** Marks the page as reached by a Khung content script, in the e2e build only. */
export function markPageForTests(): void {
  if (typeof __KHUNG_E2E__ !== 'undefined' && __KHUNG_E2E__)
    document.documentElement.dataset.khungExt = 'loaded';
}
