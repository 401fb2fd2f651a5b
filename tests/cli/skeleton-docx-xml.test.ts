import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltInOutlines } from '../../cli/load-outlines.ts';
import type { Block, DocModel } from '../../shared/core/document/doc-model.ts';
import type { Outline } from '../../shared/core/outline/outline-schema.ts';
import { renderSkeleton } from '../../shared/core/outline/render-skeleton.ts';
import type { SkeletonBlock } from '../../shared/core/outline/skeleton-block.ts';
import { checkDocument } from '../../shared/core/rules/check-document.ts';
import { skeletonToDocx } from '../../shared/docx/skeleton-docx.ts';
import { PART_RULE_SHARE, ruleIndentPt, textWidthPt } from '../../shared/docx/text-width.ts';

// The Word file itself, opened as Word opens it: the zip, then the XML of the page, the styles and
// every paragraph. Independent of any .docx reader: the NĐ 30 layout must be in the file.

const { outlines } = loadBuiltInOutlines();
const byId = (id: string) => outlines.find((o) => o.id === id) as Outline;
const PARAMS = {
  capTren: 'Công đoàn Giáo dục huyện Hòa An',
  donVi: 'Công đoàn cơ sở Trường Tiểu học Hòa Bình',
  so: '07',
  kyHieu: 'BC-CĐCS',
  diaDanh: 'Cao Bằng',
  nguoiKy: 'Nguyễn Thị Lan',
};
/** A công văn's ký hiệu names no type (NĐ 30, Phụ lục I, II.3); the others start with theirs. */
const paramsFor = (o: Outline) =>
  ['cong-van', 'de-cuong'].includes(o.documentType) ? { ...PARAMS, kyHieu: 'CĐCS-VP' } : PARAMS;
const MM_PER_TWIP = 25.4 / 1440;

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
/** <w:b/> or <w:b w:val="true"/> is on; <w:b w:val="false"/> or none is off. */
const on = (rPr: string, tag: string) => {
  const m = new RegExp(`<${tag}(?:\\s+w:val="([^"]*)")?\\s*/>`).exec(rPr);
  return m !== null && m[1] !== 'false' && m[1] !== '0';
};

interface XmlParagraph {
  text: string;
  style?: string;
  jc?: string;
  /** Each run's properties. */
  runs: string[];
  border: boolean;
  indentLeft: number;
  table?: { table: number; cell: number };
}

