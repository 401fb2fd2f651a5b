/**
 * Slogans and names of movements and campaigns of the union, Party and State that documents quote
 * word for word (Tổng Liên đoàn's and the State's emulation movements, Party campaigns). Near
 * neighbours that are names in their own right are listed too ("Giỏi việc trường, đảm việc nhà"
 * beside "Giỏi việc nước, đảm việc nhà"), so that neither is ever "corrected" into the other.
 */
// biome-ignore format: one slogan a line
export const SLOGANS: readonly string[] = [
  'Thực hành tiết kiệm, chống lãng phí',
  'Giỏi việc nước, đảm việc nhà',
  'Giỏi việc trường, đảm việc nhà',
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Học tập và làm theo tấm gương đạo đức Hồ Chí Minh',
  'Học tập và làm theo tấm gương đạo đức, phong cách Hồ Chí Minh',
  'Lao động giỏi, lao động sáng tạo',
  'Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động',
  'Dân biết, dân bàn, dân làm, dân kiểm tra',
  'Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng',
  'Vì người nghèo',
  'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
  'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh',
  'Người Việt Nam ưu tiên dùng hàng Việt Nam',
  'Mái ấm Công đoàn',
  'Tết Sum vầy',
  'Tháng Công nhân',
  'Tháng hành động về an toàn, vệ sinh lao động',
  'Dạy tốt, học tốt',
  'Mỗi thầy giáo, cô giáo là một tấm gương đạo đức, tự học và sáng tạo',
  'Đổi mới, sáng tạo trong dạy và học',
  'Xây dựng trường học thân thiện, học sinh tích cực',
  'Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở',
  'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời',
  'Chung sức xây dựng nông thôn mới',
  'Doanh nghiệp vì người lao động',
  'Vì sự tiến bộ của phụ nữ',
  'Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc',
  'Xây dựng gia đình 5 không, 3 sạch',
  'Ngày vì người nghèo',
  'Đền ơn đáp nghĩa',
  'Uống nước nhớ nguồn',
];

const WORDS = /[\p{L}\p{N}]+/gu;

/** The words of a phrase, lower case, without punctuation: how quotations are compared. */
export function sloganWords(text: string): string[] {
  return text.toLowerCase().match(WORDS) ?? [];
}

const KNOWN = SLOGANS.map((s) => ({ text: s, words: sloganWords(s) }));
const EXACT = new Set(KNOWN.map((k) => k.words.join(' ')));
const LENGTHS = KNOWN.filter((k) => k.words.length >= 4).map((k) => k.text.length);
/** A quotation this much shorter or longer than every slogan cannot be one or two words off one. */
const SHORTEST = Math.min(...LENGTHS) - 12;
const LONGEST = Math.max(...LENGTHS) + 24;

/** Edit distance in words (insert, delete, replace), stopping early once it exceeds `limit`. */
function wordDistance(a: readonly string[], b: readonly string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The slogan a quotation misquotes: one word away from a known slogan of four to seven words, two
 * from a longer one, and not itself a known slogan. Null when it quotes one exactly, quotes one whole
 * inside a longer name, or none at all.
 */
export function misquotedSlogan(quoted: string): string | null {
  // Most quotations are names of other things: too short or too long to be one word off a slogan.
  if (quoted.length < SHORTEST || quoted.length > LONGEST) return null;
  const words = sloganWords(quoted);
  if (words.length < 3 || EXACT.has(words.join(' '))) return null;
  let found: string | null = null;
  const joined = ` ${words.join(' ')} `;
  for (const known of KNOWN) {
    if (known.words.length < 4) continue;
    // The whole slogan inside a longer quotation ("Đẩy mạnh học tập và làm theo …") extends it.
    if (joined.includes(` ${known.words.join(' ')} `)) return null;
    const limit = known.words.length >= 8 ? 2 : 1;
    if (wordDistance(words, known.words, limit) <= limit) {
      if (found) return null; // close to two slogans: not sure which was meant
      found = known.text;
    }
  }
  return found;
}
