// Every change to the user library is read-modify-write: read what is stored now, apply one edit,
// write the result. Two writers that interleave (two options tabs; the options page and the side
// panel) would each write back a library without the other's change. The Web Locks API serialises
// them across every page and the service worker of the extension (one origin); where it is missing
// (Node, in tests) a queue in this module stands in for it within one process.

const NAME = 'khung.library';
let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` while holding the library lock; resolves with what `task` resolves. */
export function withLibraryLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return locks.request(NAME, task);
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}
