import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { DocxCorruptError, DocxLimitError, type DocxLimits } from './limits.ts';
import type { XmlSink } from './xml-events.ts';

/** The parts of a .docx by name, each read only when asked, inflated chunk by chunk into a sink. */
export interface DocxPackage {
  has(path: string): boolean;
  /** Streams one part into the sink; rejects with DocxLimitError the moment a limit is passed. */
  read(path: string, sink: XmlSink): Promise<void>;
}

/** OPC part names are case-insensitive and have no leading slash in the zip. */
const key = (path: string) => path.replace(/^\/+/, '').toLowerCase();

const STORED = 0;
const DEFLATED = 8;
/** Inflated chunks of 64 KiB: few callbacks on a large document.xml, and a limit passed by at most that. */
const CHUNK = 64 * 1024;

/**
 * Opens a .docx held in memory. yauzl reads the central directory (the entry count is checked against
 * the limit before any entry is listed) and hands each part's compressed bytes; Khung inflates them
 * itself with zlib, so that it counts every inflated chunk: a part is refused before inflating when
 * its declared size is over the limit, and while inflating the moment it passes the limit or its
 * declared size (a directory that lies about a part is a corrupt file).
 */
export async function openPackage(bytes: Uint8Array, limits: DocxLimits): Promise<DocxPackage> {
  if (bytes.length > limits.fileBytes) throw new DocxLimitError('fileBytes', bytes.length);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, file) =>
      error || !file ? reject(new DocxCorruptError('not a zip', { cause: error })) : resolve(file),
    );
  });
  if (zip.entryCount > limits.entries) throw new DocxLimitError('entries', zip.entryCount);
  const entries = await listEntries(zip);
  let total = 0;

  const read = async (path: string, sink: XmlSink): Promise<void> => {
    const entry = entries.get(key(path));
    if (!entry) throw new DocxCorruptError(`no part ${path}`);
    const method = entry.compressionMethod;
    if (entry.isEncrypted() || (method !== STORED && method !== DEFLATED))
      throw new DocxCorruptError(`unreadable part ${path}`);
    const declared = entry.uncompressedSize;
    if (declared > limits.partBytes) throw new DocxLimitError('partBytes', declared, path);
    if (total + declared > limits.totalBytes) throw new DocxLimitError('totalBytes', total + declared, path);
    const raw = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry, { decodeFileData: false }, (error, stream) =>
        error || !stream
          ? reject(new DocxCorruptError(`unreadable part ${path}`, { cause: error }))
          : resolve(stream),
      ),
    );
    const data = method === DEFLATED ? raw.pipe(createInflateRaw({ chunkSize: CHUNK })) : raw;
    let size = 0;
    await pump(data, raw, sink, (chunk) => {
      size += chunk;
      total += chunk;
      if (size > limits.partBytes) return new DocxLimitError('partBytes', size, path);
      if (total > limits.totalBytes) return new DocxLimitError('totalBytes', total, path);
      if (size > declared) return new DocxCorruptError(`${path} inflates past its declared size`);
      return undefined;
    });
    if (size !== declared) throw new DocxCorruptError(`${path} inflates short of its declared size`);
  };

  return { has: (path) => entries.has(key(path)), read };
}

/**
 * Feeds a part's inflated chunks into the sink, asking `count` about each chunk first; stops both
 * streams at the first limit, corrupt byte or malformed XML, so nothing more is inflated.
 */
function pump(
  data: Readable,
  raw: Readable,
  sink: XmlSink,
  count: (bytes: number) => Error | undefined,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      raw.unpipe();
      data.destroy();
      raw.destroy();
      reject(error);
    };
    data.on('data', (chunk: Buffer) => {
      if (settled) return;
      const over = count(chunk.length);
      if (over) return fail(over);
      try {
        sink.write(chunk);
      } catch (error) {
        fail(new DocxCorruptError('malformed XML', { cause: error }));
      }
    });
    const broken = (error: Error) => fail(new DocxCorruptError('bad compressed data', { cause: error }));
    data.on('error', broken);
    if (data !== raw) raw.on('error', broken);
    data.on('end', () => {
      if (settled) return;
      try {
        sink.end();
        settled = true;
        resolve();
      } catch (error) {
        fail(new DocxCorruptError('malformed XML', { cause: error }));
      }
    });
  });
}

/** The central directory, entry by entry (lazyEntries keeps memory flat); of two same names, the first. */
function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      const name = key(entry.fileName);
      if (!name.endsWith('/') && !entries.has(name)) entries.set(name, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error) => reject(new DocxCorruptError('bad central directory', { cause: error })));
    zip.readEntry();
  });
}
