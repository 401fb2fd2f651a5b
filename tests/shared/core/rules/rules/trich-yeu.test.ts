import rule from '../../../../../shared/core/rules/rules/trich-yeu.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const HEAD = 'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN AN LÃO\tĐộc lập - Tự do - Hạnh phúc';
const SO = 'Số: 21/KH-UBND\tAn Lão, ngày 04 tháng 3 năm 2025';

ruleTable(rule, {
  valid: [
    {
      name: 'a trích yếu in lower case under the tên loại',
      text: `${HEAD}\n${SO}\nKẾ HOẠCH\nTổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2025\nI. MỤC ĐÍCH, YÊU CẦU`,
    },
    {
      name: 'a Quyết định: the deciding authority in capitals is not the trích yếu',
      text: `${HEAD}\nSố: 15/QĐ-UBND\tAn Lão, ngày 04 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN LÃO\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;`,
    },
    {
      name: 'a Quyết định without trích yếu: the authority line right under the tên loại is not one',
      text: `${HEAD}\nSố: 15/QĐ-UBND\tAn Lão, ngày 04 tháng 3 năm 2025\nQUYẾT ĐỊNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN LÃO\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;`,
    },
    {
      name: 'an outline (đề cương) writes its title in capitals',
      text: 'Số: 05/LĐLĐ\nĐỀ CƯƠNG\nBÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2024\nI. KẾT QUẢ',
    },
    {
      name: 'a fragment without Số or date line is not judged',
      text: 'KẾ HOẠCH\nTỔ CHỨC HỘI THAO CÔNG NHÂN\nI. MỤC ĐÍCH',
    },
    {
      name: 'a short body sentence read as a second trích yếu line is not judged',
      text: `${SO}\nTHÔNG BÁO\nKết luận của Chủ tịch\nNgày 03 tháng 3 năm 2025, Chủ tịch chủ trì cuộc họp.`,
    },
    {
      name: 'an ellipsis left for the writer is not a full stop',
      text: `${SO}\nBÁO CÁO\nKết quả hoạt động quý …\nI. KẾT QUẢ`,
    },
  ],
  invalid: [
    {
      name: 'a trích yếu in capitals under the tên loại',
      text: `${HEAD}\n${SO}\nKẾ HOẠCH\nTỔ CHỨC NGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC NĂM 2025\nI. MỤC ĐÍCH, YÊU CẦU`,
      findings: [
        { line: 5, severity: 'warning', fix: false, messageIncludes: ['viết in hoa toàn bộ', 'II.5.b'] },
      ],
    },
    {
      name: 'a long trích yếu in capitals over two lines, then the deciding authority',
      text: `${HEAD}\nSố: 15/QĐ-UBND\tAn Lão, ngày 04 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC\nRÀ SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2025\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN LÃO\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;`,
      findings: [{ line: 5 }, { line: 6 }],
    },
    {
      name: 'the trích yếu of an attached Quy chế in capitals',
      text: `${HEAD}\nSố: 15/QĐ-UBND\tAn Lão, ngày 04 tháng 3 năm 2025\nQUYẾT ĐỊNH\nBan hành Quy chế làm việc\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\nNơi nhận:\n- Lưu: VT.\nQUY CHẾ\nLÀM VIỆC CỦA TỔ CÔNG TÁC\n(Kèm theo Quyết định số 15/QĐ-UBND ngày 04 tháng 3 năm 2025)\nChương I`,
      findings: [{ line: 10, messageIncludes: 'LÀM VIỆC CỦA TỔ CÔNG TÁC' }],
    },
    {
      name: 'a trích yếu ending with a full stop',
      text: `${SO}\nTHÔNG BÁO\nKết luận của Chủ tịch tại cuộc họp giao ban tháng 3.\nThực hiện chương trình công tác, Chủ tịch chủ trì cuộc họp giao ban.`,
      findings: [{ line: 3, range: [51, 52], fix: true, messageIncludes: 'không kết thúc bằng dấu chấm' }],
      output: `${SO}\nTHÔNG BÁO\nKết luận của Chủ tịch tại cuộc họp giao ban tháng 3\nThực hiện chương trình công tác, Chủ tịch chủ trì cuộc họp giao ban.`,
    },
  ],
});
