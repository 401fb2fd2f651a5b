import rule from '../../../../../shared/core/rules/rules/hoc-vi-nguoi-ky.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';
import { closingTableDoc } from '../../formal/closing-fixtures.ts';

const TOP = 'Nội dung./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nTM. BAN CHẤP HÀNH\nCHỦ TỊCH\n';

ruleTable(rule, {
  valid: [
    { name: 'a bare name', text: `${TOP}Nguyễn Văn An` },
    { name: 'a name that starts like an abbreviation (Thái, Tạ)', text: `${TOP}Thái Thị Thanh` },
    {
      name: 'a name in the bottom table',
      doc: closingTableDoc(['Nơi nhận:', '- Lưu: VT, VP.'], ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH', 'Tạ Văn Sơn']),
    },
    {
      name: '“TS.” in the body is not the signer’s name',
      text: 'TS. Nguyễn Văn An trình bày tham luận./.\nNơi nhận:\n- Lưu: VT, VP.\nTM. BAN CHẤP HÀNH\nCHỦ TỊCH\nLê Văn Cường',
    },
  ],
  invalid: [
    {
      name: 'REFERENCE §5 #8 and the university CĐCS samples: “TS. …” before the signer’s name',
      text: `${TOP}TS. Nguyễn Văn An`,
      findings: [
        {
          line: 7,
          severity: 'warning',
          range: [0, 4],
          messageIncludes: ['“TS.”', 'giáo dục, y tế, khoa học'],
          fix: true,
        },
      ],
      output: `${TOP}Nguyễn Văn An`,
    },
    {
      name: '“PGS.TS.” together',
      text: `${TOP}PGS.TS. Trần Thị Bình`,
      findings: [{ line: 7, messageIncludes: '“PGS.TS.”' }],
      output: `${TOP}Trần Thị Bình`,
    },
    {
      name: '“ThS.” on a name in capitals',
      text: `${TOP}ThS. LÊ VĂN CƯỜNG`,
      findings: [{ line: 7, messageIncludes: '“ThS.”' }],
      output: `${TOP}LÊ VĂN CƯỜNG`,
    },
    {
      name: '“Tiến sĩ” written in full, in the bottom table',
      doc: closingTableDoc(['Nơi nhận:', '- Lưu: VT, VP.'], ['HIỆU TRƯỞNG', 'Tiến sĩ Nguyễn Văn An']),
      findings: [{ block: 4, range: [0, 8] }],
    },
  ],
});
