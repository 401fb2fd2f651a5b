import type { DocModel } from '../../shared/core/document/doc-model.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import { KhungInputError } from '../errors.ts';
import type { DriveFile } from '../google/drive-schema.ts';
import { contentToDoc, type DriveContent } from '../google/read-drive-file.ts';
import { checkedEntry, type ReviewEntry, type ReviewSection, unreadEntry } from './review-model.ts';

/** What every job of one review shares: the outline and its required sections. */
export interface WorkerSetup {
  outline: Outline;
  sections: ReviewSection[];
}

/** One document to read (unless it comes from the cache) and check. */
export interface CheckJob {
  id: number;
  file: DriveFile;
  content: DriveContent | { kind: 'cached'; doc: DocModel };
}

/** The row of the document, and the document when it was read now (for the cache). */
export interface CheckReply {
  id: number;
  entry: ReviewEntry;
  doc?: DocModel;
}

/** Reads and checks one document; a document that cannot be read becomes a failed row, never a throw. */
export async function runCheckJob(job: CheckJob, setup: WorkerSetup): Promise<CheckReply> {
  const cached = job.content.kind === 'cached';
  try {
    const doc = job.content.kind === 'cached' ? job.content.doc : await contentToDoc(job.content);
    const result = checkDocument(doc, { outline: setup.outline });
    const entry = checkedEntry(job.file, doc, result, setup.sections, cached);
    return cached ? { id: job.id, entry } : { id: job.id, entry, doc };
  } catch (error) {
    const message =
      error instanceof KhungInputError
        ? error.message
        : `lỗi không mong đợi (${error instanceof Error ? error.message : String(error)})`;
    return { id: job.id, entry: unreadEntry(job.file, 'failed', message, setup.sections) };
  }
}

/** The argument that makes this module serve jobs: check-pool.ts starts it with the same one. */
const WORKER_FLAG = '--khung-review-worker';

// Run as a child process: the first message is the setup, then one job at a time, each answered once.
if (process.argv.includes(WORKER_FLAG) && process.send) {
  let setup: WorkerSetup | undefined;
  process.on('message', (message: { setup: WorkerSetup } | CheckJob) => {
    if ('setup' in message) setup = message.setup;
    else if (setup) runCheckJob(message, setup).then((reply) => process.send?.(reply));
  });
  // The review ended or died: nothing is left to answer.
  process.on('disconnect', () => process.exit(0));
}
