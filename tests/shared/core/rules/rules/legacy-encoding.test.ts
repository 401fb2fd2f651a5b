import rule from '../../../../../shared/core/rules/rules/legacy-encoding.ts';
import { ruleTable } from '../../../../helpers/rule-tester.ts';

const lines = (...l: string[]) => l.join('\n');

ruleTable(rule, {
  valid: [
    {
      name: 'Unicode Vietnamese',
      text: lines(
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Báo cáo kết quả hoạt động công đoàn 6 tháng đầu năm 2024',
        'Công tác cán bộ, tôn trọng ý kiến đoàn viên.',
      ),
    },
    { name: 'English', text: 'The trade union held its annual meeting on 15 June 2024.' },
    {
      name: 'French with accents',
      text: 'Le café est très bon, à bientôt. Où est la crème brûlée? Déjà vu.',
    },
    'Nơi nhận:\n- LĐLĐ huyện;\n- Lưu: VT, VP.\nTM. BAN THƯỜNG VỤ',
  ],
  invalid: [
    {
      name: 'TCVN3 (.VnTime) text: one document finding whose fix converts every block',
      text: lines(
        'Céng hoµ x· héi chñ nghÜa ViÖt Nam',
        '§éc lËp - Tù do - H¹nh phóc',
        'B¸o c¸o kÕt qu¶ ho¹t ®éng',
      ),
      findings: [
        {
          block: -1,
          severity: 'error',
          range: [0, 0],
          fix: true,
          messageIncludes: ['TCVN3', '“Céng hoµ x· héi chñ nghÜa ViÖt Nam”', 'chuyển mã sang Unicode'],
        },
      ],
      output: lines(
        'Cộng hoà xã hội chủ nghĩa Việt Nam',
        'Độc lập - Tự do - Hạnh phúc',
        'Báo cáo kết quả hoạt động',
      ),
    },
    {
      name: 'VNI (VNI-Times) text',
      text: lines('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Ñoäc laäp - Töï do - Haïnh phuùc'),
      findings: [
        { block: -1, severity: 'error', range: [0, 0], messageIncludes: ['VNI (phông VNI-…)', 'Coäng hoøa'] },
      ],
      output: lines('Cộng hòa xã hội chủ nghĩa Việt Nam', 'Độc lập - Tự do - Hạnh phúc'),
    },
    {
      name: 'a single TCVN3 line',
      text: 'B¸o c¸o kÕt qu¶ ho¹t ®éng',
      findings: [{ block: -1, messageIncludes: '“B¸o c¸o kÕt qu¶ ho¹t ®éng”' }],
      output: 'Báo cáo kết quả hoạt động',
    },
    {
      name: 'a mixed document: the fix converts the TCVN3 lines and leaves the Unicode ones alone',
      text: lines(
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'B¸O C¸O',
        'KÕt qu¶ ho¹t ®éng c«ng ®oµn',
        'Nơi nhận:',
        '- Lưu: VT, VP.',
      ),
      findings: [{ block: -1, messageIncludes: 'TCVN3' }],
      output: lines(
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'BÁO CÁO',
        'Kết quả hoạt động công đoàn',
        'Nơi nhận:',
        '- Lưu: VT, VP.',
      ),
    },
  ],
});
