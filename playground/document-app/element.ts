import type {
  GBody,
  GContainer,
  GElement,
  GParagraph,
  GTable,
  GTableCell,
  GText,
} from '../../apps-script/server/gas-api.ts';
import type { CallLog } from './calls.ts';
import { type ElementKind, ElementType } from './enums.ts';

/** Shared by every element of one fake document: the call log. */
export interface FakeContext {
  log: CallLog;
}

/**
 * Element: type, parent and the as*() casts. As documented, a cast to the wrong type throws; the
 * fake's message mirrors Apps Script's ("Cannot convert …").
 */
export abstract class FakeElement implements GElement {
  parent: FakeContainer | null = null;
  abstract readonly kind: ElementKind;
  protected abstract readonly label: string;

  constructor(readonly ctx: FakeContext) {}

  protected count(method: string): void {
    this.ctx.log.count(`${this.label}.${method}`);
  }

  getType() {
    this.count('getType');
    return ElementType[this.kind];
  }

  getParent(): GContainer | null {
    this.count('getParent');
    return this.parent;
  }

  private cast<T>(method: string, ...kinds: ElementKind[]): T {
    this.count(method);
    if (!kinds.includes(this.kind)) throw new Error(`Cannot convert ${this.kind} to ${kinds[0]}.`);
    return this as unknown as T;
  }

  asParagraph(): GParagraph {
    return this.cast('asParagraph', 'PARAGRAPH');
  }
  asListItem(): GParagraph {
    return this.cast('asListItem', 'LIST_ITEM');
  }
  asTable(): GTable {
    return this.cast('asTable', 'TABLE');
  }
  asTableCell(): GTableCell {
    return this.cast('asTableCell', 'TABLE_CELL');
  }
  asBody(): GBody {
    return this.cast('asBody', 'BODY_SECTION');
  }
  asText(): GText {
    return this.cast('asText', 'TEXT');
  }

  /** Detaches from the parent (uncounted; the API methods that remove count themselves). */
  detach(): void {
    const siblings = this.parent?.children;
    if (siblings) siblings.splice(siblings.indexOf(this), 1);
    this.parent = null;
  }

  /** The plain text, uncounted, for tests and the playground. */
  abstract plainText(): string;
}

/** A container with child elements (body, table cell, table, row). */
export abstract class FakeContainer extends FakeElement implements GContainer {
  readonly children: FakeElement[] = [];

  getNumChildren(): number {
    this.count('getNumChildren');
    return this.children.length;
  }

  getChild(childIndex: number): GElement {
    this.count('getChild');
    const child = this.children[childIndex];
    if (!child)
      throw new Error(
        `Child index (${childIndex}) must be less than the number of child elements (${this.children.length}).`,
      );
    return child;
  }

  getChildIndex(child: GElement): number {
    this.count('getChildIndex');
    const index = this.children.indexOf(child as FakeElement);
    if (index < 0) throw new Error('Element does not contain the specified child element.');
    return index;
  }

  getText(): string {
    this.count('getText');
    return this.plainText();
  }

  /** Adds a child at an index (uncounted). */
  adopt<T extends FakeElement>(child: T, index = this.children.length): T {
    if (index < 0 || index > this.children.length) {
      throw new Error(
        `Child index (${index}) must not be greater than the number of child elements (${this.children.length}).`,
      );
    }
    child.parent = this;
    this.children.splice(index, 0, child);
    return child;
  }
}
