import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLegacy,
  detectLegacyEncoding,
  hasLegacyHint,
  LEGACY_HINT,
} from '../../../../shared/core/text/legacy-encoding.ts';
import { TCVN3_TO_UNICODE, VNI_LETTERS, VNI_SIGNATURE } from '../../../../shared/core/text/legacy-tables.ts';
import { anyText, trickyText } from './arbitraries.ts';

describe('decodeLegacy: TCVN3 (.VnTime)', () => {
  const cases: [tcvn3: string, unicode: string][] = [
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['B¸o c¸o', 'Báo cáo'],
    // One word per row of the table, so that every entry is pinned by a real word.
    ['µ ¶ · ¸ ¹', 'à ả ã á ạ'],
    ['¨n n»m tÈm l½ng b¾t mÆt', 'ăn nằm tẩm lẵng bắt mặt'],
    ['©m tÇm tÈy lÉy gÊp lËp', 'âm tầm tẩy lẫy gấp lập'],
    ['®oµn', 'đoàn'],
    ['vÌ kÎ kÏ vÐ mÑ', 'vè kẻ kẽ vé mẹ'],
    ['ªm vÒ thÓ lÔ tÕt thÖ', 'êm về thể lễ tết thệ'],
    ['th× tØnh nghÜa xÝ lÞch', 'thì tỉnh nghĩa xí lịch'],
    ['hßa ná cã cãi bä', 'hòa nỏ có cói bọ'],
    ['«ng ®ång tæ gç cèt ®éc', 'ông đồng tổ gỗ cốt độc'],
    ['¬n ®êi ë vì lín hîp', 'ơn đời ở vỡ lớn hợp'],
    ['ïa chñ cò tróc cô', 'ùa chủ cũ trúc cụ'],
    ['\u00adu t\u00f5 s\u00f6a n\u00f7a t\u00f8c t\u00f9', 'ưu từ sửa nữa tức tự'],
    ['kú kû kü ý kþ', 'kỳ kỷ kỹ ý kỵ'],
    ['¡ ¢ £ ¤ ¥ ¦ §', 'Ă Â Ê Ô Ơ Ư Đ'],
    ['C¤NG §OµN', 'CÔNG ĐOÀN'],
  ];
  it.each(cases)('decodes %j', (tcvn3, unicode) => {
    expect(decodeLegacy(tcvn3, 'tcvn3')).toBe(unicode);
  });

  it('writes capitals on a .VnTimeH line and in a word with inner capitals', () => {
    expect(decodeLegacy('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3')).toBe(
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    );
    expect(decodeLegacy('B¸O C¸O kÕt qu¶', 'tcvn3')).toBe('BÁO CÁO kết quả');
    expect(decodeLegacy('B¸o c¸o\nB¸O C¸O', 'tcvn3')).toBe('Báo cáo\nBÁO CÁO');
  });

  it('has the 67 lowercase letters with diacritics and 7 capitals, none twice', () => {
    expect(TCVN3_TO_UNICODE.size).toBe(74);
    expect(new Set(TCVN3_TO_UNICODE.values()).size).toBe(74);
  });
});

describe('decodeLegacy: VNI (VNI-Times)', () => {
  const cases: [vni: string, unicode: string][] = [
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Baùo caùo', 'Báo cáo'],
    ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    // Tones, circumflex and breve families, and the whole-letter bytes.
    ['laø laù laû laõ laï', 'là lá lả lã lạ'],
    ['caâu caàu caáu caåu caãu caäu', 'câu cầu cấu cẩu cẫu cậu'],
    ['aên aèn aén aún aün aën', 'ăn ằn ắn ẳn ẵn ặn'],
    ['Vôùi ngöôøi lao ñoäng, coâng ñoaøn cô sôû', 'Với người lao động, công đoàn cơ sở'],
    ['ì í æ ó ò î', 'ì í ỉ ĩ ị ỵ'],
    ['Ì Í Æ Ó Ò Î Ñ Ô Ö', 'Ì Í Ỉ Ĩ Ị Ỵ Đ Ơ Ư'],
    ['kyù kyø kyû kyõ', 'ký kỳ kỷ kỹ'],
    ['ÑAÏI HOÄI ÑAÏI BIEÅU', 'ĐẠI HỘI ĐẠI BIỂU'],
  ];
  it.each(cases)('decodes %j', (vni, unicode) => {
    expect(decodeLegacy(vni, 'vni')).toBe(unicode);
  });

  it('leaves a mark that follows no vowel as it is', () => {
    expect(decodeLegacy('xù ø', 'vni')).toBe('xù ø');
  });

  it('has 18 whole-letter bytes and 34 mark bytes', () => {
    expect(VNI_LETTERS.size).toBe(18);
    expect(VNI_SIGNATURE.size).toBe(18 + 34);
  });
});

