import type {
  Attributes,
  GContainer,
  GElement,
  GParagraph,
  GText,
  ParagraphHeading,
} from '../../apps-script/server/gas-api.ts';
import { type FakeContext, FakeElement } from './element.ts';
import { LIST_ATTRIBUTES, PARAGRAPH_ATTRIBUTES, ParagraphHeadingNames, TEXT_ATTRIBUTES } from './enums.ts';
import { attrsAt, commonValue, normalizeRuns, type Run, splitAt } from './text-runs.ts';

/**
 * A Paragraph (or ListItem): runs of text with character attributes, plus paragraph attributes
 * (HEADING, HORIZONTAL_ALIGNMENT, indents). getAttributes() reports each character attribute only
 * when every character shares it, else null, as Text.isBold() documents for mixed text ("null if
 * mixed"); attributes never set (inherited from the named style) are null too.
 */
export class FakeParagraph extends FakeElement implements GParagraph {
  readonly kind: 'PARAGRAPH' | 'LIST_ITEM';
  protected readonly label: string;
  runs: Run[] = [];
  /** Paragraph attributes; HEADING is always present. */
  readonly attrs: Record<string, unknown> = { HEADING: ParagraphHeadingNames.NORMAL };
  /** Character attributes an empty paragraph gives to the text typed into it. */
  pending: Record<string, unknown> = {};
  private readonly textView: FakeText;

  constructor(ctx: FakeContext, text: string, listItem = false) {
    super(ctx);
    this.kind = listItem ? 'LIST_ITEM' : 'PARAGRAPH';
    this.label = listItem ? 'ListItem' : 'Paragraph';
    if (listItem) Object.assign(this.attrs, { LIST_ID: 'kix.list1', NESTING_LEVEL: 0, GLYPH_TYPE: 'BULLET' });
    this.runs = normalizeRuns([{ text, attrs: {} }]);
    this.textView = new FakeText(ctx, this);
  }

  plainText(): string {
    return this.runs.map((r) => r.text).join('');
  }

  /** The heading name (uncounted). */
  get heading(): string {
    return String(this.attrs.HEADING);
  }

  getText(): string {
    this.count('getText');
    return this.plainText();
  }

  getNumChildren(): number {
    this.count('getNumChildren');
    return this.runs.length > 0 ? 1 : 0;
  }

  getChild(childIndex: number): GElement {
    this.count('getChild');
    if (childIndex !== 0 || this.runs.length === 0)
      throw new Error(`Child index (${childIndex}) out of range.`);
    return this.textView;
  }

  getChildIndex(child: GElement): number {
    this.count('getChildIndex');
    if (child !== this.textView) throw new Error('Element does not contain the specified child element.');
    return 0;
  }

  getAttributes(): Attributes {
    this.count('getAttributes');
    const out: Attributes = {};
    for (const key of PARAGRAPH_ATTRIBUTES) out[key] = this.attrs[key] ?? null;
    if (this.kind === 'LIST_ITEM') for (const key of LIST_ATTRIBUTES) out[key] = this.attrs[key] ?? null;
    for (const key of TEXT_ATTRIBUTES)
      out[key] = this.runs.length > 0 ? commonValue(this.runs, key) : (this.pending[key] ?? null);
    return out;
  }

  setAttributes(attributes: Attributes): FakeParagraph {
    this.count('setAttributes');
    for (const [key, value] of Object.entries(attributes)) {
      if (TEXT_ATTRIBUTES.has(key)) {
        for (const run of this.runs) setOrClear(run.attrs, key, value);
        setOrClear(this.pending, key, value);
      } else if (key === 'HEADING') {
        this.attrs.HEADING = checkHeading(value);
      } else {
        setOrClear(this.attrs, key, value);
      }
    }
    this.runs = normalizeRuns(this.runs);
    return this;
  }

  setHeading(heading: ParagraphHeading): FakeParagraph {
    this.count('setHeading');
    this.attrs.HEADING = checkHeading(heading);
    return this;
  }

