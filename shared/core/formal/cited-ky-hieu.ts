import type { Report } from '../base/report.ts';
import type { DocAnalysis } from '../headings/block-info.ts';
import { rangeIn } from './header-line.ts';
import { partyKyHieuFaults } from './party-ky-hieu.ts';

/** A cited số/ký hiệu written with spaces around "/" or "-": [start, end) and the tight form. */
export interface CitedKyHieuFault {
  start: number;
  end: number;
  written: string;
  tight: string;
}

/**
 * A number followed by "/" or "-" groups of capitals, with at least one "/" ("745 /LĐLĐ-VP",
 * "05- CT/TW", "30/2020/NĐ-CP"). Capitals after each separator keep dates and ranges out
 * ("03/02/1930 - 03/02/2020", "2018 - 2023", "Covid - 19").
 */
const CITED = /(?<![\p{L}\p{N}/-])\d{1,5}[a-zđ]?(?:\/\d{4})?(?:\s*[/-]\s*[A-ZĐ][A-ZĐ0-9&]*)+/gu;
const SPACED = /\s[/-]|[/-]\s/u;
/** Cheap test for a space beside "/" or "-" between a digit or capital and a capital (or digit). */
const MAYBE = /\d\s+[/-]\s*[A-ZĐ]|\d[/-]\s+[A-ZĐ]|[A-ZĐ]\s+[/-]\s*[A-ZĐ]|[A-ZĐ][/-]\s+[A-ZĐ]/u;
const SLASH_CAPITALS = /\/\s*[A-ZĐ]/u;
const NONE: readonly CitedKyHieuFault[] = [];

/**
 * Số, ký hiệu of documents cited in running text written with spaces around "/" or "-"
 * (NĐ 30/2020, Phụ lục I, mục II.3: "/" between number and ký hiệu, "-" between the groups,
 * without spaces; e.g. "06b /NQ-TLĐ" is written "06b/NQ-TLĐ").
 */
export function citedKyHieuFaults(text: string): readonly CitedKyHieuFault[] {
  // Nearly every paragraph: one native search for "/", and no array allocated.
  if (!text.includes('/') || !MAYBE.test(text)) return NONE;
  const faults: CitedKyHieuFault[] = [];
  for (const m of text.matchAll(CITED)) {
    const written = m[0];
    // A real ký hiệu has capitals after a "/" ("/LĐLĐ", "/TW"); "5/2020 - LĐLĐ" is a month and a name.
    if (!SLASH_CAPITALS.test(written) || !SPACED.test(written)) continue;
    const start = m.index ?? 0;
    faults.push({
      start,
      end: start + written.length,
      written,
      tight: written.replace(/\s*([/-])\s*/gu, '$1'),
    });
  }
  return faults;
}

/**
 * Warnings with fixes for every cited số/ký hiệu written with spaces, or a Party one in the State's
 * form, outside the Số line `skip`.
 */
export function citedKyHieuReports(analysis: DocAnalysis, skip: number, cite: string): Report[] {
  const out: Report[] = [];
  // Every fault holds a "/", a hint character (text/hint-characters.ts): only those blocks are read.
  const hinted = analysis.hints;
  for (let b = 0; b < analysis.blocks.length; b++) {
    const info = b !== skip && hinted[b] === 1 ? analysis.blocks[b] : undefined;
    if (!info) continue;
    for (const f of partyKyHieuFaults(info.text)) {
      const range = rangeIn(analysis, b, f.start, f.end);
      out.push({
        block: b,
        range,
        severity: 'warning',
        message: `Số, ký hiệu văn bản của Đảng viết “${f.party}” (số - chữ viết tắt tên loại / cơ quan ban hành), không viết “${f.written}” (Hướng dẫn 36-HD/VPTW; Quy định 66-QĐ/TW).`,
        fix: {
          label: `Sửa thành “${f.party}”`,
          edits: [{ kind: 'replace', block: b, range, text: f.party }],
        },
      });
    }
    for (const f of citedKyHieuFaults(info.text)) {
      const range = rangeIn(analysis, b, f.start, f.end);
      out.push({
        block: b,
        range,
        severity: 'warning',
        message: `Số, ký hiệu văn bản được dẫn “${f.written}” phải viết liền, không cách quanh “/” và “-”: “${f.tight}” ${cite}.`,
        fix: {
          label: `Sửa thành “${f.tight}”`,
          edits: [{ kind: 'replace', block: b, range, text: f.tight }],
        },
      });
    }
  }
  return out;
}
