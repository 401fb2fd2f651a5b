import { describe, expect, it } from 'vitest';
import rule from '../../../../../shared/core/rules/rules/khau-hieu.ts';
import { misquotedSlogan, SLOGANS } from '../../../../../shared/core/text/slogans.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    'Hưởng ứng phong trào “Thực hành tiết kiệm, chống lãng phí” trong cơ quan.',
    'Phong trào “Giỏi việc trường, đảm việc nhà” và “Giỏi việc nước, đảm việc nhà” của nữ đoàn viên.',
    { name: 'capitals are another rule’s business', text: 'Phong trào “Giỏi việc nước, Đảm việc nhà”.' },
    { name: 'a quotation that is no slogan', text: 'Chủ đề năm là “Đoàn kết, kỷ cương, đổi mới, hiệu quả”.' },
    {
      name: 'a slogan extended by two words is a variant',
      text: '“Thực hành tiết kiệm, chống lãng phí, chống tham nhũng, tiêu cực”.',
    },
    {
      name: 'a campaign whose name holds a slogan whole',
      text: 'Thực hiện Chỉ thị 05-CT/TW “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.',
    },
    { name: 'short names are left alone', text: 'Chương trình “Tết Sum vầy năm nay”.' },
  ],
  invalid: [
    {
      name: 'a word added to a slogan',
      text: 'Hưởng ứng phong trào thi đua “Thực hành chống tiết kiệm, chống lãng phí”.',
      findings: [{ line: 1, severity: 'warning', messageIncludes: '“Thực hành tiết kiệm, chống lãng phí”' }],
    },
    {
      name: 'a word dropped from a long campaign name (straight quotes)',
      text: 'Đẩy mạnh "Học tập và làm theo tư tưởng, phong cách Hồ Chí Minh" trong đoàn viên.',
      findings: [{ line: 1, messageIncludes: 'đạo đức' }],
    },
  ],
});

describe('misquotedSlogan', () => {
  it('never reports a listed slogan as a misquote of another', () => {
    for (const slogan of SLOGANS) expect(misquotedSlogan(slogan), slogan).toBeNull();
  });
});
