import JSZip from 'jszip';

/**
 * Word files written by hand, part by part, as Word writes them: the fixtures of the .docx reader.
 * Each builder returns the XML of one element; `docx()` zips the parts with their relationships.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A run: its text (tabs and line breaks as Word writes them) and its rPr children. */
export function run(text: string, rPr = ''): string {
  const content = text
    .split(/(\t|\n)/)
    .map((t) =>
      t === '\t' ? '<w:tab/>' : t === '\n' ? '<w:br/>' : t ? `<w:t xml:space="preserve">${esc(t)}</w:t>` : '',
    )
    .join('');
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${content}</w:r>`;
}

export interface ParagraphOptions {
  style?: string;
  /** [numId, ilvl]: a paragraph numbered by Word. */
  num?: [number, number];
  jc?: 'left' | 'center' | 'right' | 'both';
  /** More pPr children (w:ind …). */
  pPr?: string;
  /** The rPr children of the paragraph's one run. */
  rPr?: string;
}

/** A paragraph of one run (or of the given runs' XML when `text` starts with "<w:r"). */
export function p(text: string, o: ParagraphOptions = {}): string {
  const pPr =
    (o.style ? `<w:pStyle w:val="${o.style}"/>` : '') +
    (o.num ? `<w:numPr><w:ilvl w:val="${o.num[1]}"/><w:numId w:val="${o.num[0]}"/></w:numPr>` : '') +
    (o.pPr ?? '') +
    (o.jc ? `<w:jc w:val="${o.jc}"/>` : '');
  const runs = text.startsWith('<w:r') ? text : run(text, o.rPr);
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

/** A borderless table; each cell is the XML of its paragraphs. */
export function tbl(rows: string[][], tblPr = ''): string {
  const cells = (row: string[]) =>
    row.map((c) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${c}</w:tc>`).join('');
  return `<w:tbl><w:tblPr>${tblPr}<w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid/>${rows.map((r) => `<w:tr>${cells(r)}</w:tr>`).join('')}</w:tbl>`;
}

export interface StyleOptions {
  type?: 'paragraph' | 'character' | 'table' | 'numbering';
  name?: string;
  basedOn?: string;
  pPr?: string;
  rPr?: string;
  isDefault?: boolean;
}

export function style(id: string, o: StyleOptions = {}): string {
  return (
    `<w:style w:type="${o.type ?? 'paragraph'}"${o.isDefault ? ' w:default="1"' : ''} w:styleId="${id}">` +
    `<w:name w:val="${o.name ?? id}"/>${o.basedOn ? `<w:basedOn w:val="${o.basedOn}"/>` : ''}` +
    `${o.pPr ? `<w:pPr>${o.pPr}</w:pPr>` : ''}${o.rPr ? `<w:rPr>${o.rPr}</w:rPr>` : ''}</w:style>`
  );
}

/** styles.xml: docDefaults (rPr children) and the styles. */
export function styles(defaultRPr: string, ...list: string[]): string {
  return (
    `${HEAD}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${defaultRPr}</w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>${list.join('')}</w:styles>`
  );
}

/** Times New Roman 14 in Normal, Heading 1–2 bold, as an NĐ 30 template has them. */
export const ND30_STYLES = styles(
  '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>',
  style('Normal', { name: 'Normal', isDefault: true }),
  style('Heading1', {
    name: 'heading 1',
    basedOn: 'Normal',
    pPr: '<w:outlineLvl w:val="0"/>',
    rPr: '<w:b/>',
  }),
  style('Heading2', {
    name: 'heading 2',
    basedOn: 'Normal',
    pPr: '<w:outlineLvl w:val="1"/>',
    rPr: '<w:b/>',
  }),
  style('Title', { name: 'Title', basedOn: 'Normal', rPr: '<w:b/>' }),
);

export interface LevelOptions {
  fmt: string;
  text: string;
  start?: number;
  restart?: number;
  pStyle?: string;
  isLgl?: boolean;
  suff?: 'tab' | 'space' | 'nothing';
  ind?: [number, number];
}

export function lvl(ilvl: number, o: LevelOptions): string {
  return (
    `<w:lvl w:ilvl="${ilvl}">${o.start === undefined ? '' : `<w:start w:val="${o.start}"/>`}` +
    `<w:numFmt w:val="${o.fmt}"/>${o.restart === undefined ? '' : `<w:lvlRestart w:val="${o.restart}"/>`}` +
    `${o.pStyle ? `<w:pStyle w:val="${o.pStyle}"/>` : ''}${o.isLgl ? '<w:isLgl/>' : ''}` +
    `${o.suff ? `<w:suff w:val="${o.suff}"/>` : ''}<w:lvlText w:val="${esc(o.text)}"/><w:lvlJc w:val="left"/>` +
    `${o.ind ? `<w:pPr><w:ind w:left="${o.ind[0]}" w:hanging="${o.ind[1]}"/></w:pPr>` : ''}</w:lvl>`
  );
}

export const abstractNum = (id: number, ...levels: string[]): string =>
  `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${levels.join('')}</w:abstractNum>`;

/** A list instance; overrides are [ilvl, startOverride] pairs. */
export const num = (id: number, abstractId: number, ...overrides: Array<[number, number]>): string =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides
    .map(([l, s]) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${s}"/></w:lvlOverride>`)
    .join('')}</w:num>`;

export const numbering = (...xml: string[]): string =>
  `${HEAD}<w:numbering xmlns:w="${W}">${xml.join('')}</w:numbering>`;

/** A4 portrait, NĐ 30 margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const A4_ND30 =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';

export interface DocxParts {
  body: string;
  styles?: string;
  numbering?: string;
  theme?: string;
  /** The body's last w:sectPr; A4 with NĐ 30 margins unless given ("" for none). */
  sectPr?: string;
}

/** Zips the parts into a .docx with the relationships Word writes. */
export async function docx(parts: DocxParts): Promise<Buffer> {
  const related: Array<[string, string, string | undefined]> = [
    ['styles', 'styles.xml', parts.styles],
    ['numbering', 'numbering.xml', parts.numbering],
    ['theme', 'theme/theme1.xml', parts.theme],
  ];
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `${HEAD}<Relationships xmlns="${PKG}">${related
      .filter(([, , xml]) => xml !== undefined)
      .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${R}/${type}" Target="${target}"/>`)
      .join('')}</Relationships>`,
  );
  for (const [, target, xml] of related) if (xml !== undefined) zip.file(`word/${target}`, xml);
  zip.file(
    'word/document.xml',
    `${HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${parts.body}${parts.sectPr ?? A4_ND30}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A theme whose heading font is Cambria and body font Calibri, as Word's default theme has. */
export const THEME = `${HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
