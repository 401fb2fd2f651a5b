import { describe, expect, it } from 'vitest';
import type {
  GBody,
  GDocumentApp,
  GParagraph,
  GPosition,
  GProperties,
  GTable,
  GTableCell,
  GText,
} from '../../apps-script/server/gas-api.ts';
import { createFakeGoogle } from '../../playground/document-app/index.ts';
import { PROPERTY_TOTAL_LIMIT, PROPERTY_VALUE_LIMIT } from '../../playground/document-app/services.ts';

// The fake follows DocumentApp's documented behaviour; these tests pin the parts the add-on relies on.

// Compile time: the real @types/google-apps-script shapes satisfy the slice of the API the server uses
// and the fake implements (`implements GParagraph`…), so neither can use a call Apps Script lacks.
type D = typeof GoogleAppsScript.Document;
type Fits<Real, Slice> = Real extends Slice ? true : false;
const proofs: Array<true> = [
  true satisfies Fits<GoogleAppsScript.Document.DocumentApp, GDocumentApp>,
  true satisfies Fits<GoogleAppsScript.Document.Body, GBody>,
  true satisfies Fits<GoogleAppsScript.Document.Paragraph, GParagraph>,
  true satisfies Fits<GoogleAppsScript.Document.ListItem, GParagraph>,
  true satisfies Fits<GoogleAppsScript.Document.Table, GTable>,
  true satisfies Fits<GoogleAppsScript.Document.TableCell, GTableCell>,
  true satisfies Fits<GoogleAppsScript.Document.Text, GText>,
  true satisfies Fits<GoogleAppsScript.Document.Position, GPosition>,
  true satisfies Fits<GoogleAppsScript.Properties.Properties, GProperties>,
  true satisfies Fits<D['ParagraphHeading'], GDocumentApp['ParagraphHeading']>,
];
function doc() {
  const fake = createFakeGoogle();
  return { fake, body: fake.doc.body };
}

describe('the DocumentApp fake', () => {
  it('is type-checked against @types/google-apps-script (see the proofs above)', () => {
    expect(proofs.every(Boolean)).toBe(true);
  });

  it('starts a body with one empty paragraph, which cannot be removed', () => {
    const { body } = doc();
    expect(body.getNumChildren()).toBe(1);
    const only = body.getParagraphs()[0];
    expect(() => only?.removeFromParent()).toThrow(/last paragraph/);
  });

  it('reports a character attribute only when every character shares it, and list attributes only on list items', () => {
    const { body } = doc();
    const p = body.addParagraph('ab');
    p.runs = [
      { text: 'a', attrs: { BOLD: true, ITALIC: true } },
      { text: 'b', attrs: { BOLD: false, ITALIC: true } },
    ];
    expect(p.getAttributes()).toMatchObject({ BOLD: null, ITALIC: true, FONT_SIZE: null, HEADING: 'NORMAL' });
    expect(p.getAttributes()).not.toHaveProperty('LIST_ID');
    expect(body.addParagraph('x', { listItem: true }).getAttributes()).toMatchObject({
      LIST_ID: 'kix.list1',
      NESTING_LEVEL: 0,
    });
  });

  it('edits text by offsets as Text documents them: inclusive ends, inherited attributes, range errors', () => {
    const { body } = doc();
    const p = body.addParagraph('Cong Ðoan', { attrs: { BOLD: true } });
    const text = p.editAsText();
    text.deleteText(5, 5);
    text.insertText(5, 'Đ');
    expect(p.plainText()).toBe('Cong Đoan');
    expect(p.runs).toEqual([{ text: 'Cong Đoan', attrs: { BOLD: true } }]);
    text.setAttributes(0, 3, { ITALIC: true });
    expect(p.runs.map((r) => r.text)).toEqual(['Cong', ' Đoan']);
    expect(() => text.deleteText(3, 20)).toThrow();
    expect(() => text.insertText(99, 'x')).toThrow();
  });

  it('throws on a cast to the wrong element type', () => {
    const { body } = doc();
    expect(() => body.getChild(0).asTable()).toThrow(/Cannot convert/);
    expect(body.getChild(0).asParagraph().getText()).toBe('');
  });

  it('lists table paragraphs in document order in getParagraphs()', () => {
    const { body } = doc();
    body.addTable([['a', 'b']]);
    body.addParagraph('c');
    expect(body.getParagraphs().map((p) => p.getText())).toEqual(['', 'a', 'b', 'c']);
  });

  it('keeps a paragraph before a table inserted at the very start, as Docs does', () => {
    const { body } = doc();
    const table = body.insertTable(0, [['a', 'b']]);
    expect(body.getChildIndex(table)).toBe(1);
    expect(body.getChild(0).getType()).toBe('PARAGRAPH');
  });

  it('has no cursor while there is a selection, and setSelection replaces the cursor', () => {
    const { fake, body } = doc();
    const p = body.addParagraph('chữ');
    fake.doc.placeCursor(p, 1);
    expect(fake.doc.getCursor()?.getOffset()).toBe(1);
    fake.doc.setSelection(fake.doc.newRange().addElement(p).build());
    expect(fake.doc.getCursor()).toBeNull();
    expect(fake.doc.getSelection()?.getRangeElements()[0]?.isPartial()).toBe(false);
  });

  it('enforces the property quotas by throwing, writing nothing', () => {
    const { fake } = doc();
    const props = fake.PropertiesService.getUserProperties();
    expect(() => props.setProperty('k', 'đ'.repeat(PROPERTY_VALUE_LIMIT))).toThrow(/too large/);
    const chunk = 'a'.repeat(PROPERTY_VALUE_LIMIT - 10);
    const many = Object.fromEntries(
      Array.from({ length: Math.ceil(PROPERTY_TOTAL_LIMIT / chunk.length) + 1 }, (_, i) => [`k${i}`, chunk]),
    );
    expect(() => props.setProperties(many)).toThrow(/quota/);
    expect(props.getProperties()).toEqual({});
  });

  it('counts every service call by class and method', () => {
    const { fake, body } = doc();
    fake.log.reset();
    body.getParagraphs()[0]?.getText();
    body.getText();
    expect(fake.log.table()).toEqual([
      ['Body.getParagraphs', 1],
      ['Body.getText', 1],
      ['Paragraph.getText', 1],
    ]);
  });
});
