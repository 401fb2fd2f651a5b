import { checkSignature } from '../../formal/closing-signature-check.ts';
import { issuingSystem } from '../../formal/issuing-system.ts';
import { locateClosing } from '../../formal/locate-closing.ts';
import type { Rule } from '../rule.ts';

/**
 * The signature block: TM./KT./TL./TUQ./Q. written with capitals and a dot, TM. before a collective
 * (BAN THƯỜNG VỤ, BAN CHẤP HÀNH, ĐOÀN CHỦ TỊCH), then the chức vụ in capitals; KT. needs a deputy's
 * title (PHÓ CHỦ TỊCH); titles with their diacritics; the signer's name in lower case with capital
 * initials, and present under the title. Party documents write "T/M", "K/T" (HD 36-HD/VPTW).
 */
const rule: Rule = {
  id: 'chu-ky',
  description:
    'Quyền hạn ký (TM., KT., TL., TUQ., Q.) viết đúng, có chức vụ người ký viết in hoa; KT. đi với chức vụ cấp phó.',
  defaultSeverity: 'error',
  group: 'thể thức',
  source: 'NĐ 30/2020, Phụ lục I, mục II.7',
  check({ analysis }, report) {
    const closings = locateClosing(analysis);
    if (closings.length === 0) return;
    const system = issuingSystem(analysis);
    for (const { signature } of closings) for (const r of checkSignature(signature, system)) report(r);
  },
};
export default rule;
