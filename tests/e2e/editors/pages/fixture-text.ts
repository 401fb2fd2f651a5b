// The existing text every fixture editor starts with; tests put the caret between TRƯỚC and SAU.

/** The three paragraphs each fixture editor holds before a test inserts anything. */
export const INITIAL_PARAGRAPHS = [
  'Kính gửi Ban Thường vụ.',
  'Phần đầu TRƯỚCSAU phần cuối.',
  'Đoạn kết.',
] as const;

/** What a fixture page exposes for the tests (window.__fixture). */
export interface FixtureApi {
  /** The editor's own model as paragraphs (not the DOM), e.g. CKEditor's model root children. */
  model(): string[] | Promise<string[]>;
  /**
   * Puts the caret right after `word` through the editor's own API, for editors whose text is not
   * editable DOM (Monaco draws its lines); the others get a click and a DOM selection.
   */
  placeCaret?(word: string): void;
  /** The editor's kind as the content script should detect it. */
  kind: string;
}

declare global {
  interface Window {
    __fixture?: FixtureApi;
  }
}

/** Publishes the page's model reader and marks the page ready (data-ready on <html>). */
export function expose(api: FixtureApi): void {
  window.__fixture = api;
  document.documentElement.dataset.ready = 'true';
}

/** The initial paragraphs as <p> elements, escaped. */
export function initialHtml(): string {
  return INITIAL_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
}
