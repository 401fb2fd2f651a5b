import type { DocModel } from '../../shared/core/document/doc-model.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import { KhungInputError } from '../errors.ts';
import { MIME } from '../google/drive-schema.ts';
import { listFolder } from '../google/fetch-drive.ts';
import type { GoogleClients } from '../google/google-clients.ts';
import { httpStatusOf } from '../google/google-error.ts';
import { isReadable, readDriveFile } from '../google/read-drive-file.ts';
import { type BackoffOptions, DEFAULT_BACKOFF } from '../google/with-backoff.ts';
import type { DocCache } from './doc-cache.ts';
import type { Progress } from './progress.ts';
import {
  checkedEntry,
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
}

/**
 * Lists the folder, reads every Google Doc and .docx (at most `concurrency` at a time, through the cache),
 * checks each against the outline and accounts for every file: a file that fails is reported with its
 * reason and the others go on. Throws only when the folder itself cannot be listed.
 */
export async function runReview(options: ReviewOptions): Promise<ReviewReport> {
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const { folder, files } = await listFolder(options.clients, options.folderId, backoff);
  const sections = requiredSections(options.outline);
  options.progress.begin(files.length);
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
        let doc: DocModel | undefined = options.cache?.get(file);
        const cached = doc !== undefined;
        if (!doc) {
          doc = (await readDriveFile(options.clients, file, fileBackoff)).doc;
          options.cache?.put(file, doc);
        }
        entry = checkedEntry(file, doc, checkDocument(doc, { outline: options.outline }), sections, cached);
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
}
