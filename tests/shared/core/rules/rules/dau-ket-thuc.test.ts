import rule from '../../../../../shared/core/rules/rules/dau-ket-thuc.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';
import { closingTableDoc } from '../../formal/closing-fixtures.ts';

const CLOSE = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An';

ruleTable(rule, {
  valid: [
    {
      name: 'a Party document has no “./.” (HD 36-HD/VPTW)',
      text: `ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ AN BÌNH\nSố 12-BC/ĐU\nBÁO CÁO\nKết quả tháng 5\nNội dung tháng này.\nNơi nhận:\n- Các chi bộ,\n- Lưu Văn phòng Đảng ủy.\nT/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn An`,
    },
    {
      name: 'an excerpt without a closing is not asked for “./.”',
      text: 'I. NỘI DUNG\nCác đơn vị thực hiện.',
    },
    {
      name: 'a date with slashes at the end of an excerpt is no ending mark',
      text: 'I. NỘI DUNG\nHạn nộp ngày 6/6/',
    },
    {
      name: 'the last paragraph ends with “./.”',
      text: `I. NỘI DUNG\nTrên đây là báo cáo của đơn vị./.\n${CLOSE}`,
    },
    {
      name: 'seed 003: “./.” after bold “**11/12/2023**”',
      text: `Gửi về CĐVC tỉnh chậm nhất ngày **11/12/2023**./.\n${CLOSE}`,
    },
    {
      name: '“./.” alone on the next line joins the paragraph',
      text: `Đề nghị các đơn vị thực hiện\n./.\n${CLOSE}`,
    },
    {
      name: 'a blank left to fill then “/.” (NĐ 30 Mẫu: “… đến hết ngày ……/.”)',
      text: `Giấy này có giá trị đến hết ngày ……/.\n${CLOSE}`,
    },
    {
      name: 'no Nơi nhận and no signature: a fragment or an attachment, nothing to say',
      text: 'ĐỀ CƯƠNG BÁO CÁO\nI. TÌNH HÌNH\nNêu rõ khó khăn.',
    },
    {
      name: 'the bottom table of Docs/Word',
      doc: closingTableDoc(['Nơi nhận:', '- Lưu: VT, VP.'], ['CHỦ TỊCH', 'Nguyễn Văn An']),
    },
  ],
  invalid: [
    {
      name: 'a space before “./.”',
      text: `Biên bản kết thúc lúc 11 giờ cùng ngày ./.\n${CLOSE}`,
      findings: [{ line: 1, range: [38, 42], messageIncludes: 'không phải “ ./.”', fix: true }],
      output: `Biên bản kết thúc lúc 11 giờ cùng ngày./.\n${CLOSE.replace(/\n\n/g, '\n')}`,
    },
    {
      name: 'an excerpt whose last paragraph ends in “. /.”: the mark is typed wrong even without a closing',
      text: 'I. NỘI DUNG\nHạn nộp trước ngày 6/6/2024. /.',
      findings: [{ line: 2, messageIncludes: 'không phải “. /.”', fix: true }],
      output: 'I. NỘI DUNG\nHạn nộp trước ngày 6/6/2024./.',
    },
    {
      name: 'seed 002: the body ends with an e-mail address, no “./.”',
      text: `Gửi bản mềm về Văn phòng tại địa chỉ hộp thư: Vanphongldlddb@gmail.com\n${CLOSE}`,
      findings: [
        {
          line: 1,
          severity: 'warning',
          range: [69, 70],
          messageIncludes: 'chưa kết thúc bằng dấu “./.”',
          fix: true,
        },
      ],
      output: `Gửi bản mềm về Văn phòng tại địa chỉ hộp thư: Vanphongldlddb@gmail.com./.\n${CLOSE}`,
    },
    {
      name: 'seed 001 (cover note): a list item ending with “.” right before the signature',
      text: '- Chương trình số 1563/CTr-TLĐ ngày 09/10/2019 về xây dựng đội ngũ chủ tịch công đoàn cơ sở.\nTM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\nĐã ký\nNÔNG VĂN DŨNG',
      findings: [{ line: 1, fix: true }],
      output:
        '- Chương trình số 1563/CTr-TLĐ ngày 09/10/2019 về xây dựng đội ngũ chủ tịch công đoàn cơ sở./.\nTM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH THƯỜNG TRỰC\nĐã ký\nNÔNG VĂN DŨNG',
    },
    {
      name: '“. /.” and “./” typed wrongly are rewritten',
      text: `Đề nghị các đơn vị thực hiện. /.\n${CLOSE}`,
      findings: [{ line: 1, fix: true }],
      output: `Đề nghị các đơn vị thực hiện./.\n${CLOSE}`,
    },
    {
      name: 'a body ending in “:” is unclear: reported without a fix',
      text: `Đề nghị các đơn vị gửi các nội dung sau:\n${CLOSE}`,
      findings: [{ line: 1, fix: false }],
    },
    {
      name: 'each document pasted together is checked at its own end',
      text: `KẾ HOẠCH\nTổ chức hội nghị\nI. MỤC ĐÍCH\nNội dung./.\n${CLOSE}\n----------oOo----------\nKính gửi: Các ban\nĐề nghị các ban cho ý kiến\n${CLOSE}`,
      findings: [{ line: 13, fix: true }],
    },
  ],
});
