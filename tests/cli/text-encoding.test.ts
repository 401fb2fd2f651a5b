import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KhungInputError } from '../../cli/errors.ts';
import { decodeTextFile, utf8OrUndefined, utf8OrUndefinedByValidation } from '../../cli/text-encoding.ts';

/** Bytes from their hex, as a hex dump shows them. */
const hex = (s: string) =>
  Uint8Array.from(
    s
      .trim()
      .split(/\s+/)
      .map((x) => Number.parseInt(x, 16)),
  );
const SENTENCE = 'Báo cáo kết quả hoạt động Công đoàn';

// The sentence as each encoding writes it, byte by byte (Windows-1258 composes tones with combining
// bytes: ế = EA EC, ả = 61 D2; TCVN3 has one byte a letter: á = B8, đ = AE; VNI a letter and a mark:
// á = 61 F9, ô = 6F E2, đ = F1).
const LEGACY: Array<[string, string, string]> = [
  [
    'windows-1258',
    '42 E1 6F 20 63 E1 6F 20 6B EA EC 74 20 71 75 61 D2 20 68 6F 61 F2 74 20 F0 F4 F2 6E 67 20 43 F4 6E 67 20 F0 6F E0 6E',
    'Windows-1258',
  ],
  [
    'tcvn3',
    '42 B8 6F 20 63 B8 6F 20 6B D5 74 20 71 75 B6 20 68 6F B9 74 20 AE E9 6E 67 20 43 AB 6E 67 20 AE 6F B5 6E',
    'TCVN3',
  ],
  [
    'vni',
    '42 61 F9 6F 20 63 61 F9 6F 20 6B 65 E1 74 20 71 75 61 FB 20 68 6F 61 EF 74 20 F1 6F E4 6E 67 20 43 6F E2 6E 67 20 F1 6F 61 F8 6E',
    'VNI',
  ],
];

describe('decodeTextFile: Vietnamese 8-bit encodings, from their real bytes', () => {
  for (const [encoding, bytes, label] of LEGACY)
    it(`recognises ${encoding} and decodes it to Unicode NFC, saying what it found`, () => {
      const decoded = decodeTextFile(hex(bytes), 'bao-cao.txt');
      expect(decoded.text).toBe(SENTENCE);
      expect(decoded.text).toBe(decoded.text.normalize('NFC'));
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.note).toContain(`bao-cao.txt: không phải UTF-8; nhận ra bảng mã ${label}`);
    });

  it('reads a TCVN3 heading typed in a capital font (.VnTimeH) as capitals', () => {
    // "B¸O C¸O KÕT QU¶" — TCVN3 has no codes for toned capitals: the capital font draws the lower ones.
    const decoded = decodeTextFile(hex('42 B8 4F 20 43 B8 4F 20 4B D5 54 20 51 55 B6'), 'a.txt');
    expect([decoded.encoding, decoded.text]).toEqual(['tcvn3', 'BÁO CÁO KẾT QUẢ']);
  });

  it('keeps Western text that is no Vietnamese encoding as Windows-1252, and says so', () => {
    const decoded = decodeTextFile(
      hex('43 61 66 E9 20 63 72 E8 6D 65 20 E0 20 6C 61 20 63 61 72 74 65'),
      'b.txt',
    );
    expect(decoded).toMatchObject({ text: 'Café crème à la carte', encoding: 'windows-1252' });
    expect(decoded.note).toMatch(/không nhận ra bảng mã tiếng Việt nào/);
  });
});

