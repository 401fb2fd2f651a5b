/**
 * A long, realistic half-year report of a Công đoàn ngành, in the shape of the outline
 * cao-bang-bao-cao-6-thang-2020 (I–IV, II with its 8 topics), as plain text a Word conversion gives:
 * one paragraph a line. Deterministic (seeded), so a benchmark or a test always sees the same text.
 * It carries a few real faults: a gap in the numbering of III, a "Ð" (U+00D0) for "Đ", a "……".
 */

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Ban Thường vụ Công đoàn ngành',
  'Các công đoàn cơ sở trực thuộc',
  'Ban Chấp hành công đoàn cơ sở',
  'Ủy ban Kiểm tra Công đoàn ngành',
  'Ban Nữ công quần chúng',
  'Tổ công đoàn các trường học',
  'Công đoàn cơ sở khối doanh nghiệp',
  'Đội ngũ cán bộ công đoàn chuyên trách',
];
const VERBS = [
  'đã phối hợp với chuyên môn đồng cấp tổ chức',
  'đã chủ động tham mưu cho cấp ủy triển khai',
  'tiếp tục duy trì và nâng cao chất lượng',
  'đã chỉ đạo các công đoàn cơ sở thực hiện',
  'đã tổ chức kiểm tra, giám sát việc thực hiện',
  'tích cực tuyên truyền, vận động đoàn viên tham gia',
  'đã hướng dẫn và đôn đốc triển khai',
];
const OBJECTS = [
  'phong trào thi đua “Giỏi việc nước, đảm việc nhà”',
  'các hoạt động chăm lo Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn',
  'công tác phát triển đoàn viên và thành lập công đoàn cơ sở',
  'việc thực hiện quy chế dân chủ ở cơ sở và hội nghị cán bộ, công chức, viên chức',
  'chương trình “Mái ấm Công đoàn” hỗ trợ xây dựng, sửa chữa nhà ở',
  'công tác phòng, chống dịch Covid - 19 tại nơi làm việc',
  'việc đổi thẻ đoàn viên và cập nhật phần mềm quản lý đoàn viên',
  'các hoạt động kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam',
  'Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động',
  'công tác thu, chi tài chính công đoàn theo quy định',
];
const TAILS = [
  'góp phần ổn định tư tưởng, nâng cao đời sống vật chất và tinh thần cho người lao động',
  'được đông đảo đoàn viên hưởng ứng và đánh giá cao',
  'bảo đảm đúng quy định, công khai, minh bạch',
  'qua đó phát hiện và kịp thời giải quyết những vướng mắc phát sinh tại cơ sở',
  'tạo không khí phấn khởi, đoàn kết trong các cơ quan, đơn vị',
];
const PLACES = ['Hòa An', 'Trùng Khánh', 'Quảng Hòa', 'Bảo Lạc', 'Hà Quảng', 'Nguyên Bình', 'Thạch An'];
const SECTIONS: { title: string; topics: string[] }[] = [
  { title: 'ĐẶC ĐIỂM TÌNH HÌNH', topics: ['Tình hình chung', 'Tình hình CNVCLĐ'] },
  {
    title: 'KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN 6 THÁNG ĐẦU NĂM 2020',
    topics: [
      'Tác động của dịch Covid - 19 đối với đời sống của đoàn viên, người lao động',
      'Triển khai thực hiện Nghị quyết số 08/NQ-BCH ngày 02/3/2020 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam về nhiệm vụ của tổ chức Công đoàn năm 2020',
      'Các hoạt động kỷ niệm 90 Năm ngày thành lập Đảng Cộng sản Việt Nam',
      'Kết quả tổ chức Tháng Công nhân năm 2020',
      'Kết quả công tác phát triển đoàn viên, thành lập công đoàn cơ sở gắn với nâng cao chất lượng công đoàn cơ sở',
      'Công tác chỉ đạo và tổ chức thực hiện các chương trình, nghị quyết cụ thể hóa các khâu đột phá của Nghị quyết Đại hội XII Công đoàn Việt Nam',
      'Kết quả tổ chức các hoạt động chăm lo Tết cho đoàn viên, người lao động, chương trình Tết Sum vầy',
      'Các hoạt động sáng tạo, mang lại kết quả trong thực tiễn hoạt động ở các cấp công đoàn',
    ],
  },
  {
    title: 'NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2020',
    topics: [
      'Tiếp tục chăm lo đời sống đoàn viên, người lao động',
      'Đẩy mạnh công tác tuyên truyền, giáo dục',
      'Nâng cao chất lượng hoạt động công đoàn cơ sở',
      'Tăng cường công tác kiểm tra, giám sát',
      'Chuẩn bị tổng kết năm 2020',
    ],
  },
  { title: 'ĐỀ XUẤT, KIẾN NGHỊ', topics: [] },
];
/** Vietnamese list letters: đ comes after d (NĐ 30 orders a), b), c), d), đ), e)…). */
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k'];
const ROMAN = ['I', 'II', 'III', 'IV'];

