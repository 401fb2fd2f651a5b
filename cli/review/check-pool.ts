import { type ChildProcess, fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { DriveFile } from '../google/drive-schema.ts';
import { unreadEntry } from './review-model.ts';
import type { CheckJob, CheckReply, WorkerSetup } from './review-worker.ts';

/** Bounds of one document's read and check. */
export interface PoolLimits {
  memoryMb: number;
  seconds: number;
}

// Not a literal in new URL(…): the bundler must not try to resolve it at build time.
const BUILT_WORKER = './review-worker.js';
const WORKER_FLAG = '--khung-review-worker';

/**
 * A Node process with its own heap limit. A child process, not a worker thread: a worker's heap limit
 * is best effort, and some allocations that overrun it abort the whole process (a known Node.js
 * limitation).
 * From the build it runs dist/cli/review-worker.js; from source (tsx, tests) the same module
 * through tsx. Its stderr is kept from the terminal: a dying V8 prints a native stack there.
 */
function startWorker(setup: WorkerSetup, limits: PoolLimits): ChildProcess {
  const heap = `--max-old-space-size=${Math.max(16, Math.round(limits.memoryMb))}`;
  const source = import.meta.url.endsWith('.ts');
  const entry = source
    ? fileURLToPath(new URL('./review-worker.ts', import.meta.url))
    : fileURLToPath(new URL(BUILT_WORKER, import.meta.url));
  const child = fork(entry, [WORKER_FLAG], {
    execArgv: source ? ['--import', import.meta.resolve('tsx'), heap] : [heap],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // Its stderr is read, never shown: only whether V8 said it ran out of heap.
  let tail = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-4096);
    if (OUT_OF_MEMORY.test(tail)) outOfMemory.add(child);
  });
  // A worker that fails between jobs must not become an unhandled 'error' of the review.
  child.on('error', () => {});
  child.send({ setup });
  return child;
}

/** What V8 prints when a heap limit is reached, before it aborts the process. */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/;
const outOfMemory = new WeakSet<ChildProcess>();

/** Why a worker died, as the row's reason: V8 says so and aborts (SIGABRT) when the heap limit is reached. */
function deathReason(
  child: ChildProcess,
  code: number | null,
  signal: NodeJS.Signals | null,
  limits: PoolLimits,
): string {
  if (outOfMemory.has(child) || signal === 'SIGABRT' || code === 134)
    return `cần quá nhiều bộ nhớ để đọc và kiểm tra (giới hạn ${limits.memoryMb} MB; biến KHUNG_REVIEW_MEMORY_MB)`;
  return `lỗi không mong đợi khi đọc (tiến trình đọc dừng${signal ? `, ${signal}` : `, mã ${code}`})`;
}

/** One worker process and the job it runs, if any. */
class Slot {
  private child: ChildProcess | undefined;
  constructor(
    private readonly setup: WorkerSetup,
    private readonly limits: PoolLimits,
  ) {}

  /** Runs one job; a worker that dies or overruns is replaced, and the job becomes a failed row. */
  run(job: CheckJob): Promise<CheckReply> {
    const child = this.child ?? startWorker(this.setup, this.limits);
    this.child = child;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (reply: CheckReply, dead: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('close', onExit);
        if (dead) {
          this.child = undefined;
          child.kill('SIGKILL');
        }
        resolve(reply);
      };
      const fail = (problem: string) =>
        finish({ id: job.id, entry: unreadEntry(job.file, 'failed', problem, this.setup.sections) }, true);
      const onMessage = (reply: CheckReply) => {
        if (reply.id === job.id) finish(reply, false);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
        fail(deathReason(child, code, signal, this.limits));
      const timer = setTimeout(
        () => fail(`đọc và kiểm tra quá ${this.limits.seconds} giây (biến KHUNG_REVIEW_TIMEOUT_S)`),
        this.limits.seconds * 1000,
      );
      child.on('message', onMessage);
      child.on('close', onExit);
      child.send(job, (error) => {
        // A worker that died while receiving the job says why on 'close' (after its stderr); this is the fallback.
        if (error)
          setTimeout(
            () => fail(`lỗi không mong đợi khi gửi tệp cho tiến trình đọc (${error.message})`),
            2000,
          );
      });
    });
  }

  close(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }
}

/**
 * Reads and checks the documents of a review in worker processes, where a document that exhausts its
 * memory or time takes down only its worker: it becomes one "Không đọc được" row and the run goes on.
 * At most `size` workers (no more than the machine's cores: the check is CPU work), each reused for
 * the next document until it dies.
 */
export class CheckPool {
  private readonly idle: Slot[] = [];
  private readonly all: Slot[] = [];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private nextId = 0;
  private readonly size: number;

  constructor(
    private readonly setup: WorkerSetup,
    size: number,
    private readonly limits: PoolLimits,
  ) {
    this.size = Math.max(1, Math.min(size, availableParallelism()));
  }

  /** The row of one document (and the document, when read now). */
  async check(file: DriveFile, content: CheckJob['content']): Promise<CheckReply> {
    const slot = await this.acquire();
    try {
      return await slot.run({ id: this.nextId++, file, content });
    } finally {
      const next = this.waiting.shift();
      if (next) next(slot);
      else this.idle.push(slot);
    }
  }

  private acquire(): Promise<Slot> {
    const free = this.idle.pop();
    if (free) return Promise.resolve(free);
    if (this.all.length < this.size) {
      const slot = new Slot(this.setup, this.limits);
      this.all.push(slot);
      return Promise.resolve(slot);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Stops every worker. */
  close(): void {
    for (const slot of this.all) slot.close();
  }
}
