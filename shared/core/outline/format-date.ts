/**
 * The date line in the NĐ 30 form: "ngày 05 tháng 3 năm 2020". Days 1–9 and months 1–2 take a
 * leading zero, other months do not (NĐ 30/2020, Phụ lục I, II.4).
 */
export function formatNgayThang(date: Date): string {
  const day = date.getDate();
  const month = date.getMonth() + 1;
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${date.getFullYear()}`;
}
