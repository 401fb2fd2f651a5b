import JSZip from 'jszip';

/** One paragraph of a test document, with the few properties Word writes that Khung reads. */
export interface DocxParagraph {
  text: string;
  style?: 'Heading1' | 'Heading2' | 'Heading3' | 'Title';
  bold?: boolean;
  italic?: boolean;
  align?: 'center' | 'right' | 'both';
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`;

const PACKAGE_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>
</Relationships>`;

/** Paragraph styles as Word writes them: the id has no space, the name is lower-case "heading 1". */
const paragraphStyle = (id: string, name: string, extra = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>` +
  `<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>${extra}</w:style>`;

const STYLES = `${XML_HEAD}<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
${paragraphStyle('Heading1', 'heading 1', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr>')}
${paragraphStyle('Heading2', 'heading 2', '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr>')}
${paragraphStyle('Heading3', 'heading 3', '<w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:i/></w:rPr>')}
${paragraphStyle('Title', 'Title', '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>')}
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/></w:style>
</w:styles>`;

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function paragraphXml(p: DocxParagraph): string {
  const pPr =
    (p.style ? `<w:pStyle w:val="${p.style}"/>` : '') + (p.align ? `<w:jc w:val="${p.align}"/>` : '');
  const rPr = (p.bold ? '<w:b/>' : '') + (p.italic ? '<w:i/>' : '');
  return (
    `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}` +
    `<w:t xml:space="preserve">${escapeXml(p.text)}</w:t></w:r></w:p>`
  );
}

function tableXml(rows: string[][]): string {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const grid = '<w:gridCol w:w="4500"/>'.repeat(columns);
  const body = rows
    .map(
      (row) =>
        `<w:tr>${row
          .map(
            (cell) =>
              `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${paragraphXml({ text: cell })}</w:tc>`,
          )
          .join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

/**
 * Builds a minimal but valid .docx in memory: the paragraphs in order, then the tables (each a list of
 * rows of cell texts), with a styles part defining Heading1–3 and Title the way Word names them.
 */
export async function makeDocx(paragraphs: DocxParagraph[], tables: string[][][] = []): Promise<Buffer> {
  const body = paragraphs.map(paragraphXml).join('') + tables.map(tableXml).join('');
  const document =
    `${XML_HEAD}<w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${body}` +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" ' +
    'w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>';
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/document.xml', document);
  zip.file('word/styles.xml', STYLES);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
