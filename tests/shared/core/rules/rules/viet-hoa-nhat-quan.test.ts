import rule from '../../../../../shared/core/rules/rules/viet-hoa-nhat-quan.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

ruleTable(rule, {
  valid: [
    // One way of writing each phrase: nothing to unify.
    'Ban Chỉ đạo họp định kỳ.\nCác thành viên Ban Chỉ đạo báo cáo kết quả.',
    // An even split is left alone.
    'Trung tâm Dịch vụ việc làm phối hợp.\nTrung tâm dịch vụ việc làm báo cáo.',
    // "Nhà nước" the State and "ngân sách nhà nước" are other phrases.
    'Chính sách của Nhà nước được thực hiện.\nNguồn kinh phí từ ngân sách nhà nước.',
    // "nhân dân" inside a name is not the special noun.
    'Lắng nghe ý kiến của Nhân dân.\nỦy ban nhân dân xã tổ chức đối thoại.',
    // Names go on after the word: "các Sở Tài chính, Nội vụ", "các Bộ: Tài chính, Công an".
    'Giao các sở, ban, ngành thực hiện.\nPhối hợp với các Sở Tài chính, Nội vụ.\nCác Bộ: Tài chính, Công an.',
    // A capital at a sentence start says nothing.
    'Các sở, ban, ngành triển khai.\nGiao các sở, ban, ngành theo dõi.',
    // "Kế hoạch này" names this plan; "kế hoạch" is also the common noun.
    'Thực hiện Kế hoạch này đúng tiến độ.\nCác đơn vị xây dựng kế hoạch này trước ngày 15.\nĐơn vị lập kế hoạch này kịp thời.',
  ],
  invalid: [
    {
      name: 'a collective common noun capitalised where the document also writes it in lower case',
      text: 'Giao các sở, ban, ngành triển khai.\nĐề nghị các Sở, ban, ngành báo cáo.',
      findings: [{ line: 2, severity: 'warning', range: [12, 14], messageIncludes: 'sở, ban', fix: true }],
      output: 'Giao các sở, ban, ngành triển khai.\nĐề nghị các sở, ban, ngành báo cáo.',
    },
    {
      name: '“nhân dân” in lower case where the document writes “Nhân dân”',
      text: 'Vì lợi ích của Nhân dân.\nChăm lo đời sống nhân dân.',
      findings: [{ line: 2, messageIncludes: 'nên viết hoa', fix: true }],
      output: 'Vì lợi ích của Nhân dân.\nChăm lo đời sống Nhân dân.',
    },
    {
      name: 'the minority form of a body name is unified with the majority',
      text: 'Ban Chỉ đạo họp.\nBan Chỉ đạo kết luận.\nGiao Ban chỉ đạo theo dõi.',
      findings: [{ line: 3, fix: true }],
      output: 'Ban Chỉ đạo họp.\nBan Chỉ đạo kết luận.\nGiao Ban Chỉ đạo theo dõi.',
    },
    {
      name: '“ngân sách Nhà nước” where the document writes “ngân sách nhà nước”',
      text: 'Sử dụng ngân sách nhà nước.\nQuyết toán ngân sách nhà nước.\nDự toán ngân sách Nhà nước năm 2026.',
      findings: [{ line: 3, fix: true }],
      output:
        'Sử dụng ngân sách nhà nước.\nQuyết toán ngân sách nhà nước.\nDự toán ngân sách nhà nước năm 2026.',
    },
    {
      name: 'an enumeration of common nouns after another word',
      text: 'Hướng dẫn các bộ, ngành thực hiện.\nBáo cáo của Bộ, ngành chủ quản.',
      findings: [{ line: 2, fix: true }],
      output: 'Hướng dẫn các bộ, ngành thực hiện.\nBáo cáo của bộ, ngành chủ quản.',
    },
  ],
});
