import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { KhungInputError } from '../errors.ts';
import { MIME } from '../google/drive-schema.ts';
import { listFolder } from '../google/fetch-drive.ts';
import type { GoogleClients } from '../google/google-clients.ts';
import { httpStatusOf } from '../google/google-error.ts';
import { fetchDriveContent, isReadable } from '../google/read-drive-file.ts';
import { type BackoffOptions, DEFAULT_BACKOFF } from '../google/with-backoff.ts';
import { limitValue } from '../limits.ts';
import { CheckPool, type PoolLimits } from './check-pool.ts';
import type { DocCache } from './doc-cache.ts';
import type { Progress } from './progress.ts';
import {
  type ReviewEntry,
  type ReviewReport,
  requiredSections,
  totalsOf,
  unreadEntry,
} from './review-model.ts';
import { mapPool } from './run-pool.ts';

/** Everything one review run needs. */
export interface ReviewOptions {
  clients: GoogleClients;
  folderId: string;
  outline: Outline;
  concurrency: number;
  progress: Progress;
  cache?: DocCache | undefined;
  backoff?: BackoffOptions;
  now?: () => Date;
  /** Memory and time of one document's read and check; by default from the environment (limits.ts). */
  limits?: PoolLimits;
}

/**
 * Lists the folder, fetches every Google Doc and .docx (at most `concurrency` at a time, through the
 * cache), reads and checks each in a worker thread (check-pool.ts) and accounts for every file: a
 * file that fails, even one that exhausts a worker's memory, is reported with its reason and the
 * others go on. Throws only when the folder itself cannot be listed.
 */
export async function runReview(options: ReviewOptions): Promise<ReviewReport> {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const { folder, files } = await listFolder(options.clients, options.folderId, backoff);
  const sections = requiredSections(options.outline);
  const limits = options.limits ?? {
    memoryMb: limitValue('reviewMemory'),
    seconds: limitValue('reviewSeconds'),
  };
  const pool = new CheckPool({ outline: options.outline, sections }, options.concurrency, limits);
  options.progress.begin(files.length);
  try {
    const entries = await mapPool(files, options.concurrency, async (file): Promise<ReviewEntry> => {
      let entry: ReviewEntry;
      if (file.mimeType === MIME.folder)
        entry = unreadEntry(file, 'skipped', 'thư mục con (không rà soát thư mục con)', sections);
      else if (!isReadable(file))
        entry = unreadEntry(file, 'skipped', `không phải Google Docs hay .docx (${file.mimeType})`, sections);
      else {
        try {
          const fileBackoff: BackoffOptions = {
            ...backoff,
            onRetry: (_attempt, wait, error) => options.progress.retry(file.name, wait, httpStatusOf(error)),
          };
          const cachedDoc = options.cache?.get(file);
          const content = cachedDoc
            ? { kind: 'cached' as const, doc: cachedDoc }
            : await fetchDriveContent(options.clients, file, fileBackoff);
          const reply = await pool.check(file, content);
          if (reply.doc) options.cache?.put(file, reply.doc);
          entry = reply.entry;
        } catch (error) {
          const message =
            error instanceof KhungInputError
              ? error.message
              : `lỗi không mong đợi (${error instanceof Error ? error.message : String(error)})`;
          entry = unreadEntry(file, 'failed', message, sections);
        }
      }
      options.progress.done(entry);
      return entry;
    });
    options.progress.end();
    return {
      folder: { id: folder.id, name: folder.name },
      outline: { id: options.outline.id, title: options.outline.title },
      generatedAt: (options.now?.() ?? new Date()).toISOString(),
      sections,
      entries,
      totals: totalsOf(entries),
    };
  } finally {
    pool.close();
  }
}
