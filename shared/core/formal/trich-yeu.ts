import type { BlockInfo, DocAnalysis } from '../headings/block-info.ts';
import { isAllCaps } from '../headings/classify.ts';
import { foldInPlace } from './fold-in-place.ts';
import type { DocHeader, HeaderLine } from './header-line.ts';

/**
 * The deciding authority a Quyết định or Nghị quyết names in capitals under its trích yếu
 * (NĐ 30/2020, Phụ lục III, Mẫu 1.1–1.3: "BỘ TRƯỞNG BỘ …", "ỦY BAN NHÂN DÂN TỈNH …",
 * "BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG …"): it ends the trích yếu.
 */
const AUTHORITY =
  /^(?:(?:pho )?(?:chu tich|bo truong|thu truong|giam doc|tong giam doc|hieu truong|vien truong|cuc truong|vu truong|truong ban|chanh van phong|chanh an|tong cuc truong)\b|truong phong|thu tuong|chinh phu$|quoc hoi$|uy ban nhan dan|hoi dong|ban thuong vu|ban chap hanh|ban bi thu|bo chinh tri|(?:tinh|thanh|huyen|dang) uy|doan chu tich|ban chi dao|ban giam doc|thuong truc)/;
/** Tên loại the Party uses besides those of NĐ 30 (HD 36-HD/VPTW): "KẾT LUẬN", "THÔNG TRI". */
const PARTY_TITLE = /^(?:KẾT LUẬN|THÔNG TRI)$/u;
/** Titles whose following capitals are the title itself, not a trích yếu (an outline, an annex). */
const NO_SUBJECT = /^(?:ĐỀ CƯƠNG|PHỤ LỤC)\b/u;
/** The line that names the document an attached text was issued with: "(Kèm theo …)", "(Ban hành kèm …)". */
const ATTACHED = /^\((?:ban hanh )?kem\b/;
/** The longest trích yếu line read as one. */
const MAX_SUBJECT = 400;

/** Whether a capitals line names the deciding authority (it ends a trích yếu). */
export function isDecidingAuthority(text: string): boolean {
  return AUTHORITY.test(foldInPlace(text.trim()));
}

/** A tên loại line the headings module does not know: the Party's "KẾT LUẬN", "THÔNG TRI". */
export function isPartyTitle(text: string): boolean {
  return PARTY_TITLE.test(text.trim());
}

/**
 * Whether the block after a tên loại continues its trích yếu: a subject line, or a line all in
 * capitals (a trích yếu too long for the headings module), but not the deciding authority nor a
 * "V/v". `previous` is the trích yếu line read before it, if any: capitals continue capitals.
 */
export function continuesSubject(info: BlockInfo | undefined, previous: string | undefined): boolean {
  if (!info) return false;
  const text = info.text.trim();
  if (/^[“"]?[Vv]\/[Vv]\b/u.test(text)) return false;
  const caps = isAllCaps(text);
  // The authority is in capitals; a trích yếu in lower case may well start "Hội đồng …".
  if (caps && isDecidingAuthority(text)) return false;
  if (info.kind === 'subject') return true;
  const capsSoFar = previous === undefined || isAllCaps(previous.trim());
  return info.kind === 'body' && capsSoFar && text.length <= MAX_SUBJECT && caps;
}

/**
 * The trích yếu lines written all in capitals: those of the document's header (when it has a tên
 * loại with a Số or a date line) and of each attached text ("KẾ HOẠCH" / its trích yếu /
 * "(Kèm theo Quyết định …)"). NĐ 30/2020, Phụ lục I, mục II.5.b: the trích yếu is in lower case.
 */
export function capitalSubjects(analysis: DocAnalysis, header: DocHeader): HeaderLine[] {
  const out: HeaderLine[] = [];
  const title = header.title;
  if (title && !header.vv && (header.so || header.date) && !NO_SUBJECT.test(title.text)) {
    for (const line of header.subject) if (isCapitals(line.text)) out.push(line);
  }
  for (const part of analysis.parts.slice(1)) {
    const head = analysis.blocks[part.start]?.kind === 'title' ? part.start : part.start + 1;
    const titleInfo = analysis.blocks[head];
    if (titleInfo?.kind !== 'title' || NO_SUBJECT.test(titleInfo.text.trim())) continue;
    const lines: BlockInfo[] = [];
    let b = head + 1;
    for (; b <= part.end && continuesSubject(analysis.blocks[b], lines[lines.length - 1]?.text); b++) {
      const info = analysis.blocks[b] as BlockInfo;
      if (ATTACHED.test(foldInPlace(info.text.trim()))) break;
      lines.push(info);
    }
    // Only a text attached to its deciding document is sure to be one with a trích yếu.
    if (!ATTACHED.test(foldInPlace(analysis.blocks[b]?.text.trim() ?? ''))) continue;
    for (const info of lines) if (isCapitals(info.text)) out.push(whole(info));
  }
  return out;
}

function isCapitals(text: string): boolean {
  const t = text.trim();
  return isAllCaps(t) && /\p{Lu}.*\p{Lu}.*\s.*\p{Lu}/u.test(t);
}

function whole(info: BlockInfo): HeaderLine {
  const start = info.text.length - info.text.trimStart().length;
  const end = info.text.trimEnd().length;
  return { block: info.index, start, end, text: info.text.slice(start, end) };
}