describe('decodeTextFile: Unicode', () => {
  const utf16le = Buffer.from(SENTENCE, 'utf16le');
  const utf16be = Buffer.from(SENTENCE, 'utf16le').swap16();
  const table: Array<[string, Uint8Array, string, boolean]> = [
    ['UTF-8', Buffer.from(SENTENCE), 'utf-8', false],
    ['UTF-8 with a BOM', Buffer.concat([hex('EF BB BF'), Buffer.from(SENTENCE)]), 'utf-8', false],
    ['UTF-16 LE with a BOM (Notepad)', Buffer.concat([hex('FF FE'), utf16le]), 'utf-16le', false],
    ['UTF-16 BE with a BOM', Buffer.concat([hex('FE FF'), utf16be]), 'utf-16be', false],
    ['UTF-16 LE without a BOM', utf16le, 'utf-16le', true],
    ['UTF-16 BE without a BOM', utf16be, 'utf-16be', true],
    ['UTF-16 LE without a BOM, cut after an odd byte', Buffer.concat([utf16le, hex('20')]), 'utf-16le', true],
    ['plain ASCII', Buffer.from('Bao cao ket qua'), 'utf-8', false],
  ];
  for (const [what, bytes, encoding, noted] of table)
    it(`reads ${what}`, () => {
      const decoded = decodeTextFile(bytes, 'c.txt');
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(
        encoding === 'utf-8' && what === 'plain ASCII' ? 'Bao cao ket qua' : SENTENCE,
      );
      expect(decoded.note !== undefined).toBe(noted);
    });

  it('does not take UTF-16 code units 00 xx for UTF-16 when the text is UTF-8 with a few NULs', () => {
    const bytes = Buffer.from(`${SENTENCE}\u0000${SENTENCE}`);
    expect(decodeTextFile(bytes, 'd.txt').encoding).toBe('utf-8');
  });

  it('refuses UTF-32 in one Vietnamese line instead of reading garbage', () => {
    const bytes = Buffer.concat([hex('FF FE 00 00'), hex('42 00 00 00')]);
    expect(() => decodeTextFile(bytes, 'e.txt')).toThrow(KhungInputError);
    expect(() => decodeTextFile(bytes, 'e.txt')).toThrow(/e\.txt: tệp lưu theo bảng mã UTF-32/);
  });
});

describe('decodeTextFile: HTML pages', () => {
  it('follows a declared charset it can decode (windows-1258), even before UTF-8 validity', () => {
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1258"></head><body><p>'),
      hex(LEGACY[0]?.[1] ?? ''),
      Buffer.from('</p></body></html>'),
    ]);
    const decoded = decodeTextFile(page, 'f.html', true);
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toContain(`<p>${SENTENCE}</p>`);
  });

  it('still recognises TCVN3 in a page that declares ISO-8859-1 (the .VnTime pages of the 2000s)', () => {
    const page = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>'),
      hex(LEGACY[1]?.[1] ?? ''),
    ]);
    const decoded = decodeTextFile(page, 'g.htm', true);
    expect([decoded.encoding, decoded.text.endsWith(SENTENCE)]).toEqual(['tcvn3', true]);
  });
});

describe('khung check of a file in a legacy encoding', () => {
  it('says on stderr what it found, and checks the Unicode text (no legacy-encoding finding left)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { main } = await import('../../cli/main.ts');
    const file = join(mkdtempSync(join(tmpdir(), 'khung-enc-')), 'bao-cao-abc.txt');
    const line = hex(LEGACY[1]?.[1] ?? '');
    writeFileSync(file, Buffer.concat([line, Buffer.from('\n'), line, Buffer.from('\n')]));
    let out = '';
    let err = '';
    const code = await main(['check', file, '--format', 'json'], {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
      color: false,
    });
    expect(code).toBeLessThan(2);
    expect(err).toBe(
      'khung: bao-cao-abc.txt: không phải UTF-8; nhận ra bảng mã TCVN3 (bộ mã ABC, phông .VnTime) và đã chuyển sang Unicode để kiểm tra. Nên lưu lại tệp theo Unicode (UTF-8).\n',
    );
    const report = JSON.parse(out) as { findings: Array<{ ruleId: string; excerpt: string }> };
    expect(report.findings.map((f) => f.ruleId)).not.toContain('legacy-encoding');
  });
});

describe('UTF-8 decoded in one pass', () => {
  /** UTF-8 text (with U+FFFD written in it, as a file may hold), sometimes with a few bytes changed. */
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 24 }),
    fc
      .tuple(
        fc.string({ unit: fc.constantFrom('a', 'ế', 'Đ', '\uFFFD', '😀', '\u0000', '\n'), maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 2 }),
      )
      .map(([text, edits]) => {
        const out = Buffer.from(text, 'utf8');
        for (const [at, byte] of edits) if (out.length > 0) out[at % out.length] = byte;
        return Uint8Array.from(out);
      }),
  );

  it('gives the text of valid UTF-8 and nothing for other bytes, as validating first does', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect(utf8OrUndefined(b)).toBe(utf8OrUndefinedByValidation(b));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps a U+FFFD written in a UTF-8 file, and refuses a broken sequence', () => {
    expect(utf8OrUndefined(Buffer.from('Mất chữ: \uFFFD', 'utf8'))).toBe('Mất chữ: \uFFFD');
    expect(utf8OrUndefined(hex('4D E1 BA'))).toBeUndefined();
  });
});
