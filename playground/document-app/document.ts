import type {
  GBody,
  GDocument,
  GDocumentTab,
  GElement,
  GPosition,
  GRange,
  GRangeBuilder,
  GRangeElement,
  GTab,
  GText,
} from '../../apps-script/server/gas-api.ts';
import { FakeBody } from './body.ts';
import type { FakeContext, FakeElement } from './element.ts';
import { FakeParagraph, type FakeText } from './paragraph.ts';

/** A cursor position: an element (a Text, or an empty Paragraph) and an offset in it. */
export class FakePosition implements GPosition {
  constructor(
    private readonly ctx: FakeContext,
    readonly element: FakeElement,
    readonly offset: number,
  ) {}
  getElement(): GElement {
    this.ctx.log.count('Position.getElement');
    return this.element;
  }
  getOffset(): number {
    this.ctx.log.count('Position.getOffset');
    return this.offset;
  }
  insertText(text: string): GText | null {
    this.ctx.log.count('Position.insertText');
    const paragraph =
      this.element instanceof FakeParagraph ? this.element : (this.element as FakeText).paragraph;
    if (!paragraph) return null;
    // In a Paragraph the offset counts child elements: 0 is before its text, 1 after it.
    const at =
      this.element instanceof FakeParagraph
        ? this.offset === 0
          ? 0
          : paragraph.plainText().length
        : this.offset;
    paragraph.textElement().insertTextUncounted(at, text);
    return paragraph.textElement();
  }
}

/** One element of a range; whole elements have offsets -1, as documented. */
export class FakeRangeElement implements GRangeElement {
  constructor(
    private readonly ctx: FakeContext,
    readonly element: FakeElement,
    readonly start = -1,
    readonly endInclusive = -1,
  ) {}
  getElement(): GElement {
    this.ctx.log.count('RangeElement.getElement');
    return this.element;
  }
  isPartial(): boolean {
    this.ctx.log.count('RangeElement.isPartial');
    return this.start >= 0;
  }
  getStartOffset(): number {
    this.ctx.log.count('RangeElement.getStartOffset');
    return this.start;
  }
  getEndOffsetInclusive(): number {
    this.ctx.log.count('RangeElement.getEndOffsetInclusive');
    return this.endInclusive;
  }
}

/** A selection: range elements in order. */
export class FakeRange implements GRange {
  constructor(
    private readonly ctx: FakeContext,
    readonly elements: FakeRangeElement[],
  ) {}
  getRangeElements(): GRangeElement[] {
    this.ctx.log.count('Range.getRangeElements');
    return [...this.elements];
  }
}

/** Builds a range of whole elements. */
export class FakeRangeBuilder implements GRangeBuilder {
  private readonly elements: FakeRangeElement[] = [];
  constructor(private readonly ctx: FakeContext) {}
  addElement(element: GElement): GRangeBuilder {
    this.ctx.log.count('RangeBuilder.addElement');
    this.elements.push(new FakeRangeElement(this.ctx, element as FakeElement));
    return this;
  }
  build(): GRange {
    this.ctx.log.count('RangeBuilder.build');
    if (this.elements.length === 0) throw new Error('Cannot build an empty range.');
    return new FakeRange(this.ctx, this.elements);
  }
}

/** A document tab with its own body. */
export class FakeTab implements GTab {
  readonly body: FakeBody;
  constructor(
    private readonly ctx: FakeContext,
    readonly id: string,
    readonly title: string,
  ) {
    this.body = new FakeBody(ctx);
  }
  asDocumentTab(): GDocumentTab {
    this.ctx.log.count('Tab.asDocumentTab');
    return {
      getBody: (): GBody => {
        this.ctx.log.count('DocumentTab.getBody');
        return this.body;
      },
    };
  }
}

/**
 * A document with tabs, a cursor and a selection. As documented: getBody() is the first tab's body;
 * the cursor is null while there is a selection; setSelection() replaces the cursor.
 */
export class FakeDocument implements GDocument {
  readonly tabs: FakeTab[];
  activeTab = 0;
  cursor: FakePosition | null = null;
  selection: FakeRange | null = null;

  constructor(
    private readonly ctx: FakeContext,
    readonly name = 'Văn bản không có tiêu đề',
    tabTitles: readonly string[] = ['Thẻ 1'],
  ) {
    this.tabs = tabTitles.map((title, i) => new FakeTab(ctx, `t.${i}`, title));
  }

  /** The body of the active tab (uncounted). */
  get body(): FakeBody {
    return (this.tabs[this.activeTab] ?? (this.tabs[0] as FakeTab)).body;
  }

  getName(): string {
    this.ctx.log.count('Document.getName');
    return this.name;
  }
  getBody(): GBody {
    this.ctx.log.count('Document.getBody');
    return (this.tabs[0] as FakeTab).body;
  }
  getActiveTab(): GTab {
    this.ctx.log.count('Document.getActiveTab');
    return this.tabs[this.activeTab] as FakeTab;
  }
  getCursor(): GPosition | null {
    this.ctx.log.count('Document.getCursor');
    return this.selection ? null : this.cursor;
  }
  getSelection(): GRange | null {
    this.ctx.log.count('Document.getSelection');
    return this.selection;
  }
  setSelection(range: GRange): FakeDocument {
    this.ctx.log.count('Document.setSelection');
    this.selection = range as FakeRange;
    this.cursor = null;
    return this;
  }
  /** As documented: moves the cursor to a position (a Position made by newPosition) and clears the selection. */
  setCursor(position: GPosition): FakeDocument {
    this.ctx.log.count('Document.setCursor');
    this.cursor = position as FakePosition;
    this.selection = null;
    return this;
  }
  newRange(): GRangeBuilder {
    this.ctx.log.count('Document.newRange');
    return new FakeRangeBuilder(this.ctx);
  }
  /** As documented, the offset counts characters in a Text element and child elements in any other. */
  newPosition(element: GElement, offset: number): GPosition {
    this.ctx.log.count('Document.newPosition');
    const el = element as FakeElement;
    const length = el instanceof FakeParagraph ? (el.runs.length > 0 ? 1 : 0) : el.plainText().length;
    if (!Number.isInteger(offset) || offset < 0 || offset > length)
      throw new Error(`Offset (${offset}) must be between 0 and ${length}.`);
    return new FakePosition(this.ctx, el, offset);
  }

  /** Puts the cursor in a paragraph at a character offset (uncounted), as a click would. */
  placeCursor(paragraph: FakeParagraph, offset = 0): void {
    const text = paragraph.plainText();
    const at = Math.max(0, Math.min(offset, text.length));
    // A cursor in text points at the Text element; in an empty paragraph, at the paragraph itself.
    const element = text.length > 0 ? paragraph.textElement() : paragraph;
    this.cursor = new FakePosition(this.ctx, element, at);
    this.selection = null;
  }

  /** Selects whole paragraphs (uncounted), as a drag would. */
  selectParagraphs(paragraphs: FakeParagraph[]): void {
    this.selection = new FakeRange(
      this.ctx,
      paragraphs.map((p) => new FakeRangeElement(this.ctx, p)),
    );
    this.cursor = null;
  }

  /** The paragraph the cursor or the selection's first element is in (uncounted). */
  focusParagraph(): FakeParagraph | null {
    const el = this.cursor?.element ?? this.selection?.elements[0]?.element ?? null;
    if (!el) return null;
    if (el instanceof FakeParagraph) return el;
    const parent = el.parent;
    return parent instanceof FakeParagraph
      ? parent
      : 'paragraph' in el
        ? (el as { paragraph: FakeParagraph }).paragraph
        : null;
  }
}
