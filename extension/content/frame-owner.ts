// Which frame of the tab holds the last focused editor. chrome.tabs.sendMessage without a frameId
// reaches every frame (the manifest has all_frames + match_about_blank, e.g. TinyMCE's srcdoc
// iframe), so exactly one frame must act on khung:insert/read/select or text would be inserted twice.
// Frames tell each other through window.top with postMessage; each frame then decides alone and
// synchronously (a frame that stays silent must not hold the reply port open).

const KEY = '__khungFocusFrame';
/** Focus went into a child frame where no Khung script runs (a site not granted, a data: frame). */
const ELSEWHERE = 'elsewhere';
const myId = Math.random().toString(36).slice(2) + Date.now().toString(36);
let owner: string | null = null;

function relayToAll(win: Window, id: string): void {
  for (let i = 0; i < win.frames.length; i++) {
    const child = win.frames[i];
    if (!child) continue;
    child.postMessage({ [KEY]: id }, '*');
    relayToAll(child, id);
  }
}

function isFocusNote(data: unknown): data is Record<typeof KEY, string> {
  return (
    typeof data === 'object' && data !== null && typeof (data as Record<string, unknown>)[KEY] === 'string'
  );
}

function announce(id: string): void {
  owner = id;
  if (window === window.top) relayToAll(window, id);
  else window.top?.postMessage({ [KEY]: id }, '*');
}

/** Listens for other frames' focus notes (the top frame relays them to every frame). */
export function startFrameOwnership(): void {
  window.addEventListener('message', (event) => {
    if (!isFocusNote(event.data)) return;
    const id = event.data[KEY];
    owner = id;
    if (window === window.top && event.source !== window) relayToAll(window, id);
  });
  // Focus moving into a child frame blurs this window. If that frame runs Khung it claims focus right
  // after (its note arrives later and wins); if not, no frame may write into an older editor.
  window.addEventListener('blur', () => {
    if (owner === myId && document.activeElement?.localName === 'iframe') announce(ELSEWHERE);
  });
}

/** Called when an editor of this frame gets focus: this frame now owns the tab's insertions. */
export function claimFocus(): void {
  announce(myId);
}

/**
 * Who answers in this frame: 'mine' (it had the last focused editor, or nobody had one and it is the
 * top frame), 'nobody' (the top frame, when focus is in a frame Khung cannot see) or 'other'.
 */
export function focusOwner(): 'mine' | 'nobody' | 'other' {
  if (owner === myId || (owner === null && window === window.top)) return 'mine';
  if (owner === ELSEWHERE && window === window.top) return 'nobody';
  return 'other';
}
