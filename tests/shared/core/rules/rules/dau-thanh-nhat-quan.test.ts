import rule from '../../../../../shared/core/rules/rules/dau-thanh-nhat-quan.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    {
      name: 'one placement throughout: “hóa”, “ủy”, “khỏe”',
      text: 'Ủy ban nhân dân xã chỉ đạo chuyển đổi số hóa hồ sơ.\nCán bộ giữ gìn sức khỏe, văn hóa công sở.',
    },
    {
      name: 'the other placement throughout: “hoá”, “uỷ”, “thuỷ”',
      text: 'Uỷ ban nhân dân xã chỉ đạo số hoá hồ sơ.\nBảo vệ nguồn thuỷ sản, giữ gìn văn hoá.',
    },
    {
      name: 'syllables both conventions write alike: “hoàn”, “quý”, “khuỷu”, “thuở”, “hoạch”',
      text: 'Hoàn thành kế hoạch quý I.\nChấn thương khuỷu tay từ thuở nhỏ, ủy viên thăm hỏi.',
    },
    {
      name: 'the Quốc hiệu is written either way by NĐ 30 itself and is not counted',
      text: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM.\nỦy ban nhân dân xã chỉ đạo số hóa hồ sơ.',
    },
  ],
  invalid: [
    {
      name: 'the minority form is reported on each of its words, with the majority form as the fix',
      text: 'Ủy ban nhân dân tỉnh ban hành kế hoạch chuyển đổi số hóa.\nCác sở phối hợp với Tỉnh uỷ.\nVăn hóa công sở được giữ gìn.',
      findings: [
        {
          line: 2,
          severity: 'warning',
          range: [25, 27],
          messageIncludes: ['“uỷ”', 'nên viết “ủy”'],
          fix: true,
        },
      ],
      output:
        'Ủy ban nhân dân tỉnh ban hành kế hoạch chuyển đổi số hóa.\nCác sở phối hợp với Tỉnh ủy.\nVăn hóa công sở được giữ gìn.',
    },
    {
      name: 'the fix keeps capitals: “UỶ BAN” becomes “ỦY BAN”',
      text: 'UỶ BAN NHÂN DÂN TỈNH.\nỦy ban chỉ đạo, tăng cường văn hóa và sức khỏe.',
      findings: [{ line: 1, fix: true }],
      output: 'ỦY BAN NHÂN DÂN TỈNH.\nỦy ban chỉ đạo, tăng cường văn hóa và sức khỏe.',
    },
    {
      name: 'old placement as the majority: the new-style word is the one to change',
      text: 'Uỷ ban chỉ đạo số hoá, giữ gìn văn hoá và sức khoẻ.\nPhát triển thủy sản.',
      findings: [{ line: 2, messageIncludes: 'nên viết “thuỷ”', fix: true }],
      output: 'Uỷ ban chỉ đạo số hoá, giữ gìn văn hoá và sức khoẻ.\nPhát triển thuỷ sản.',
    },
    {
      name: 'an even mix is one finding about the whole document, without a fix',
      text: 'Uỷ ban chỉ đạo số hoá hồ sơ.\nỦy ban chỉ đạo văn hóa công sở.',
      findings: [{ block: -1, messageIncludes: 'ngang nhau', fix: false }],
    },
  ],
});