export interface GeneratedReport {
  text: string;
  /** Non-empty lines, each of which docFromText turns into one block. */
  lines: number;
}

/** Generates the report; `targetLines` ≈ the number of blocks (6,000 ≈ 200 pages). */
export function generateReport(targetLines = 6000, seed = 20200615): GeneratedReport {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const count = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const sentence = (): string => {
    const place = random() < 0.3 ? ` tại huyện ${pick(PLACES)}` : '';
    const figures =
      random() < 0.3
        ? `, với ${count(3, 180)} cuộc và ${count(120, 9800).toLocaleString('vi')} lượt người tham gia`
        : '';
    const tail = random() < 0.3 ? `, ${pick(TAILS)}` : '';
    return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${place}${figures}${tail}`;
  };
  const paragraph = (): string => {
    const n = random() < 0.85 ? 1 : 2;
    return `${Array.from({ length: n }, sentence).join('. ')}.`;
  };
  const listItem = (last: boolean): string =>
    `- ${pick(VERBS)
      .replace(/^đã /, '')
      .replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${pick(OBJECTS)}${last ? '.' : ';'}`;

  const head = [
    'LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG',
    'CÔNG ĐOÀN NGÀNH GIÁO DỤC',
    'Số: 45/BC-CĐN',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Cao Bằng, ngày 15 tháng 6 năm 2020',
    'BÁO CÁO',
    'Kết quả hoạt động công đoàn 6 tháng đầu năm 2020 và phương hướng hoạt động 6 tháng cuối năm 2020',
    'Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Cao Bằng.',
    'Thực hiện Công văn số 745/LĐLĐ-VP ngày 25/5/2020 của Ban Thường vụ LĐLĐ tỉnh, Công đoàn ngành Giáo dục báo cáo kết quả hoạt động công đoàn 6 tháng đầu năm 2020 như sau:',
  ];
  const tail = [
    'Trên đây là báo cáo kết quả hoạt động công đoàn 6 tháng đầu năm 2020 và phương hướng hoạt động 6 tháng cuối năm 2020 của Công đoàn ngành Giáo dục./.',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, VP.',
    'TM. BAN THƯỜNG VỤ',
    'CHỦ TỊCH',
    'Nông Thị Hạnh',
  ];
  const topicCount = SECTIONS.reduce((n, s) => n + Math.max(1, s.topics.length), 0);
  const perTopic = Math.max(
    4,
    Math.floor((targetLines - head.length - tail.length - 4 - topicCount) / topicCount),
  );

  const out: string[] = [...head];
  /** Body under one heading: paragraphs, "-" lists and a)… sub-headings, about `budget` lines. */
  const body = (budget: number, lettered: boolean) => {
    let left = budget;
    let letter = 0;
    while (left > 0) {
      if (lettered && letter < LETTERS.length && (letter === 0 || random() < 0.08)) {
        out.push(`${LETTERS[letter++]}) ${pick(OBJECTS).replace(/^\p{Ll}/u, (c) => c.toUpperCase())}`);
        left--;
      }
      out.push(paragraph());
      left--;
      if (left > 2 && random() < 0.7) {
        const items = Math.min(left, count(2, 7));
        for (let k = 0; k < items; k++) out.push(listItem(k === items - 1));
        left -= items;
      }
    }
  };

  SECTIONS.forEach((section, s) => {
    out.push(`${ROMAN[s]}. ${section.title}`);
    if (section.topics.length === 0) body(perTopic, false);
    section.topics.forEach((topic, t) => {
      // The fault a reader must catch: III skips number 4 (1., 2., 3., 5., 6.).
      const number = s === 2 && t >= 3 ? t + 2 : t + 1;
      out.push(`${number}. ${topic}`);
      body(perTopic, s === 1);
    });
  });
  out.push(...tail);

  // Two more faults, at fixed places: a look-alike Ð (U+00D0) and an unfilled "……".
  const fault = (at: number, edit: (line: string) => string) => {
    const i = out.findIndex((line, k) => k >= at && /^\p{Lu}/u.test(line) && line.endsWith('.'));
    if (i >= 0) out[i] = edit(out[i] as string);
  };
  fault(Math.floor(out.length * 0.3), (line) => `Ðoàn viên công đoàn ghi nhận: ${line}`);
  fault(Math.floor(out.length * 0.6), (line) => line.replace(/\.$/, ', đạt tỷ lệ ……% kế hoạch năm.'));
  return { text: `${out.join('\n')}\n`, lines: out.length };
}
