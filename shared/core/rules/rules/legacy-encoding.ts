import { decodeLegacy, detectLegacyEncoding } from '../../text/legacy-encoding.ts';
import type { FixEdit } from '../finding.ts';
import type { Rule } from '../rule.ts';

const LETTER = /[\p{L}\p{M}]/u;
/** Latin-1 characters no Unicode Vietnamese word uses; TCVN3 and VNI text always has some. */
const FOREIGN_LATIN1 =
  /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D0\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE-\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F0\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/;

/**
 * A document can only be legacy-encoded when it holds characters no Unicode Vietnamese word uses, or
 * the VNI tone marks ù/õ right after a vowel ("Baùo"); one regex over the text rules out nearly
 * every document before the costly word-by-word detection. A lone "Ð" (U+00D0, the look-alike Đ of
 * Unicode documents) is no evidence: TCVN3 text always has its 0xA1–0xBF letters too, and Ð counts
 * there only after a lowercase letter.
 */
const LEGACY_HINT = new RegExp(
  `${FOREIGN_LATIN1.source.replace('\\u00D0', '')}|[a-z]\u00D0|[aeiouyAEIOUY][\u00f9\u00f5\u00d9\u00d5]`,
);

const NAMES = { tcvn3: 'TCVN3 (ABC, phông .Vn…)', vni: 'VNI (phông VNI-…)' } as const;

/** Text typed in an old 8-bit Vietnamese encoding and pasted as Unicode cannot be checked as is. */
const rule: Rule = {
  id: 'legacy-encoding',
  description:
    'Văn bản không gõ bằng bảng mã cũ TCVN3/VNI (phải là Unicode), nếu không mọi kiểm tra khác đều sai.',
  defaultSeverity: 'error',
  group: 'ký tự',
  check({ doc }, report) {
    // Block by block equals the joined text (a hint never spans the "\n" between two blocks) and
    // spares joining the whole document when, as nearly always, no block holds a hint.
    if (!doc.blocks.some((b) => LEGACY_HINT.test(b.text))) return;
    const whole = doc.blocks.map((b) => b.text).join('\n');
    const found = detectLegacyEncoding(whole);
    if (!found) {
      // A Unicode document with a few paragraphs pasted from an old .doc: report those paragraphs.
      doc.blocks.forEach((block, index) => {
        const part =
          block.text.length >= 12 && FOREIGN_LATIN1.test(block.text)
            ? detectLegacyEncoding(block.text)
            : null;
        if (!part) return;
        const text = decodeLegacy(block.text, part.encoding);
        report({
          block: index,
          message: `Đoạn này gõ bằng bảng mã cũ ${NAMES[part.encoding]} (“${part.sample}”), không phải Unicode; chuyển mã đoạn này sang Unicode.`,
          ...(text !== block.text
            ? {
                fix: {
                  label: 'Chuyển mã sang Unicode',
                  edits: [
                    {
                      kind: 'replace' as const,
                      block: index,
                      range: [0, block.text.length] as [number, number],
                      text,
                    },
                  ],
                },
              }
            : {}),
        });
      });
      return;
    }
    const edits: FixEdit[] = [];
    doc.blocks.forEach((block, index) => {
      // Legacy bytes paste as Latin-1; a block with letters beyond it ("CỘNG HÒA") is Unicode already.
      if ([...block.text].some((ch) => (ch.codePointAt(0) ?? 0) > 0xff && LETTER.test(ch))) return;
      const decoded = decodeLegacy(block.text, found.encoding);
      if (decoded !== block.text)
        edits.push({ kind: 'replace', block: index, range: [0, block.text.length], text: decoded });
    });
    report({
      block: -1,
      range: [0, 0],
      message: `Văn bản có vẻ gõ bằng bảng mã cũ ${NAMES[found.encoding]} (ví dụ “${found.sample}”), không phải Unicode; chuyển mã sang Unicode trước, các kết quả kiểm tra khác chưa đáng tin.`,
      ...(edits.length > 0 ? { fix: { label: 'Chuyển mã sang Unicode', edits } } : {}),
    });
  },
};
export default rule;
