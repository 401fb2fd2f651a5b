import { useEffect, useRef } from 'preact/hooks';
import type { DocModel } from '../../shared/core/document/doc-model.ts';
import { server } from './bridge.ts';

/** First and longest wait between two polls; the wait grows while the document does not change. */
export const POLL_MIN_MS = 2_000;
export const POLL_MAX_MS = 20_000;
const BACKOFF = 1.5;

/**
 * Keeps the checklist live while the officer writes, the way Google's sidebar samples poll:
 * khungPoll(signature) is a cheap server-side re-read that returns the document model (which the
 * sidebar checks) only when the text changed. The wait backs off while nothing changes, resets
 * after a change, and polling stops while the sidebar is hidden (document.hidden) or `paused`
 * (another call runs). Reading never moves the cursor: khungPoll only reads.
 */
export function usePoll(
  signature: string | null,
  paused: boolean,
  onChange: (doc: DocModel, signature: string) => void,
): void {
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  useEffect(() => {
    if (signature === null || paused) return;
    let current = signature;
    let delay = POLL_MIN_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let inFlight = false;
    const tick = async () => {
      timer = undefined;
      if (stopped || document.hidden) return; // resumed by visibilitychange
      inFlight = true;
      const reply = await server.poll(current);
      inFlight = false;
      if (stopped) return;
      if (reply.ok && reply.changed && reply.doc) {
        current = reply.signature;
        delay = POLL_MIN_MS;
        onChangeRef.current(reply.doc, reply.signature);
        return; // the new signature restarts this effect
      }
      delay = Math.min(delay * BACKOFF, POLL_MAX_MS);
      schedule();
    };
    const schedule = () => {
      if (!stopped && !inFlight && timer === undefined && !document.hidden)
        timer = setTimeout(() => void tick(), delay);
    };
    const onVisibility = () => {
      if (!document.hidden) {
        delay = POLL_MIN_MS;
        schedule();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    schedule();
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [signature, paused]);
}
