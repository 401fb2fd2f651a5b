import { docFromMarkdown } from '../../../../../cli/read/markdown.ts';
import rule from '../../../../../shared/core/rules/rules/noi-nhan.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';
import { closingTableDoc } from '../../formal/closing-fixtures.ts';

const CONG_VAN_TOP =
  'V/v định hướng nhiệm vụ trọng tâm năm 2020\nKính gửi: Các Công đoàn cơ sở trực thuộc.\n';
/** The same top as Markdown: paragraphs apart. */
const CONG_VAN_TOP_MD = CONG_VAN_TOP.replace('\n', '\n\n');
const SIGN = 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Văn An';

ruleTable(rule, {
  valid: [
    {
      name: '“- Lưu: VT.” (no separate drafting unit) and the drafter and copies in brackets',
      text: `Nội dung./.\nNơi nhận:\n- Như Điều 3;\n- Sở Tài chính (để báo cáo);\n- Lưu: VT.\n${SIGN}\nNội dung khác./.\nNơi nhận:\n- Lưu: VT, TCCB (Hà, 05b).\n${SIGN}`,
    },
    {
      name: 'a Party document: lines end with “,”, “- Lưu Văn phòng …” (HD 36-HD/VPTW)',
      text: `ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ AN BÌNH\nSố 12-BC/ĐU\nBÁO CÁO\nKết quả tháng 5\nNội dung.\nNơi nhận:\n- Huyện ủy (để báo cáo),\n- Các chi bộ,\n- Lưu Văn phòng Đảng ủy.\nT/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn An`,
    },
    {
      name: '“+” lines under an entry that opens a group (“- VPUB: + CVP …;”) are its sub-entries',
      text: `Nội dung./.\nNơi nhận:\n- Như Điều 2;\n- VPUB: + CVP, các PCVP (đ/b);\n+ Cổng TTĐT tỉnh (đưa tin);\n+ Phòng Tổng hợp;\n- Lưu: VT, KTTH.\n${SIGN}`,
    },
    {
      name: 'the list ends at its Lưu line: the dashes under it belong to an attachment',
      text: `Nội dung./.\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, TCCB.\n${SIGN}\nDANH MỤC\n- Hồ sơ gồm hai bộ\n- Nộp trực tiếp`,
    },
    {
      name: 'a công văn with Kính gửi: “- Như trên;” first, “- Lưu: VT, VP.” last',
      text: `${CONG_VAN_TOP}Đề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n- LĐLĐ tỉnh;\n- Lưu: VT, VP.\n${SIGN}`,
    },
    {
      name: 'a kế hoạch without Kính gửi lists its recipients directly',
      text: `KẾ HOẠCH\nNâng cao chất lượng hoạt động\nI. MỤC ĐÍCH\nNội dung./.\nNơi nhận:\n- LĐLĐ tỉnh;\n- Các CĐCS trực thuộc;\n- Lưu: VT, TCCB, 02b.\n${SIGN}`,
    },
    {
      name: 'a đề cương attachment has no closing to check',
      text: 'ĐỀ CƯƠNG BÁO CÁO\nI. ĐẶC ĐIỂM TÌNH HÌNH\nNêu rõ khó khăn.',
    },
    {
      name: 'Nơi nhận and the signature flattened side by side on the same lines',
      text: `${CONG_VAN_TOP}Nội dung./.\nNơi nhận:                                 TM. BAN CHẤP HÀNH\n- Như trên;                                   CHỦ TỊCH\n- Lưu: VT, CĐCS.\n\n                                       Nguyễn Thị Lan`,
    },
    {
      name: 'Nơi nhận and its items flattened onto one line',
      text: `${CONG_VAN_TOP}Nội dung./.\nNơi nhận: - Như trên; - Lưu: VT, VP.\n${SIGN}`,
    },
    {
      name: 'a rendered skeleton keeps “……” for the unit (placeholder-text reports it)',
      text: `Nội dung./.\nNơi nhận:\n- Lưu: VT, …….\n${SIGN}`,
    },
    {
      // `khung skeleton … > x.md` then `khung check x.md`: the "- " is the Markdown list marker.
      name: 'Nơi nhận as a Markdown (or Word, HTML) list: the host draws the dash',
      doc: docFromMarkdown(
        `${CONG_VAN_TOP_MD}\nĐề nghị các đơn vị thực hiện./.\n\n**Nơi nhận:**\n\n- Như trên;\n\n- Lưu: VT, VP.\n\n**TM. BAN THƯỜNG VỤ**\n\n**CHỦ TỊCH**\n\n**Nguyễn Văn An**`,
      ),
    },
    {
      name: 'the two-column bottom table of Docs/Word',
      doc: closingTableDoc(
        ['Nơi nhận:', '- Như trên;', '- Lưu: VT, VP.'],
        ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH', 'Nguyễn Văn An'],
      ),
    },
    {
      name: 'a recipient wrapped onto a second paragraph of the cell (a line break in Docs) is one line',
      doc: closingTableDoc(
        ['Nơi nhận:', '- Các CĐ cấp trên trực tiếp cơ sở', 'và CĐCS trực thuộc tỉnh;', '- Lưu: VT, VP.'],
        ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH', 'Nguyễn Văn An'],
      ),
    },
    {
      name: '“Nơi nhận hồ sơ” in a sentence is not the Nơi nhận heading',
      text: `Nơi nhận hồ sơ: Văn phòng Công đoàn tỉnh, trước ngày 15/6/2024./.\nNơi nhận:\n- LĐLĐ tỉnh;\n- Lưu: VT, VP.\n${SIGN}`,
    },
  ],
  invalid: [
    {
      name: 'a note placed after the semicolon moves before it; a line ending in “,”',
      text: `Nội dung./.\nNơi nhận:\n- Sở Nội vụ; (để báo cáo)\n- Các phòng, ban,\n- Lưu: VT, TCCB.\n${SIGN}`,
      findings: [
        {
          line: 3,
          severity: 'warning',
          messageIncludes: 'ghi chú “(để báo cáo)” phải đứng trước dấu “;”',
          fix: true,
        },
        { line: 4, severity: 'warning', messageIncludes: 'kết thúc bằng dấu “,” thay cho “;”', fix: true },
      ],
      output: `Nội dung./.\nNơi nhận:\n- Sở Nội vụ (để báo cáo);\n- Các phòng, ban;\n- Lưu: VT, TCCB.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An`,
    },
    {
      name: '“- Như Điều 4;” not first: said, not moved (a move changes two lines)',
      text: `QUYẾT ĐỊNH\nVề việc khen thưởng\nĐiều 1. Nội dung./.\nNơi nhận:\n- Sở Nội vụ;\n- Như Điều 4;\n- Lưu: VT, TCCB.\n${SIGN}`,
      findings: [{ line: 6, severity: 'warning', messageIncludes: 'đưa lên dòng đầu', fix: false }],
    },
    {
      name: '“- Khoản 2 Điều 3;” first: written “- Như Khoản 2 …”',
      text: `QUYẾT ĐỊNH\nVề việc khen thưởng\nĐiều 1. Nội dung./.\nNơi nhận:\n- Khoản 2 Điều 3;\n- Lưu: VT, TCCB.\n${SIGN}`,
      findings: [{ line: 5, severity: 'warning', messageIncludes: 'viết “Như Khoản 2 Điều 3”', fix: true }],
      output: `QUYẾT ĐỊNH\nVề việc khen thưởng\nĐiều 1. Nội dung./.\nNơi nhận:\n- Như Khoản 2 Điều 3;\n- Lưu: VT, TCCB.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An`,
    },
    {
      name: 'a Markdown list whose “Như kính gửi” is second: moved up without typing a second dash',
      doc: docFromMarkdown(
        `${CONG_VAN_TOP_MD}\nNội dung./.\n\nNơi nhận:\n\n- Các đ/c lãnh đạo;\n- Như kính gửi;\n- Lưu: VT, VP.\n\nTM. BAN THƯỜNG VỤ\n\nCHỦ TỊCH\n\nNguyễn Văn An`,
      ),
      findings: [{ block: 4, messageIncludes: 'dòng đầu của Nơi nhận phải là “- Như trên;”', fix: true }],
      output: `${CONG_VAN_TOP}Nội dung./.\nNơi nhận:\nNhư trên;\nCác đ/c lãnh đạo;\nLưu: VT, VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An`,
    },
    {
      name: 'seed 002: “- Như kính gửi;” second and “- Lưu VT;” (Công văn 579/CV-LĐLĐ)',
      text: `${CONG_VAN_TOP}Nội dung./.\nNơi nhận:\n- Các đ/c lãnh đạo;\n- Như kính gửi;\n- Lưu VT;\n${SIGN}`,
      findings: [
        { line: 5, severity: 'error', messageIncludes: '“- Như trên;”', fix: true },
        {
          line: 7,
          severity: 'error',
          messageIncludes: ['thiếu dấu hai chấm sau “Lưu”', 'dấu chấm'],
          range: [0, 9],
          fix: true,
        },
      ],
      output: `V/v định hướng nhiệm vụ trọng tâm năm 2020\nKính gửi: Các Công đoàn cơ sở trực thuộc.\nNội dung./.\nNơi nhận:\n- Như trên;\n- Các đ/c lãnh đạo;\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An`,
    },
    {
      name: 'seed 004: “- Lưu VT.” has no colon and no drafting unit',
      text: `Nội dung./.\nNơi nhận:\n- LĐLĐ tỉnh;\n- Lưu VT.\n${SIGN}`,
      findings: [{ line: 4, severity: 'error', messageIncludes: ['“- Lưu VT.”', 'dấu hai chấm'] }],
      output: `Nội dung./.\nNơi nhận:\n- LĐLĐ tỉnh;\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An`,
    },
    {
      name: 'seed 001: lines ending in “.” or nothing, “- Lưu VT- TH .”, a “Báo cáo” note beside two lines',
      text: `Nội dung./.\nNơi nhận:\n- Thường trực Tỉnh ủy.\n- Tổng LĐLĐ Việt Nam.          Báo cáo\n- Các Ban và VP Tỉnh ủy\n- Lưu VT- TH .\n${SIGN}`,
      findings: [
        {
          line: 3,
          severity: 'warning',
          messageIncludes: 'kết thúc bằng dấu “.” thay cho “;”',
          range: [0, 22],
        },
        { line: 4, severity: 'warning', messageIncludes: '“- Tổng LĐLĐ Việt Nam.”', range: [0, 21] },
        { line: 5, severity: 'warning', messageIncludes: 'thiếu dấu “;” ở cuối' },
        { line: 6, severity: 'error', messageIncludes: 'sau “VT” là dấu phẩy' },
      ],
      output: `Nội dung./.\nNơi nhận:\n- Thường trực Tỉnh ủy;\n- Tổng LĐLĐ Việt Nam;          Báo cáo\n- Các Ban và VP Tỉnh ủy;\n- Lưu: VT, TH.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An`,
    },
    {
      name: 'seed 003: no “- Như trên;” after a Kính gửi, “- Lưu VP CĐVC tỉnh.” (no fix: the unit is unclear)',
      text: `${CONG_VAN_TOP}Nội dung./.\nNơi nhận:\n- Các CĐCS trực thuộc CĐVC tỉnh;\n- Lưu VP CĐVC tỉnh.\n${SIGN}`,
      findings: [
        { line: 5, severity: 'error', messageIncludes: '“- Như trên;”', fix: false },
        { line: 6, severity: 'error', messageIncludes: 'chưa ghi “VT”', fix: false },
      ],
    },
    {
      name: 'REFERENCE §5 #8: “Nơi nhận: - Như Điều 3; - Lưu VT, …” flattened onto one line',
      text: `QUYẾT ĐỊNH\nVề việc ban hành Quy định\nĐiều 1. Nội dung./.\nNơi nhận: - Như Điều 3; - Lưu VT, TCCB.\nHIỆU TRƯỞNG\nNguyễn Văn An`,
      findings: [{ line: 4, severity: 'error', range: [24, 39], messageIncludes: 'thiếu dấu hai chấm' }],
      output: `QUYẾT ĐỊNH\nVề việc ban hành Quy định\nĐiều 1. Nội dung./.\nNơi nhận: - Như Điều 3; - Lưu: VT, TCCB.\nHIỆU TRƯỞNG\nNguyễn Văn An`,
    },
    {
      name: '“NƠI NHẬN” in capitals without its colon; a “+” instead of “-”',
      text: `Nội dung./.\nNƠI NHẬN\n+ LĐLĐ tỉnh;\n- Lưu: VT, VP.\n${SIGN}`,
      findings: [
        { line: 2, severity: 'warning', messageIncludes: 'thay cho “NƠI NHẬN”', range: [0, 8] },
        { line: 3, severity: 'warning', messageIncludes: 'gạch đầu dòng', range: [0, 2] },
      ],
      output: `Nội dung./.\nNơi nhận:\n- LĐLĐ tỉnh;\n- Lưu: VT, VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An`,
    },
    {
      name: 'a “+” line under an entry that opens no group is a dash typed wrong',
      text: `Nội dung./.\nNơi nhận:\n- Sở Tài chính;\n+ Sở Nội vụ;\n- Lưu: VT, VP.\n${SIGN}`,
      findings: [{ line: 4, severity: 'warning', messageIncludes: 'gạch đầu dòng', range: [0, 2] }],
      output: `Nội dung./.\nNơi nhận:\n- Sở Tài chính;\n- Sở Nội vụ;\n- Lưu: VT, VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An`,
    },
    {
      name: 'a signature without any Nơi nhận',
      text: `Nội dung./.\n${SIGN}`,
      findings: [{ line: 2, severity: 'error', messageIncludes: 'Thiếu phần “Nơi nhận:”' }],
    },
    {
      name: 'the list does not end with a Lưu line',
      text: `Nội dung./.\nNơi nhận:\n- LĐLĐ tỉnh;\n- Các CĐCS trực thuộc.\n${SIGN}`,
      findings: [
        { line: 4, severity: 'error', messageIncludes: 'Dòng cuối của Nơi nhận phải là “- Lưu: VT' },
        { line: 4, severity: 'warning', messageIncludes: 'kết thúc bằng dấu “.” thay cho “;”' },
      ],
    },
    {
      name: '“- Như kính gửi;” first: say “- Như trên;”',
      text: `${CONG_VAN_TOP}Nội dung./.\nNơi nhận:\n- Như kính gửi;\n- Lưu: VT, VP.\n${SIGN}`,
      findings: [{ line: 5, severity: 'warning', messageIncludes: 'thay cho “- Như kính gửi;”', fix: true }],
    },
    {
      name: 'in the bottom table, a recipient line without its dash',
      doc: closingTableDoc(
        ['Nơi nhận:', 'LĐLĐ tỉnh;', '- Lưu: VT, VP.'],
        ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH', 'Nguyễn Văn An'],
      ),
      findings: [{ block: 2, severity: 'warning', range: [0, 0], messageIncludes: 'gạch đầu dòng' }],
    },
    {
      name: 'REFERENCE §5 #4 (QĐ 1014/QĐ-TLĐ, old style): items without “;” and “Lưu: - Văn thư, Tổng hợp”',
      text: `Nội dung./.\nNơi nhận:\n- Cục Lưu trữ Văn phòng TW Đảng\n- Lưu: - Văn thư, Tổng hợp\nTM. ĐOÀN CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC`,
      findings: [
        {
          line: 3,
          severity: 'warning',
          messageIncludes: 'thiếu dấu “;” ở cuối',
          fix: true,
        },
        { line: 4, severity: 'error', messageIncludes: ['chưa ghi “VT”', 'dấu chấm'], fix: false },
      ],
    },
  ],
});