  setText(text: string): void {
    this.count('setText');
    const attrs = this.runs[0]?.attrs ?? this.pending;
    this.runs = normalizeRuns([{ text, attrs: { ...attrs } }]);
  }

  editAsText(): GText {
    this.count('editAsText');
    return this.textView;
  }

  removeFromParent(): FakeParagraph {
    this.count('removeFromParent');
    const siblings = this.parent?.children ?? [];
    const paragraphs = siblings.filter((c) => c instanceof FakeParagraph);
    if (paragraphs.length === 1 && paragraphs[0] === this) {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    this.detach();
    return this;
  }

  /** The paragraph's Text element (uncounted). */
  textElement(): FakeText {
    return this.textView;
  }

  /** Runs the text view edits through (uncounted). */
  editRuns(edit: (runs: Run[]) => Run[]): void {
    if (this.runs.length > 0) this.pending = { ...(this.runs[0]?.attrs ?? {}) };
    this.runs = normalizeRuns(edit(this.runs));
  }
}

/** The Text element of a paragraph, as Paragraph.editAsText() and the cursor return it. */
export class FakeText extends FakeElement implements GText {
  readonly kind = 'TEXT' as const;
  protected readonly label = 'Text';

  constructor(
    ctx: FakeContext,
    readonly paragraph: FakeParagraph,
  ) {
    super(ctx);
  }

  plainText(): string {
    return this.paragraph.plainText();
  }

  override getParent(): GContainer {
    this.count('getParent');
    return this.paragraph;
  }

  getText(): string {
    this.count('getText');
    return this.plainText();
  }

  deleteText(startOffset: number, endOffsetInclusive: number): FakeText {
    this.count('deleteText');
    this.checkRange(startOffset, endOffsetInclusive);
    this.paragraph.editRuns((runs) => {
      const from = splitAt(runs, startOffset);
      const to = splitAt(runs, endOffsetInclusive + 1);
      runs.splice(from, to - from);
      return runs;
    });
    return this;
  }

  insertText(offset: number, text: string): FakeText {
    this.count('insertText');
    this.insertTextUncounted(offset, text);
    return this;
  }

  /** insertText without counting (the cursor's Position.insertText counts itself). */
  insertTextUncounted(offset: number, text: string): void {
    const length = this.plainText().length;
    if (!Number.isInteger(offset) || offset < 0 || offset > length) {
      throw new Error(`Offset (${offset}) must be between 0 and the text length (${length}).`);
    }
    this.paragraph.editRuns((runs) => {
      const attrs = runs.length > 0 ? attrsAt(runs, offset) : { ...this.paragraph.pending };
      runs.splice(splitAt(runs, offset), 0, { text, attrs });
      return runs;
    });
  }

  setAttributes(startOffset: number, endOffsetInclusive: number, attributes: Attributes): FakeText {
    this.count('setAttributes');
    this.checkRange(startOffset, endOffsetInclusive);
    this.paragraph.editRuns((runs) => {
      const from = splitAt(runs, startOffset);
      const to = splitAt(runs, endOffsetInclusive + 1);
      for (const run of runs.slice(from, to)) {
        for (const [key, value] of Object.entries(attributes))
          if (TEXT_ATTRIBUTES.has(key)) setOrClear(run.attrs, key, value);
      }
      return runs;
    });
    return this;
  }

  private checkRange(start: number, endInclusive: number): void {
    const length = this.plainText().length;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(endInclusive) ||
      start < 0 ||
      endInclusive < start ||
      endInclusive >= length
    ) {
      throw new Error(`Invalid offsets ${start}..${endInclusive} for text of length ${length}.`);
    }
  }
}

function setOrClear(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === null || value === undefined) delete target[key];
  else target[key] = value;
}

function checkHeading(value: unknown): string {
  const name = String(value);
  if (!(name in ParagraphHeadingNames)) throw new Error(`Invalid heading: ${name}`);
  return name;
}
