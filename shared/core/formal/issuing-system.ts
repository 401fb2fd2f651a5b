import type { DocAnalysis } from '../headings/block-info.ts';
import { foldInPlace } from './fold-in-place.ts';
import { headerSegments } from './header-segments.ts';
import { headerOf } from './locate-header.ts';

/**
 * Which regime a document's form follows: the State's (NĐ 30/2020), the trade union's (QĐ 933/QĐ-TLĐ
 * on NĐ 30: same Quốc hiệu, same Số form), the Party's (Quy định 66-QĐ/TW, HD 36/05-HD/VPTW:
 * "ĐẢNG CỘNG SẢN VIỆT NAM" instead of the Quốc hiệu, "Số 12-BC/ĐU"), or not known (a fragment).
 */
export type IssuingSystem = 'state' | 'union' | 'party' | 'unknown';

/** "ĐẢNG CỘNG SẢN VIỆT NAM", where a State or union document has its Quốc hiệu. */
const PARTY_NAME = /^dang cong san viet nam$/;
/** Party bodies as the header names them: Đảng bộ, Chi bộ, Đảng ủy, Tỉnh ủy, Thành ủy, Huyện ủy … */
const PARTY_BODY =
  /^(?:dang bo|chi bo|dang uy|dang doan|ban can su dang|(?:tinh|thanh|huyen|quan|thi|xa|phuong) uy|ban chap hanh trung uong|van phong trung uong|ban (?:tuyen giao|to chuc|kiem tra|dan van|noi chinh)(?: va dan van)?(?: trung uong| tinh uy| thanh uy)|uy ban kiem tra (?:trung uong|tinh uy|thanh uy|huyen uy|dang uy))\b/;
/** Union bodies (QĐ 933/QĐ-TLĐ; Luật Công đoàn Điều 8): Tổng Liên đoàn, Liên đoàn Lao động, công đoàn … */
const UNION_BODY = /\b(?:cong doan|lien doan lao dong|ldld|cdcs|cdn|nghiep doan|tong ld)\b/;
/** Party số, ký hiệu: number, "-", type, "/", issuer ("Số 07-KL/VPTW", "Số -CTr/TU", "Số 01 -BC/CB"). */
const PARTY_SO = /^so\b[ \t:]*\d*[a-z]?[ \t]*-[ \t]*[a-z]{1,5}[ \t]*\/[ \t]*[a-z]/;
/** Union codes in a State-form ký hiệu ("/KH-LĐLĐ", "/CĐN-TGNC", "/QĐ-TLĐ"). */
const UNION_CODE = /^(?:tld|ldld|cd[a-z]*|cdcs)$/;
/** How many blocks from the top a header may take (issuer, Quốc hiệu, Số, date, on lines of their own). */
const HEADER_REACH = 12;

const cache = new WeakMap<DocAnalysis, IssuingSystem>();

/** The regime of the first document in the analysis, told from its header; computed once per analysis. */
export function issuingSystem(analysis: DocAnalysis): IssuingSystem {
  let system = cache.get(analysis);
  if (!system) {
    system = detect(analysis);
    cache.set(analysis, system);
  }
  return system;
}

function detect(analysis: DocAnalysis): IssuingSystem {
  const h = headerOf(analysis);
  const issuers = h.issuers.map((l) => foldInPlace(l.text.trim()));
  let party = issuers.some((t) => PARTY_NAME.test(t) || PARTY_BODY.test(t));
  // The header may stop before a Party Số line (the parser reads only the State form): look at the top.
  const end = Math.min(analysis.blocks.length, Math.max(h.bodyStart, 1) + 1, HEADER_REACH);
  for (let b = 0; b < end && !party; b++) {
    const text = analysis.blocks[b]?.text ?? '';
    if (text.length > 200) continue;
    for (const seg of headerSegments(text)) {
      const piece = foldInPlace(text.slice(seg.start, seg.end));
      if (PARTY_NAME.test(piece) || PARTY_SO.test(piece)) party = true;
    }
  }
  if (party && !h.quocHieu) return 'party';
  const codes = h.so?.parsed.groups.slice(1).map((g) => foldInPlace(g.text)) ?? [];
  if (issuers.some((t) => UNION_BODY.test(t)) || codes.some((c) => UNION_CODE.test(c))) return 'union';
  if (h.quocHieu || h.tieuNgu || h.so) return 'state';
  return 'unknown';
}
