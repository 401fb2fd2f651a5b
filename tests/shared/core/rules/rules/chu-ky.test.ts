import rule from '../../../../../shared/core/rules/rules/chu-ky.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';
import { closingTableDoc } from '../../formal/closing-fixtures.ts';

const TOP = 'Nội dung./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n';

ruleTable(rule, {
  valid: [
    {
      name: 'TM. BAN THƯỜNG VỤ / CHỦ TỊCH / name',
      text: `${TOP}TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Văn An`,
    },
    {
      name: 'TM. BAN CHẤP HÀNH (a CĐCS without a ban thường vụ)',
      text: `${TOP}TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nNguyễn Thị Lan`,
    },
    {
      name: 'TM. ĐOÀN CHỦ TỊCH (Tổng Liên đoàn, QĐ 933/QĐ-TLĐ)',
      text: `${TOP}TM. ĐOÀN CHỦ TỊCH\nCHỦ TỊCH\nNguyễn Đình Khang`,
    },
    { name: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', text: `${TOP}KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình` },
    {
      name: 'TM. + KT. + deputy (NĐ 30 Mẫu: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)',
      text: `${TOP}TM. BAN THƯỜNG VỤ\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình`,
    },
    {
      name: 'seed 002: TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH THƯỜNG TRỰC (union practice, QĐ 1014/QĐ-TLĐ)',
      text: `${TOP}TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\nNguyễn Văn An`,
    },
    { name: 'TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG', text: `${TOP}TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Văn Cường` },
    { name: 'Q. CHỦ TỊCH needs no title line below', text: `${TOP}Q. CHỦ TỊCH\nLê Văn Cường` },
    { name: 'the head signs without a prefix', text: `${TOP}HIỆU TRƯỞNG\nNguyễn Văn An` },
    {
      name: 'seed 003: bold “**TM. BAN THƯỜNG VỤ / CHỦ TỊCH**”',
      text: `${TOP}**TM. BAN THƯỜNG VỤ\nCHỦ TỊCH**\n\n\n\nLê Khắc Bình`,
    },
    {
      name: 'side by side with Nơi nhận',
      text: 'Nội dung./.\nNơi nhận:                       TM. BAN CHẤP HÀNH\n- Như trên;                           CHỦ TỊCH\n- Lưu: VT, CĐCS.\n                               Nguyễn Thị Lan',
    },
    {
      name: 'the bottom table',
      doc: closingTableDoc(
        ['Nơi nhận:', '- Lưu: VT, VP.'],
        ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH', '(đã ký)', 'Nguyễn Văn An'],
      ),
    },
    {
      name: 'TM. before an organisation whose name starts with TRƯỜNG (a school)',
      text: `${TOP}TM. TRƯỜNG ĐẠI HỌC CÔNG ĐOÀN\nHIỆU TRƯỞNG\nNguyễn Văn An`,
    },
    {
      name: 'REFERENCE §5 #4 (QĐ 1014/QĐ-TLĐ): TM. ĐOÀN CHỦ TỊCH / PHÓ CHỦ TỊCH THƯỜNG TRỰC / (đã ký)',
      text: `${TOP}TM. ĐOÀN CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\n(đã ký)\nNguyễn Hoà Bình`,
    },
    {
      name: 'REFERENCE §5 #11 (Đoàn TNCS): TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN / BÍ THƯ THƯỜNG TRỰC',
      text: `${TOP}TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN\nBÍ THƯ THƯỜNG TRỰC\nNguyễn Văn An`,
    },
    { name: 'KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG', text: `${TOP}KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Văn Bình` },
    { name: 'TL. CỤC TRƯỞNG / TRƯỞNG PHÒNG', text: `${TOP}TL. CỤC TRƯỞNG\nTRƯỞNG PHÒNG\nTrần Văn Bình` },
    {
      name: 'a Party document may sign “T/M” straight above the name',
      text: `ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY AN GIANG\nSố 05-KL/TU\nKẾT LUẬN\nVề công tác cán bộ\nNội dung.\nNơi nhận:\n- Các huyện ủy,\n- Lưu Văn phòng Tỉnh ủy.\nT/M TỈNH ỦY\nNguyễn Văn An`,
    },
    {
      name: 'a web excerpt cut under the authority line: no title to ask for',
      text: `${TOP}TM. BAN THƯỜNG VỤ`,
    },
    {
      name: 'a Party document writes “T/M” and “K/T” (HD 36-HD/VPTW)',
      text: `ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ AN BÌNH\nSố 12-BC/ĐU\nBÁO CÁO\nKết quả tháng 5\nNội dung.\nNơi nhận:\n- Các chi bộ,\n- Lưu Văn phòng Đảng ủy.\nT/M ĐẢNG ỦY\nK/T BÍ THƯ\nPHÓ BÍ THƯ\nNguyễn Văn An`,
    },
  ],
  invalid: [
    {
      name: '“TM/BCH”, “TM/ BCH”: the State letters with a slash, the collective abbreviated',
      text: `${TOP}TM/BCH\nCHỦ TỊCH\nBùi Hoàng Vũ`,
      findings: [{ line: 5, messageIncludes: '“TM. BAN CHẤP HÀNH”', fix: true }],
      output: `${TOP}TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nBùi Hoàng Vũ`,
    },
    {
      name: '“TM. BCH”: the collective written out',
      text: `${TOP}TM. BCH\nCHỦ TỊCH\nBùi Hoàng Vũ`,
      findings: [{ line: 5, messageIncludes: '“TM. BAN CHẤP HÀNH”', fix: true }],
      output: `${TOP}TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nBùi Hoàng Vũ`,
    },
    {
      name: '“TM/ BTV”: a space after the slash',
      text: `${TOP}TM/ BTV\nCHỦ TỊCH\nLê Văn An`,
      findings: [{ line: 5, messageIncludes: '“TM. BAN THƯỜNG VỤ”', fix: true }],
      output: `${TOP}TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nLê Văn An`,
    },
    {
      name: '“T/M.” in a union document is the Party’s form: “TM.”',
      text: `${TOP}T/M. BAN CHẤP HÀNH\nCHỦ TỊCH\nNguyễn Văn An`,
      findings: [{ line: 5, messageIncludes: ['“TM. BAN CHẤP HÀNH”', 'văn bản Đảng'], fix: true }],
      output: `${TOP}TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nNguyễn Văn An`,
    },
    {
      name: 'a title typed without its diacritics',
      text: `${TOP}KT. CHU TICH\nPHÓ CHỦ TICH\nTrần Văn Bình`,
      findings: [
        { line: 5, messageIncludes: '“KT. CHỦ TỊCH”', fix: true },
        { line: 6, messageIncludes: 'viết đủ dấu: “PHÓ CHỦ TỊCH”', fix: true },
      ],
      output: `${TOP}KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình`,
    },
    {
      name: 'a title with no name under it (a document fault)',
      text: `${TOP}TM. BAN CHẤP HÀNH\nCHỦ TỊCH`,
      findings: [{ block: -1, severity: 'warning', messageIncludes: 'thiếu họ tên người ký' }],
    },
    {
      name: 'a biên bản signed by two titles side by side and no names',
      text: `BIÊN BẢN\nHọp Ban Chấp hành\nHội nghị kết thúc lúc 11 giờ cùng ngày./.\nTHƯ KÝ          CHỦ TRÌ HỘI NGHỊ`,
      findings: [{ block: -1, messageIncludes: '“THƯ KÝ”, “CHỦ TRÌ HỘI NGHỊ”' }],
    },
    {
      name: '“T/M” and a title in lower case are rewritten “TM. BAN THƯỜNG VỤ”',
      text: `${TOP}T/M Ban Thường vụ\nCHỦ TỊCH\nNguyễn Văn An`,
      findings: [
        { line: 5, severity: 'error', messageIncludes: '“TM. BAN THƯỜNG VỤ”', range: [0, 17], fix: true },
      ],
      output: `${TOP}TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An`,
    },
    {
      name: '“KT:” without its dot',
      text: `${TOP}KT: CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình`,
      findings: [{ line: 5, fix: true }],
      output: `${TOP}KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình`,
    },
    {
      name: 'KT. with the head’s own title below: the deputy title is missing',
      text: `${TOP}KT. CHỦ TỊCH\nCHỦ TỊCH\nTrần Văn Bình`,
      findings: [{ line: 6, severity: 'error', messageIncludes: '“PHÓ CHỦ TỊCH”', fix: false }],
    },
    {
      name: 'KT. before a collective',
      text: `${TOP}KT. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\nTrần Văn Bình`,
      findings: [{ line: 5, messageIncludes: 'không đứng trước tên tập thể' }],
    },
    {
      name: 'TM. before one person’s title',
      text: `${TOP}TM. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình`,
      findings: [{ line: 5, messageIncludes: 'tên tập thể lãnh đạo' }],
    },
    {
      name: 'TM. BAN THƯỜNG VỤ with no chức vụ before the name',
      text: `${TOP}TM. BAN THƯỜNG VỤ\n\nNguyễn Văn An`,
      findings: [{ line: 5, messageIncludes: 'Thiếu chức vụ người ký' }],
    },
    {
      name: 'a deputy signing without “KT.”',
      text: `${TOP}PHÓ CHỦ TỊCH\nTrần Văn Bình`,
      findings: [{ line: 5, messageIncludes: '“KT. CHỦ TỊCH”' }],
    },
    {
      name: 'the chức vụ in lower case',
      text: `${TOP}TM. BAN THƯỜNG VỤ\nChủ tịch\nNguyễn Văn An`,
      findings: [{ line: 6, messageIncludes: '“CHỦ TỊCH”', fix: true }],
      output: `${TOP}TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An`,
    },
    {
      name: 'seed 001: the name in capitals after “(đã ký)”',
      text: `${TOP}TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\n(đã ký)\nNÔNG VĂN DŨNG`,
      findings: [{ line: 8, severity: 'warning', messageIncludes: '“Nông Văn Dũng”', fix: true }],
      output: `${TOP}TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\n(đã ký)\nNông Văn Dũng`,
    },
  ],
});
