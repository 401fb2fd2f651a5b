// What the insert form keeps between two documents: only what belongs to the unit that writes them.
// A document's number, date and year belong to that document alone; a form that refilled "Số 15" or
// "năm 2023" while the date defaults to today would let one careless click issue a second document
// under the same number (NĐ 30/2020, Điều 15: each document of a body has its own number in the year).

/**
 * The parameter ids the form remembers: the superior union and the unit, the drafting office of the
 * "Lưu" line, the place name, the signer, the signer's title and authority. Anything else — số, ký
 * hiệu, ngày, năm, kính gửi, the subject, the text a đề cương cites — is filled anew for each document.
 */
export const UNIT_PARAMETERS: readonly string[] = [
  'capTren',
  'donVi',
  'donViSoanThao',
  'diaDanh',
  'nguoiKy',
  'chucVu',
  'quyenHan',
];

const UNIT = new Set(UNIT_PARAMETERS);

/** The unit's parameters among `values`, the only ones a host stores and offers again; blanks dropped. */
export function unitParameters(values: Readonly<Record<string, string>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [id, value] of Object.entries(values)) {
    if (UNIT.has(id) && value.trim() !== '') kept[id] = value;
  }
  return kept;
}
