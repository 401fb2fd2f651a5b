import type { Report } from '../base/report.ts';
import {
  collectiveWrittenOut,
  hocViPrefix,
  isCapitals,
  isDeputyTitle,
  isPersonTitle,
  nameCase,
  parseAuthority,
  titleDiacritics,
} from './closing-signature.ts';
import type { IssuingSystem } from './issuing-system.ts';
import type { SignatureLine } from './locate-closing.ts';

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.7)';

/** One finding on one signature line, with an optional replacement of the whole line. */
function on(line: SignatureLine, message: string, fixText?: string, severity?: 'warning'): Report {
  const r: Report = { block: line.block, range: [line.start, line.end], message: `${message} ${CITE}.` };
  if (severity) r.severity = severity;
  if (fixText !== undefined && fixText !== line.text)
    r.fix = {
      label: `Sửa thành “${fixText}”`,
      edits: [{ kind: 'replace', block: line.block, range: [line.start, line.end], text: fixText }],
    };
  return r;
}

/** A title in capitals with its diacritics: what a fix writes. */
const upper = (text: string) => {
  const up = text.toLocaleUpperCase('vi');
  return titleDiacritics(up) ?? up;
};

/**
 * The findings of rule chu-ky for one signature block. A Party document writes "T/M", "K/T", "T/L"
 * (HD 36-HD/VPTW); a State or union one "TM.", "KT.", "TL." (NĐ 30/2020; QĐ 933/QĐ-TLĐ).
 */
export function checkSignature(signature: SignatureLine[], system: IssuingSystem = 'unknown'): Report[] {
  const out: Report[] = [];
  const report = (r: Report) => out.push(r);
  const authorities = signature.filter((l) => l.role === 'authority');
  const titles = signature.filter((l) => l.role === 'title');
  for (const line of authorities) {
    const prefix = parseAuthority(line.text);
    if (!prefix) continue;
    const written = line.text.slice(prefix.length);
    // "TM/BCH": the collective is written out after "TM." (Phụ lục I, mục II.7.a).
    const spelled = prefix.authority === 'TM.' ? collectiveWrittenOut(written) : null;
    const rest = spelled ?? written;
    const partyForm = system === 'party' && /^[TK]\/[MLT] $/u.test(line.text.slice(0, prefix.length));
    const right = `${partyForm ? line.text.slice(0, prefix.length) : `${prefix.authority} `}${upper(rest)}`;
    if (spelled || (!prefix.canonical && !partyForm) || !isCapitals(rest) || titleDiacritics(rest))
      report(
        on(
          line,
          `Viết quyền hạn ký là “${right}”: chữ viết tắt in hoa có dấu chấm, tên tập thể hoặc chức vụ in hoa${spelled ? ' viết đầy đủ, không viết tắt' : ''}${line.text.includes('/') && line.text.indexOf('/') < prefix.length ? ' (“T/M”, “K/T” là cách viết của văn bản Đảng)' : ''}`,
          right,
        ),
      );
    if (prefix.authority === 'TM.' && isPersonTitle(rest))
      report(
        on(
          line,
          `“TM.” (thay mặt) chỉ đứng trước tên tập thể lãnh đạo như “TM. BAN THƯỜNG VỤ”; với người đứng đầu dùng “KT.”, “TL.” hoặc ký trực tiếp`,
        ),
      );
    else if (prefix.authority !== 'TM.' && prefix.authority !== 'Q.' && !isPersonTitle(rest))
      report(
        on(
          line,
          `“${prefix.authority}” đứng trước chức vụ của người đứng đầu (ví dụ “${prefix.authority} CHỦ TỊCH”), không đứng trước tên tập thể`,
        ),
      );
  }
  const lastAuthority = authorities[authorities.length - 1];
  const after = lastAuthority ? signature[signature.indexOf(lastAuthority) + 1] : undefined;
  const kind = lastAuthority ? parseAuthority(lastAuthority.text)?.authority : undefined;
  // Nothing under the authority line: the text was cut there (a web excerpt), not a missing title.
  // A Party document may sign "T/M BỘ CHÍNH TRỊ" straight above the name (HD 36-HD/VPTW).
  if (lastAuthority && after && kind !== 'Q.' && after.role !== 'title' && system !== 'party')
    report(on(lastAuthority, `Thiếu chức vụ người ký (ví dụ “CHỦ TỊCH”) ngay dưới “${lastAuthority.text}”`));
  if (kind === 'KT.' && after?.role === 'title' && !isDeputyTitle(after.text))
    report(
      on(
        after,
        `Ký thay (“KT.”) là cấp phó: chức vụ người ký phải là chức vụ cấp phó, ví dụ “PHÓ CHỦ TỊCH”, không phải “${after.text}”`,
      ),
    );
  if (authorities.length === 0 && titles[0] && isDeputyTitle(titles[0].text))
    report(
      on(
        titles[0],
        `Cấp phó ký thay người đứng đầu phải ghi “KT.” trước chức vụ người đứng đầu (ví dụ “KT. CHỦ TỊCH” rồi “${titles[0].text}”)`,
      ),
    );
  for (const t of titles)
    if (!isCapitals(t.text))
      report(on(t, `Chức vụ người ký viết chữ in hoa: “${upper(t.text)}”`, upper(t.text)));
    else if (titleDiacritics(t.text))
      report(on(t, `Chức vụ người ký viết đủ dấu: “${upper(t.text)}”`, upper(t.text)));
  const name = signature.find((l) => l.role === 'name');
  if (!name && titles.length > 0)
    report({
      block: -1,
      severity: 'warning',
      message: `Chữ ký có chức vụ “${titles.map((t) => t.text).join('”, “')}” nhưng thiếu họ tên người ký ${CITE}.`,
    });
  const bare = name ? name.text.slice(hocViPrefix(name.text).length) : '';
  if (name && isCapitals(bare)) {
    const right = name.text.slice(0, name.text.length - bare.length) + nameCase(bare);
    report(
      on(name, `Họ tên người ký viết chữ in thường, viết hoa chữ cái đầu: “${right}”`, right, 'warning'),
    );
  }
  return out;
}
