/** A fault inside one citation, [start, end) in its text; `replacement` when the fix is certain. */
export interface CitationFault {
  start: number;
  end: number;
  message: string;
  replacement?: string;
}

const CITE = '(NĐ 30/2020, Phụ lục I, mục II.6)';
/** "Luật Công đoàn số 50/2024/QH15": a law cited with its number (and maybe its date after it). */
const LAW_NUMBER =
  /((?:Bộ luật|Luật|Pháp lệnh)\s[^;]{0,80}?)(\s+số\s*:?\s*\d+\/\d{4}\/(?:QH|UBTVQH)\d+)(\s+ngày\b)?/gu;
/** "ngày 05 tháng 3 tháng 2020": "tháng" typed for "năm" (a real slip in QĐ 933/QĐ-TLĐ's căn cứ). */
const MONTH_FOR_YEAR = /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+(tháng)\s+\d{4}/gu;

/**
 * Faults of a căn cứ citation: a Luật, Bộ luật or Pháp lệnh is cited by name and date without its
 * number (NĐ 30/2020, Phụ lục I, mục II.6.a; not checked with `lawNumbers` false: a văn bản quy
 * phạm pháp luật cites the number); a date whose "năm" was typed "tháng".
 */
export function citationFaults(text: string, lawNumbers = true): CitationFault[] {
  const faults: CitationFault[] = [];
  for (const m of lawNumbers ? text.matchAll(LAW_NUMBER) : []) {
    const [, law = '', number = '', dated] = m;
    const start = (m.index ?? 0) + law.length;
    faults.push({
      start,
      end: start + number.length,
      message: `Căn cứ ${law.trim()} ghi tên và ngày thông qua, không ghi số, ký hiệu (ví dụ “Căn cứ Luật Công đoàn ngày … tháng … năm …;”) ${CITE}.`,
      // Certain only when the date is already written after the number.
      ...(dated ? { replacement: '' } : {}),
    });
  }
  for (const m of text.matchAll(MONTH_FOR_YEAR)) {
    const word = m[1] ?? 'tháng';
    const start = (m.index ?? 0) + m[0].lastIndexOf(word);
    faults.push({
      start,
      end: start + word.length,
      message: `Ngày tháng trong căn cứ viết nhầm “tháng” thay cho “năm”: “${m[0]}” ${CITE}.`,
      replacement: 'năm',
    });
  }
  return faults.sort((a, b) => a.start - b.start);
}

/** "Căn cứ A; căn cứ B;" (or "…; Theo đề nghị …") on one line: where each one after the first starts. */
export function runOnCanCu(text: string): number[] {
  return [...text.matchAll(/;\s*((?:[-–+•]\s*)?(?:[Cc]ăn cứ|[Tt]heo đề nghị|[Xx]ét đề nghị)\s)/gu)].map(
    (m) => (m.index ?? 0) + m[0].length - (m[1] ?? '').length,
  );
}
