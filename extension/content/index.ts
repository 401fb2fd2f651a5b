// Content script entry: the insert engine and reader answer the messages of extension/shared/messages.ts.
// It may be injected twice into one frame (manifest + scripting.executeScript after a site grant); the
// isolated world keeps one flag per frame, so only the first copy starts.

import { startExpansion } from './expand-typing.ts';
import { onFocusTarget, trackDocument } from './focus-tracker.ts';
import { startFrameOwnership } from './frame-owner.ts';
import { isInsideDocs } from './gdocs/docs-page.ts';
import { handleMessage } from './handle-message.ts';
import { markPageForTests } from './page-marker.ts';
import { followSiteSwitch } from './site-enabled.ts';
import { watchChanges } from './watch-changes.ts';

declare global {
  interface Window {
    __khungContentStarted?: boolean;
  }
}

// Google Docs documents (every frame of them) are the Docs bridge's (gdocs/main.ts): two scripts
// answering one message would insert twice.
if (!window.__khungContentStarted && !isInsideDocs()) {
  window.__khungContentStarted = true;
  followSiteSwitch();
  startFrameOwnership();
  onFocusTarget(watchChanges);
  trackDocument(document);
  chrome.runtime.onMessage.addListener(handleMessage);
  startExpansion(document);
  markPageForTests();
}
