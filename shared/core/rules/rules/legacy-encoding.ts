import type { FixEdit } from '../../base/finding.ts';
import {
  decodeLegacy,
  detectLegacyEncoding,
  FOREIGN_LATIN1,
  hasLegacyHint,
} from '../../text/legacy-encoding.ts';
import type { Rule } from '../rule.ts';

const LETTER = /[\p{L}\p{M}]/u;

const NAMES = { tcvn3: 'TCVN3 (ABC, phông .Vn…)', vni: 'VNI (phông VNI-…)' } as const;

/** Text typed in an old 8-bit Vietnamese encoding and pasted as Unicode cannot be checked as is. */
const rule: Rule = {
  id: 'legacy-encoding',
  description:
    'Văn bản không gõ bằng bảng mã cũ TCVN3/VNI (phải là Unicode), nếu không mọi kiểm tra khác đều sai.',
  defaultSeverity: 'error',
  group: 'ký tự',
  source: 'NĐ 30/2020, Phụ lục I, mục I.1 (phông chữ Unicode TCVN 6909:2001)',
  check({ doc, analysis }, report) {
    // Block by block equals the joined text (a hint never spans the "\n" between two blocks) and
    // spares joining the whole document when, as nearly always, no block holds a hint; every hint
    // holds a hint character (text/hint-characters.ts), so only those blocks are tested.
    const hinted = analysis.hints;
    let hint = false;
    for (let i = 0; i < doc.blocks.length && !hint; i++)
      hint = hinted[i] === 1 && hasLegacyHint(doc.blocks[i]?.text ?? '');
    if (!hint) return;
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