describe('detectLegacyEncoding', () => {
  const legacy: [text: string, encoding: 'tcvn3' | 'vni'][] = [
    ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3'],
    ['§éc lËp - Tù do - H¹nh phóc', 'tcvn3'],
    ['B¸o c¸o', 'tcvn3'],
    ['CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'vni'],
    ['Baùo caùo', 'vni'],
  ];
  it.each(legacy)('recognizes %j', (text, encoding) => {
    const guess = detectLegacyEncoding(text);
    expect(guess?.encoding).toBe(encoding);
    expect(guess?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(guess?.confidence).toBeLessThanOrEqual(1);
  });

  it('quotes the text from the first garbled word', () => {
    expect(
      detectLegacyEncoding(
        'Kính gửi: Ban Thường vụ\nB¸o c¸o kÕt qu¶ ho¹t ®éng c«ng ®oµn n¨m 2020 vµ ph\u00ad¬ng h\u00adíng',
      ),
    ).toEqual({
      encoding: 'tcvn3',
      confidence: 0.92, // "Kính" on the Unicode line counts against
      sample: 'B¸o c¸o kÕt qu¶ ho¹t ®éng c«ng ®oµn n¨m',
    });
  });

  const notLegacy: [name: string, text: string][] = [
    ['Unicode Vietnamese', 'Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Báo cáo.'],
    ['Unicode Vietnamese in capitals', 'BÁO CÁO KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2020'],
    ['Latin-1-only Vietnamese words', 'là và có các báo cáo hòa thì mà nó tôi'],
    ['English', 'The quick brown fox jumps over the lazy dog.'],
    ['French', 'café à la crème'],
    ['French with où', 'Je sais où tu vas, là où il est'],
    ['French with tôt and dû', 'Il est tôt, il a dû partir'],
    ['a lone naïve', 'naïve'],
    ['Spanish', 'Ñoño ¿Dónde está el niño? Aún así, mañana.'],
    ['German', 'Schön für Mädchen über Öl'],
    ['Catalan, guillemets and signs', 'col·lecció «Bonjour» 5 µg § 3 © 2020'],
    ['the look-alike ETH in a number', 'Quyết định số 265/QÐ-TLĐ'],
    ['an empty string', ''],
  ];
  it.each(notLegacy)('stays silent on %s', (_name, text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  it('never throws, on anything', () => {
    for (const arb of [anyText, trickyText, fc.string({ unit: 'binary' })]) {
      fc.assert(
        fc.property(arb, (text) => {
          const guess = detectLegacyEncoding(text);
          if (guess !== null) expect(guess.confidence).toBeLessThanOrEqual(1);
          decodeLegacy(text, 'tcvn3');
          decodeLegacy(text, 'vni');
        }),
      );
    }
  });

  it('decodes to NFC and leaves ASCII untouched', () => {
    fc.assert(
      fc.property(trickyText, fc.constantFrom('tcvn3' as const, 'vni' as const), (text, encoding) => {
        const decoded = decodeLegacy(text, encoding);
        expect(decoded).toBe(decoded.normalize('NFC'));
      }),
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => decodeLegacy(s, 'vni') === s));
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => decodeLegacy(s, 'tcvn3') === s));
  });
});

describe('hasLegacyHint', () => {
  it('answers like LEGACY_HINT, its definition, on every unit and every pair of Latin units', () => {
    const differ: string[] = [];
    for (let a = 0; a < 0x10000; a++) {
      const one = String.fromCharCode(a);
      if (hasLegacyHint(one) !== LEGACY_HINT.test(one)) differ.push(one);
    }
    for (let a = 0; a < 0x180; a++) {
      for (let b = 0; b < 0x180; b++) {
        const pair = String.fromCharCode(a, b);
        if (hasLegacyHint(pair) !== LEGACY_HINT.test(pair)) differ.push(pair);
      }
    }
    expect(differ).toEqual([]);
  });

  it('answers like LEGACY_HINT on random text', () => {
    for (const text of [trickyText, anyText])
      fc.assert(
        fc.property(text, (t) => hasLegacyHint(t) === LEGACY_HINT.test(t)),
        { numRuns: 3000 },
      );
  });
});
