import type { Report } from '../rules/rule.ts';
import {
  hocViPrefix,
  isCapitals,
  isDeputyTitle,
  isPersonTitle,
  nameCase,
  parseAuthority,
} from './closing-signature.ts';
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

/** The findings of rule chu-ky for one signature block. */
export function checkSignature(signature: SignatureLine[]): Report[] {
  const out: Report[] = [];
  const report = (r: Report) => out.push(r);
  const authorities = signature.filter((l) => l.role === 'authority');
  const titles = signature.filter((l) => l.role === 'title');
  for (const line of authorities) {
    const prefix = parseAuthority(line.text);
    if (!prefix) continue;
    const rest = line.text.slice(prefix.length);
    const right = `${prefix.authority} ${rest.toLocaleUpperCase('vi')}`;
    if (!prefix.canonical || !isCapitals(rest))
      report(
        on(
          line,
          `Viết quyền hạn ký là “${right}”: chữ viết tắt in hoa có dấu chấm, tên tập thể hoặc chức vụ in hoa`,
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
  if (lastAuthority && kind !== 'Q.' && after?.role !== 'title')
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
      report(
        on(
          t,
          `Chức vụ người ký viết chữ in hoa: “${t.text.toLocaleUpperCase('vi')}”`,
          t.text.toLocaleUpperCase('vi'),
        ),
      );
  const name = signature.find((l) => l.role === 'name');
  const bare = name ? name.text.slice(hocViPrefix(name.text).length) : '';
  if (name && isCapitals(bare)) {
    const right = name.text.slice(0, name.text.length - bare.length) + nameCase(bare);
    report(
      on(name, `Họ tên người ký viết chữ in thường, viết hoa chữ cái đầu: “${right}”`, right, 'warning'),
    );
  }
  return out;
}
