import { type FrameClaim, FrameOwner } from '../shared/frame-messages.ts';

// Which frame of the tab holds the last focused editor. chrome.tabs.sendMessage without a frameId
// reaches every frame (the manifest has all_frames + match_about_blank, e.g. TinyMCE's srcdoc
// iframe), so exactly one frame must act on khung:insert/read/select or text would be inserted twice.
//
// Frames tell each other through the extension, never through window.postMessage: a page's scripts
// (and any frame in it, an ad included) see every window message the page receives and can post any
// message to any frame, so they could read such notes, replay them to send an insert to another
// frame, or forge "focus went elsewhere" to block inserts. Here a frame's claim goes to the service
// worker (chrome.runtime), which relays it to the frames of the claiming frame's own tab only
// (extension/background/frame-focus.ts); the token that names a frame is made in this isolated world
// and never leaves the extension's channels. Each frame then decides alone and synchronously (a frame
// that stays silent must not hold the reply port open).

/** Focus went into a child frame where no Khung script runs (a site not granted, a data: frame). */
const ELSEWHERE = 'elsewhere';
/**
 * An "elsewhere" claim is dated this much earlier than the blur that caused it: frames in other
 * processes date their claims with their own clocks, and the child frame's claim that follows the
 * same click (a few ms later) must win over it.
 */
const ELSEWHERE_SLACK_MS = 50;
/** This frame's secret name (getRandomValues, unlike randomUUID, works on plain-http pages too). */
const myToken = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
  b.toString(16).padStart(2, '0'),
).join('');
let owner: string | null = null;
let ownerAt = Number.NEGATIVE_INFINITY;

const now = (): number => performance.timeOrigin + performance.now();

/** Takes a relayed claim when it is the latest one this frame has heard of. */
function apply(note: { token: string; elsewhere: boolean; at: number }): void {
  if (note.at < ownerAt) return;
  owner = note.elsewhere ? ELSEWHERE : note.token;
  ownerAt = note.at;
}

function claim(elsewhere: boolean): void {
  const note: FrameClaim = {
    type: 'khung:frame:claim',
    token: myToken,
    elsewhere,
    at: elsewhere ? now() - ELSEWHERE_SLACK_MS : now(),
  };
  // Saying "not here" takes effect at once: it only makes this frame answer less. Saying "mine" waits
  // for the relay, so the previous owner stops answering before this frame starts: never twice.
  if (elsewhere) apply(note);
  try {
    chrome.runtime.sendMessage(note).catch(() => undefined);
  } catch {
    // The extension was reloaded: this copy of the script no longer answers anything.
  }
}

/** Listens for the claims the service worker relays from this tab's frames. */
export function startFrameOwnership(): void {
  chrome.runtime.onMessage.addListener((raw: unknown, sender) => {
    // From the extension itself (the worker), not from a content script of some tab.
    if (sender.id !== chrome.runtime.id || sender.tab !== undefined) return false;
    const note = FrameOwner.safeParse(raw);
    if (note.success) apply(note.data);
    return false;
  });
  // Focus moving into a child frame blurs this window. If that frame runs Khung it claims focus right
  // after (its claim is later and wins); if not, no frame may write into an older editor.
  window.addEventListener('blur', (event) => {
    if (!event.isTrusted) return;
    if (owner === myToken && document.activeElement?.localName === 'iframe') claim(true);
  });
}

/** Called when an editor of this frame gets focus: this frame now owns the tab's insertions. */
export function claimFocus(): void {
  claim(false);
}

/**
 * Who answers in this frame: 'mine' (it had the last focused editor, or nobody had one and it is the
 * top frame), 'nobody' (the top frame, when focus is in a frame Khung cannot see) or 'other'.
 */
export function focusOwner(): 'mine' | 'nobody' | 'other' {
  if (owner === myToken || (owner === null && window === window.top)) return 'mine';
  if (owner === ELSEWHERE && window === window.top) return 'nobody';
  return 'other';
}
