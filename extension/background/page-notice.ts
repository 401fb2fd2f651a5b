// A short notice in a web page, for the worker, which has no UI of its own in the page: injected
// with chrome.scripting (the page's site is granted, or the content script would not be there), so
// the content script, loaded on every page within its budget, carries no notice code.

/** Runs in the page: a polite status box at the bottom of the viewport that goes away by itself. */
function showNotice(text: string): void {
  const id = 'khung-page-notice';
  document.getElementById(id)?.remove();
  const box = document.createElement('div');
  box.id = id;
  box.setAttribute('role', 'status');
  box.textContent = text;
  box.style.cssText =
    'position:fixed;z-index:2147483647;left:50%;bottom:24px;transform:translateX(-50%);max-width:32em;' +
    'padding:10px 14px;border-radius:6px;background:#1f2937;color:#fff;font:14px/1.4 system-ui,sans-serif;' +
    'box-shadow:0 2px 8px rgba(0,0,0,.3)';
  document.documentElement.append(box);
  setTimeout(() => box.remove(), 8000);
}

/** Shows `text` in one frame of a tab; a page that refuses scripts simply shows nothing. */
export async function pageNotice(tabId: number, frameId: number, text: string): Promise<void> {
  await chrome.scripting
    .executeScript({ target: { tabId, frameIds: [frameId] }, func: showNotice, args: [text] })
    .catch(() => undefined);
}
