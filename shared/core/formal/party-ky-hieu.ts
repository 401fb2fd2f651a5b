/** A Party số, ký hiệu written in another form: [start, end) of the text, and the Party form. */
export interface PartyKyHieuFault {
  start: number;
  end: number;
  written: string;
  party: string;
}

/** Tên loại codes the Party uses (HD 36-HD/VPTW; Quy định 66-QĐ/TW). */
const TYPES = 'NQ|QĐ|QyĐ|CT|KL|QC|TT|HD|BC|KH|CTr|TB|TTr|ĐA|BB|CV';
/**
 * Party bodies as ký hiệu write them: Trung ương, tỉnh ủy, thành ủy, huyện ủy, quận ủy, đảng ủy,
 * đảng đoàn, ban cán sự, the central offices and boards. None is a State or union body's code.
 */
const ISSUERS = 'TW|TƯ|TU|ThU|HU|QU|ĐU|ĐĐ|BCS|BCSĐ|VPTW|BTGTW|BTCTW|UBKTTW|BDVTW|BNCTW|BKTTW';
/** "58/NQ-TW" (the State's order) or "104-KH-TU" (dashes only): number, type, issuer. */
const OTHER_FORM = new RegExp(
  `(?<![\\p{L}\\p{N}/-])(\\d{1,5}[a-z]?)(?:/(${TYPES})-(${ISSUERS})|-(${TYPES})-(${ISSUERS}))(?![\\p{L}\\p{N}/-])`,
  'gu',
);

/**
 * Party documents cited in the State's form: the Party writes number, "-", type, "/", issuer
 * ("Nghị quyết số 58-NQ/TW", "Kế hoạch số 104-KH/TU"), not "58/NQ-TW" nor "104-KH-TU".
 */
export function partyKyHieuFaults(text: string): PartyKyHieuFault[] {
  const faults: PartyKyHieuFault[] = [];
  for (const m of text.matchAll(OTHER_FORM)) {
    const [written, number = '', t1, i1, t2, i2] = m;
    const start = m.index ?? 0;
    faults.push({ start, end: start + written.length, written, party: `${number}-${t1 ?? t2}/${i1 ?? i2}` });
  }
  return faults;
}