/** document.xml → its paragraphs in order, each with the table cell it sits in. */
function paragraphs(xml: string): XmlParagraph[] {
  const out: XmlParagraph[] = [];
  let table = -1;
  let cell = -1;
  let inTable = false;
  for (const m of xml.matchAll(
    /<w:tbl>|<\/w:tbl>|<w:tc>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g,
  )) {
    const token = m[0];
    if (token === '<w:tbl>') {
      table++;
      cell = -1;
      inTable = true;
    } else if (token === '</w:tbl>') inTable = false;
    else if (token === '<w:tc>') cell++;
    else {
      const body = m[1] ?? '';
      const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
      const style = attr(pPr, 'w:pStyle', 'w:val');
      const jc = attr(pPr, 'w:jc', 'w:val');
      out.push({
        text: decode([...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
        ...(style ? { style } : {}),
        ...(jc ? { jc } : {}),
        runs: [...body.matchAll(/<w:r>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/g)].map((r) => r[1] ?? ''),
        border: /<w:pBdr>[\s\S]*<w:bottom w:val="single"/.test(pPr),
        indentLeft: Number(attr(pPr, 'w:ind', 'w:left') ?? 0),
        ...(inTable ? { table: { table, cell } } : {}),
      });
    }
  }
  return out;
}

async function open(blocks: readonly SkeletonBlock[]) {
  const zip = await JSZip.loadAsync(await skeletonToDocx(blocks, 'Báo cáo thử'));
  const read = (path: string) => zip.file(path)?.async('string') ?? Promise.resolve('');
  return {
    files: Object.keys(zip.files),
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    core: await read('docProps/core.xml'),
    types: await read('[Content_Types].xml'),
  };
}

/**
 * What the file says of each paragraph, as a DocModel: text, heading level, bold, italic, size, font,
 * alignment, table cell; the page from the section. The format rules then run on the file itself.
 */
function docModelOf(xml: string, defaultFont: string): DocModel {
  const JC = { center: 'center', both: 'justify', left: 'left', right: 'right' } as const;
  const blocks: Block[] = paragraphs(xml)
    .filter((p) => p.text.trim() !== '')
    .map((p) => {
      const r = p.runs[0] ?? '';
      const size = Number(attr(r, 'w:sz', 'w:val') ?? 28) / 2;
      const level = /^Heading([1-6])$/.exec(p.style ?? '')?.[1];
      return {
        text: p.text,
        style: {
          ...(level ? { headingLevel: Number(level) } : {}),
          bold: on(r, 'w:b'),
          italic: on(r, 'w:i'),
          fontSizePt: size,
          fontFamily: attr(r, 'w:rFonts', 'w:ascii') ?? defaultFont,
          ...(p.jc && p.jc in JC ? { alignment: JC[p.jc as keyof typeof JC] } : {}),
        },
        ...(p.table ? { table: { table: p.table.table, row: 0, cell: p.table.cell } } : {}),
      };
    });
  const mm = (name: string) => Number(attr(xml, 'w:pgMar', name)) * MM_PER_TWIP;
  return {
    blocks,
    meta: {
      name: 'thử.docx',
      source: 'docx',
      styled: true,
      page: {
        widthMm: Number(attr(xml, 'w:pgSz', 'w:w')) * MM_PER_TWIP,
        heightMm: Number(attr(xml, 'w:pgSz', 'w:h')) * MM_PER_TWIP,
        marginTopMm: mm('w:top'),
        marginBottomMm: mm('w:bottom'),
        marginLeftMm: mm('w:left'),
        marginRightMm: mm('w:right'),
      },
    },
  };
}

describe('the .docx of a skeleton, opened as XML', () => {
  const outline = byId('bao-cao-6-thang');
  const blocks = renderSkeleton(outline, PARAMS, new Date(2026, 6, 3));
  let file: Awaited<ReturnType<typeof open>>;
  let paras: XmlParagraph[];
  beforeAll(async () => {
    file = await open(blocks);
    paras = paragraphs(file.document);
  });

  it('is a WordprocessingML package with its document, styles, header and title', () => {
    expect(file.types).toContain('wordprocessingml.document.main+xml');
    for (const part of ['word/document.xml', 'word/styles.xml', 'docProps/core.xml'])
      expect(file.files).toContain(part);
    expect(file.core).toContain('<dc:title>Báo cáo thử</dc:title>');
  });

  it('sets A4 portrait and margins inside NĐ 30’s ranges (top, bottom 20–25; left 30–35; right 15–20 mm)', () => {
    const d = file.document;
    expect(Number(attr(d, 'w:pgSz', 'w:w')) * MM_PER_TWIP).toBeCloseTo(210, 0);
    expect(Number(attr(d, 'w:pgSz', 'w:h')) * MM_PER_TWIP).toBeCloseTo(297, 0);
    const ranges: Array<[string, number, number]> = [
      ['w:top', 20, 25],
      ['w:bottom', 20, 25],
      ['w:left', 30, 35],
      ['w:right', 15, 20],
    ];
    for (const [side, min, max] of ranges) {
      const mm = Number(attr(d, 'w:pgMar', side)) * MM_PER_TWIP;
      expect(mm, side).toBeGreaterThanOrEqual(min);
      expect(mm, side).toBeLessThanOrEqual(max);
    }
    // Page numbers in the header, not on the first page.
    expect(d).toContain('<w:titlePg/>');
    expect(d).toMatch(/<w:headerReference w:type="first"/);
  });

  it('writes Times New Roman 14 by default and every run in Times New Roman at 11–14 pt', () => {
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(file.styles)?.[1] ?? '';
    expect(attr(defaults, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('28');
    expect(attr(defaults, 'w:lang', 'w:val')).toBe('vi-VN');
    const runs = paras.flatMap((p) => p.runs);
    expect(runs.length).toBeGreaterThan(40);
    for (const r of runs) {
      expect(attr(r, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
      const half = Number(attr(r, 'w:sz', 'w:val'));
      expect(half).toBeGreaterThanOrEqual(22);
      expect(half).toBeLessThanOrEqual(28);
    }
  });

  it('gives headings Word’s Heading 1–3 styles with outline levels, their labels typed in the text', () => {
    for (const level of [1, 2, 3]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}">([\\s\\S]*?)</w:style>`).exec(
        file.styles,
      )?.[1];
      expect(style, `Heading${level}`).toBeDefined();
      expect(attr(style ?? '', 'w:name', 'w:val')?.toLowerCase()).toBe(`heading ${level}`);
      expect(attr(style ?? '', 'w:outlineLvl', 'w:val')).toBe(String(level - 1));
      expect(attr(style ?? '', 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    }
    const expected = blocks
      .filter((b) => b.style.headingLevel !== undefined)
      .map((b) => [`Heading${b.style.headingLevel}`, b.text]);
    const written = paras.filter((p) => p.style?.startsWith('Heading')).map((p) => [p.style, p.text]);
    expect(written).toEqual(expected);
    expect(written).toContainEqual(['Heading1', 'I. ĐẶC ĐIỂM TÌNH HÌNH']);
    expect(written).toContainEqual(['Heading2', '1. Thuận lợi']);
  });

  it('writes guidance grey and italic, and nothing else grey', () => {
    const guidance = new Set(blocks.filter((b) => b.role === 'guidance').map((b) => b.text));
    expect(guidance.size).toBeGreaterThan(5);
    for (const p of paras.filter((p) => p.runs.length > 0)) {
      const grey = attr(p.runs[0] ?? '', 'w:color', 'w:val') === '7F7F7F';
      expect(grey, p.text).toBe(guidance.has(p.text));
      if (grey) expect(on(p.runs[0] ?? '', 'w:i'), p.text).toBe(true);
    }
  });

  it('puts the header in a two-column borderless table: cơ quan and số left, Quốc hiệu right', () => {
    const tables = [...file.document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1] ?? '');
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      expect(t.match(/<w:gridCol /g)).toHaveLength(2);
      const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(t)?.[1] ?? '';
      expect([...borders.matchAll(/w:val="([^"]+)"/g)].map((m) => m[1])).toEqual(Array(6).fill('none'));
    }
    const cell = (table: number, c: number) =>
      paras.filter((p) => p.table?.table === table && p.table.cell === c && p.text).map((p) => p.text);
    expect(cell(0, 0)).toEqual([
      'CÔNG ĐOÀN GIÁO DỤC HUYỆN HÒA AN',
      'CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HÒA BÌNH',
      'Số: 07/BC-CĐCS',
    ]);
    expect(cell(0, 1).slice(0, 2)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(cell(0, 1)[2]).toBe('Cao Bằng, ngày 03 tháng 7 năm 2026');
    expect(cell(1, 0)[0]).toBe('Nơi nhận:');
    expect(cell(1, 1)).toEqual(['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH', 'Nguyễn Thị Lan']);
  });

  it('draws the short rules: under the issuing body, under the Tiêu ngữ, under the trích yếu', () => {
    const ruled = paras.flatMap((p, i) => (p.border ? [paras[i - 1]?.text] : []));
    expect(ruled).toEqual([
      'CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HÒA BÌNH',
      'Độc lập - Tự do - Hạnh phúc',
      blocks.find((b) => b.role === 'subject')?.text,
    ]);
    for (const p of paras.filter((p) => p.border)) expect(p.text).toBe('');
  });

  it('writes Nơi nhận bold italic 12 pt and its list upright 11 pt; the signature bold', () => {
    const noiNhan = paras.find((p) => p.text === 'Nơi nhận:')?.runs[0] ?? '';
    expect([on(noiNhan, 'w:b'), on(noiNhan, 'w:i'), attr(noiNhan, 'w:sz', 'w:val')]).toEqual([
      true,
      true,
      '24',
    ]);
    const list = paras.filter((p) => p.table?.table === 1 && p.table.cell === 0 && p.text.startsWith('- '));
    expect(list.length).toBeGreaterThan(1);
    for (const p of list) {
      expect(attr(p.runs[0] ?? '', 'w:sz', 'w:val')).toBe('22');
      expect(on(p.runs[0] ?? '', 'w:i')).toBe(false);
    }
    for (const p of paras.filter((p) => p.table?.table === 1 && p.table.cell === 1 && p.text))
      expect(on(p.runs[0] ?? '', 'w:b'), p.text).toBe(true);
  });
});

describe('the NĐ 30 format rules, run on what the .docx file says', () => {
  // The rules on fonts, sizes, alignment and page that need a styled reader: none may fire.
  const FORMAT_RULES = [
    'phong-chu',
    'co-chu',
    'trang-giay',
    'dinh-dang-thanh-phan',
    'quoc-hieu-tieu-ngu',
    'heading-style',
    'heading-level',
    'ten-loai-trich-yeu',
    'ngay-thang',
    'noi-nhan',
  ];

  it.each(outlines.map((o) => [o.id, o] as const))('%s: no format fault', async (_, outline) => {
    const { document } = await open(renderSkeleton(outline, paramsFor(outline), new Date(2026, 6, 3)));
    const doc = docModelOf(document, 'Times New Roman');
    expect(doc.blocks.some((b) => b.style.headingLevel === 1)).toBe(true);
    const result = checkDocument(doc, { outline, outlines });
    const faults = result.findings
      .filter((f) => FORMAT_RULES.includes(f.ruleId))
      .map((f) => `${f.ruleId}: ${f.message} «${doc.blocks[f.block]?.text ?? ''}»`);
    expect(faults).toEqual([]);
  });

  it('and the same check flags the file once spoiled: Arial 12, a 20 mm left margin, a Quốc hiệu not bold', async () => {
    const outline = byId('bao-cao-6-thang');
    const { document } = await open(renderSkeleton(outline, PARAMS, new Date(2026, 6, 3)));
    const spoilt = document
      .replace(/w:ascii="Times New Roman"/g, 'w:ascii="Arial"')
      .replace(/<w:sz w:val="28"\/>/g, '<w:sz w:val="24"/>')
      .replace(/(<w:pgMar [^>]*w:left=")\d+"/, '$11134"')
      .replace(/<w:b\/>(<w:bCs\/>(?:(?!<\/w:p>).)*CỘNG HÒA XÃ HỘI)/, '<w:b w:val="false"/>$1');
    const result = checkDocument(docModelOf(spoilt, 'Arial'), { outline, outlines });
    const rules = new Set(result.findings.map((f) => f.ruleId));
    for (const rule of ['phong-chu', 'co-chu', 'trang-giay']) expect(rules, rule).toContain(rule);
    expect(result.findings.some((f) => /Quốc hiệu/.test(f.message) && /đậm/.test(f.message))).toBe(true);
  });
});

describe('rule lines under a centred line (shared/docx/text-width.ts)', () => {
  const line = fc.record({
    text: fc.string({ minLength: 1, maxLength: 80 }),
    size: fc.integer({ min: 11, max: 14 }),
    bold: fc.boolean(),
    available: fc.integer({ min: 100, max: 470 }),
  });

  it('a "text" rule is as long as the line, never longer than the room', () => {
    fc.assert(
      fc.property(line, ({ text, size, bold, available }) => {
        const length = available - 2 * ruleIndentPt('text', text, size, bold, available);
        return Math.abs(length - Math.min(textWidthPt(text, size, bold), available)) < 1e-6;
      }),
    );
  });

  it('a "part" rule is 1/3 to 1/2 of the line (NĐ 30, Phụ lục I, II.2.b)', () => {
    expect(PART_RULE_SHARE).toBeGreaterThanOrEqual(1 / 3);
    expect(PART_RULE_SHARE).toBeLessThanOrEqual(1 / 2);
    fc.assert(
      fc.property(line, ({ text, size, bold, available }) => {
        const full = Math.min(textWidthPt(text, size, bold), available);
        const length = available - 2 * ruleIndentPt('part', text, size, bold, available);
        return length >= full / 3 - 1e-6 && length <= full / 2 + 1e-6;
      }),
    );
  });

  it('estimates capitals wider than lower case, bold wider than regular', () => {
    expect(textWidthPt('ĐỘC LẬP', 13)).toBeGreaterThan(textWidthPt('độc lập', 13));
    expect(textWidthPt('Độc lập', 13, true)).toBeGreaterThan(textWidthPt('Độc lập', 13));
    // The Tiêu ngữ at 13 pt bold is about 6 cm in Times New Roman: the rule must be near it.
    const cm = (textWidthPt('Độc lập - Tự do - Hạnh phúc', 13, true) / 72) * 2.54;
    expect(cm).toBeGreaterThan(5);
    expect(cm).toBeLessThan(7.5);
  });
});
