// Waiting for editors to commit: they apply DOM/model changes in a microtask, a task or a frame.

/** Resolves after the pending microtasks and one task (MessageChannel: not throttled in hidden tabs). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

/** Resolves on the next animation frame, or after `ms` when the tab is hidden and frames stop. */
export function nextFrame(ms = 50): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The settle step after every write attempt: a microtask, a task, then a frame. */
export async function settle(): Promise<void> {
  await Promise.resolve();
  await nextTask();
  await nextFrame();
}
