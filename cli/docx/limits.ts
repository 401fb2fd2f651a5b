import { type LimitName, limitBytes, limitValue } from '../limits.ts';

/**
 * What a .docx may cost before Khung refuses it. A .docx is a zip: a 600 KB file can hold a
 * document.xml that inflates to gigabytes, so every size is checked while inflating, never after.
 */
export interface DocxLimits {
  /** The .docx file itself (compressed). */
  fileBytes: number;
  /** Entries in the zip's central directory. */
  entries: number;
  /** One part (document.xml, styles.xml …) once inflated. */
  partBytes: number;
  /** All the parts Khung reads, once inflated, added up. */
  totalBytes: number;
}

/**
 * The limits in force: the command line's limit table (cli/limits.ts, docs/limits.md), each
 * overridable by its environment variable. Generous for real reports: a 300-page report with photos
 * is ≈ 30 MB and its document.xml ≈ 10 MB; Word's own files hold a few dozen entries.
 */
export function docxLimits(env: NodeJS.ProcessEnv = process.env): DocxLimits {
  return {
    fileBytes: limitBytes('docxFile', env),
    entries: Math.floor(limitValue('docxEntries', env)),
    partBytes: limitBytes('docxPart', env),
    totalBytes: limitBytes('docxTotal', env),
  };
}

/** Which limit of the command line's table each DocxLimits field is. */
export const LIMIT_NAMES: Readonly<Record<keyof DocxLimits, LimitName>> = {
  fileBytes: 'docxFile',
  entries: 'docxEntries',
  partBytes: 'docxPart',
  totalBytes: 'docxTotal',
};

/** Which limit a document went over, and by how much when that is known. */
export class DocxLimitError extends Error {
  override readonly name = 'DocxLimitError';
  constructor(
    readonly limit: keyof DocxLimits,
    /** The size (or count) seen when reading stopped: at least the limit, never the full inflated size. */
    readonly seen: number,
    readonly part?: string,
  ) {
    super(`over ${limit}: ${seen}${part ? ` in ${part}` : ''}`);
  }
}

/** A .docx that is not a readable Word document: not a zip, no main part, encrypted, malformed XML. */
export class DocxCorruptError extends Error {
  override readonly name = 'DocxCorruptError';
}
