import rule from '../../../../../shared/core/rules/rules/chinh-ta.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    'Công đoàn cơ sở bố trí kinh phí để tổ chức hội nghị người lao động.',
    {
      name: 'real words one onset letter from a word of the genre: “công thức” (công chức), “thành niên” (thanh niên)',
      text: 'Thành phần, cấu tạo, công thức hóa học; lao động là người chưa thành niên.',
    },
    {
      name: 'pairs straddling two words: “tình hình thực tế”, “lợi ích hợp pháp”, “bài học kinh nghiệm”',
      text: 'Căn cứ tình hình thực tế, bảo vệ lợi ích hợp pháp và rút ra bài học kinh nghiệm.',
    },
    {
      name: 'real words close to another: “công nhận”, “thu nhập”, “an ninh”, “tiến bộ”, “cộng tác”',
      text: 'Công nhận danh hiệu; nâng cao thu nhập; giữ vững an ninh; quan hệ lao động tiến bộ; cộng tác viên.',
    },
    {
      name: 'both tone placements of a listed word: “thành uỷ”, “thành ủy”',
      text: 'Văn phòng thành uỷ và văn phòng thành ủy phối hợp.',
    },
    {
      name: 'names, abbreviations and foreign words are not read: “Đắk Lắk”, “CNVCLĐ”, “IoT”, “Phó Thủ tướng”',
      text: 'Tỉnh Đắk Lắk triển khai IoT cho CNVCLĐ; báo cáo Phó Thủ tướng và Tổng công ty Điện lực.',
    },
    {
      name: '“đề” after a noun that takes it: “vấn đề”, “chủ đề”, “chuyên đề”',
      text: 'Vấn đề bảo vệ môi trường; chủ đề thi đua năm; chuyên đề đánh giá kết quả.',
    },
    { name: 'a loanword without a tone mark', text: 'Truyền qua vectơ.' },
    {
      name: 'a name in capitals the list does not hold',
      text: 'Tại xã Gia Bình, đồng chí Hải Phong và Phó Thủ tướng dự.',
    },
    {
      name: '“so” before a word, “nhân” before “quyền”',
      text: 'So sánh với năm trước; Ủy ban Nhân quyền họp.',
    },
    {
      name: 'a text typed without marks is a style, not a slip',
      text: 'Tong hop ket qua thi dua cua co quan.',
    },
    { name: '“đ/c” is an abbreviation', text: 'Kính gửi đ/c Nguyễn Văn An.' },
    { name: 'a footnote mark glued to a word', text: '- 1Hướng dẫn số 26; Nghị quyết2 của Ban Chấp hành.' },
    {
      name: 'untoned look-alikes: foreign words, abbreviations in capitals, a web address, bare text',
      text: 'Nhóm chat của tổ; gửi email, zalo; bảo hiểm YT; các TCT: EVN, VEC; tại dvc-thanh-toan-truc-tuyen.html; CÔNG TY PET VIỆT.',
    },
    {
      name: 'real "qu" syllables',
      text: 'Quyết định về quan hệ, quy chế, quân sự, quốc phòng và quê hương; quà tặng.',
    },
  ],
  invalid: [
    {
      name: 'a closed syllable without sắc or nặng, fixed where a word of the genre confirms it',
      text: 'TM. BAN CHẤP HÀNH\nCHỦ TICH\nBảo vệ đât nước.',
      findings: [
        { line: 2, severity: 'warning', messageIncludes: '“TICH”', fix: true },
        { line: 3, messageIncludes: '“đất nước”', fix: true },
      ],
      output: 'TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nBảo vệ đất nước.',
    },
    {
      name: 'an onset no native word has, and "qu" before a rhyme it never takes: no fix guessed',
      text: 'Tổ chức uống cà fe, giao lưu.\nGiữ mối quam hệ tốt.',
      findings: [
        { line: 1, messageIncludes: '“fe”', fix: false },
        { line: 2, messageIncludes: '“quam”', fix: false },
      ],
    },
    {
      name: 'a pair one tone away from a word of the genre',
      text: 'Đơn vị bố trí kính phí để thực hiện.',
      findings: [{ line: 1, severity: 'warning', range: [14, 18], messageIncludes: '“kinh phí”', fix: true }],
      output: 'Đơn vị bố trí kinh phí để thực hiện.',
    },
    {
      name: 'a vowel mark, a letter in the onset, and a mark with a tone on one letter',
      text: 'Huy động vật tu cần thiết.\nTăng cường công tác tuyên tuyền.\nNắm rõ đặc diêm của đơn vị.',
      findings: [
        { line: 1, fix: true },
        { line: 2, fix: true },
        { line: 3, fix: true },
      ],
      output: 'Huy động vật tư cần thiết.\nTăng cường công tác tuyên truyền.\nNắm rõ đặc điểm của đơn vị.',
    },
    {
      name: 'the fix keeps the capital at the start of a sentence',
      text: 'a) Rứt khoát hoàn thành trong năm.',
      findings: [{ line: 1, messageIncludes: '“dứt khoát”', fix: true }],
      output: 'a) Dứt khoát hoàn thành trong năm.',
    },
    {
      name: '“đề/đê” before a work verb is “để”',
      text: 'Phối hợp đề bảo vệ quyền lợi đoàn viên.\nBố trí nguồn lực đê hỗ trợ người lao động.',
      findings: [
        { line: 1, messageIncludes: '“để”', fix: true },
        { line: 2, fix: true },
      ],
      output: 'Phối hợp để bảo vệ quyền lợi đoàn viên.\nBố trí nguồn lực để hỗ trợ người lao động.',
    },
    {
      name: 'a syllable no Vietnamese word has, reported without a fix',
      text: 'Thăm hỏi ngiệp đoàn và công nhân thựcc tập, tổ4chức tốt.',
      findings: [
        { line: 1, messageIncludes: '“ngiệp”', fix: false },
        { line: 1, messageIncludes: '“thựcc”', fix: false },
        { line: 1, messageIncludes: '“tổ4chức”', fix: false },
      ],
    },
    {
      name: 'a pair whose second syllable cannot exist is reported once, as the word it slips from',
      text: 'Các doanh ngiệp trên địa bàn.',
      findings: [{ line: 1, messageIncludes: '“doanh nghiệp”', fix: true }],
      output: 'Các doanh nghiệp trên địa bàn.',
    },
    {
      name: 'a listed name with a capital on each word',
      text: 'Thành phố Hà Nôi triển khai.',
      findings: [{ line: 1, messageIncludes: '“hà nội”', fix: true }],
      output: 'Thành phố Hà Nội triển khai.',
    },
    {
      name: '“so” before a number is “số”',
      text: 'Thực hiện Chỉ thị so 05-CT/TW của Bộ Chính trị.',
      findings: [{ line: 1, messageIncludes: '“số”', fix: true }],
      output: 'Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.',
    },
    {
      name: '“Ủy ban nhân” before a unit lacks “dân”',
      text: 'Ủy ban nhân tỉnh và Hội đồng nhân các xã.',
      findings: [
        { line: 1, messageIncludes: 'thiếu chữ “dân”', fix: true },
        { line: 1, fix: true },
      ],
      output: 'Ủy ban nhân dân tỉnh và Hội đồng nhân dân các xã.',
    },
  ],
});
