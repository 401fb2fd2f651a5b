import rule from '../../../../../shared/core/rules/rules/lap-tu.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    'Người người thi đua, nhà nhà thi đua, ngày ngày chăm lo cho đoàn viên.',
    'Nội dung còn chung chung; từng bước dần dần hoàn thiện.',
    'Công nhân đi đi lại lại giữa hai ca, tầng tầng lớp lớp tham gia.',
    {
      name: 'a word ending in “số”, then “số” before a number: “mã số số 001”',
      text: 'Trên cơ sở Đơn đề nghị xác định mã số số 001 ngày 23/9/2025; chỉ số số 3 của bảng.',
    },
    {
      name: 'the end of one word and the start of the next: “hành vi vi phạm”, “giao thông thông minh”',
      text: 'Xử lý nghiêm hành vi vi phạm; phát triển giao thông thông minh; phân công công việc cụ thể.',
    },
    { name: 'a name written twice is a name', text: 'Đồng chí Lê Lê An phát biểu.' },
    {
      name: 'a body named by its function, then the same word as a verb',
      text: 'Ủy ban kiểm tra kiểm tra tài chính 2 lần; Ban tổ chức tổ chức hội nghị đúng hạn.',
    },
    { name: 'numbers are not words', text: 'Tăng 10 10 lần.' },
    { name: 'a repeat across punctuation is two clauses', text: 'Đã hoàn thành, hoàn thành đúng hạn.' },
  ],
  invalid: [
    {
      name: '“số số” before a number with no word ending in “số” before it',
      text: 'Theo Quyết định số số 12/QĐ-LĐLĐ.',
      findings: [{ line: 1, fix: true }],
      output: 'Theo Quyết định số 12/QĐ-LĐLĐ.',
    },
    {
      name: 'a word typed twice: the fix removes the second copy',
      text: 'Đề nghị các các đơn vị gửi báo cáo.',
      findings: [{ line: 1, severity: 'warning', range: [8, 15], messageIncludes: '“các”', fix: true }],
      output: 'Đề nghị các đơn vị gửi báo cáo.',
    },
    {
      name: 'a two-word phrase typed twice',
      text: 'Rà soát thủ tục thủ tục hành chính của đơn vị.',
      findings: [{ line: 1, messageIncludes: '“thủ tục”', fix: true }],
      output: 'Rà soát thủ tục hành chính của đơn vị.',
    },
    {
      name: 'the end of a listed word doubled where nothing starts a word after it',
      text: 'Giao cơ quan quan tham mưu tổng hợp.',
      findings: [{ line: 1, messageIncludes: '“quan”', fix: true }],
      output: 'Giao cơ quan tham mưu tổng hợp.',
    },
    {
      name: 'a capital at the start of a sentence is still a slip',
      text: 'Của của đơn vị.\nHoàn thành trước trước ngày 15/12.',
      findings: [{ line: 1 }, { line: 2 }],
      output: 'Của đơn vị.\nHoàn thành trước ngày 15/12.',
    },
  ],
});
