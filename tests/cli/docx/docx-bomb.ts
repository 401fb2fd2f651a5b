import { Readable } from 'node:stream';
import yazl from 'yazl';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A .docx bomb: a valid package whose document.xml inflates to `megabytes` MB of paragraphs, deflated
 * at level 9 by yazl (zlib), so the file weighs about a thousandth of that. The document is streamed
 * into the zip, never held whole.
 */
export async function docxBomb(megabytes: number): Promise<Buffer> {
  const paragraph = `<w:p><w:r><w:t>${'a'.repeat(1000)}</w:t></w:r></w:p>`;
  const block = Buffer.from(paragraph.repeat(Math.floor((1024 * 1024) / paragraph.length)));
  function* document() {
    yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`);
    for (let i = 0; i < megabytes; i++) yield block;
    yield Buffer.from('</w:body></w:document>');
  }
  const zip = new yazl.ZipFile();
  zip.addBuffer(
    Buffer.from(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    '_rels/.rels',
  );
  zip.addReadStream(Readable.from(document()), 'word/document.xml', { compress: true, compressionLevel: 9 });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The same bomb lying about itself: the central directory says document.xml inflates to `declared`
 * bytes, so only counting while inflating can stop it.
 */
export function lyingAboutSize(zip: Buffer, part: string, declared: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(part);
  for (
    let at = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    at >= 0;
    at = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1)
  ) {
    const nameLength = out.readUInt16LE(at + 28);
    if (out.subarray(at + 46, at + 46 + nameLength).equals(name)) {
      out.writeUInt32LE(declared, at + 24);
      return out;
    }
  }
  throw new Error(`no central directory entry for ${part}`);
}
