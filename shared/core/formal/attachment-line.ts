/** "(Kèm theo Quyết định số …)", "(Ban hành kèm theo …)": the line under an attached text's trích yếu. */
const ATTACHMENT = /^\s*\((?:Ban hành\s+)?[Kk]èm(\s+theo)?\s+(.*?)\)?\s*$/u;
/** The cited document in it: a type, maybe "số", a number with "/". */
const CITED = /^(\p{Lu}[\p{Ll}\s]{1,20}?)\s+(số\s+)?\d+[a-zđ]?\//u;

/**
 * What an attachment line lacks against NĐ 30/2020, Phụ lục III, Mẫu 1.3 ("(Kèm theo Quyết định số
 * …/QĐ-… ngày … tháng … năm … của …)"): "theo", "số", the date; null when it has them all, or when
 * the line is no attachment line citing a document by number.
 */
export function attachmentLineFaults(text: string): string | null {
  const m = ATTACHMENT.exec(text);
  if (!m) return null;
  const cited = CITED.exec(m[2] ?? '');
  if (!cited) return null;
  const missing: string[] = [];
  if (!m[1]) missing.push('“kèm theo”');
  if (!cited[2]) missing.push('chữ “số” trước số, ký hiệu');
  if (!/\bngày\b/u.test(m[2] ?? '')) missing.push('ngày ban hành và cơ quan ban hành');
  return missing.length > 0 ? `ghi đủ ${missing.join(', ')}` : null;
}
