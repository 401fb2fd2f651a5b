import { intAttr, onOff, type ParaProps, paraProps } from './properties.ts';
import type { StyleSheet } from './styles.ts';
import { wChild, wChildren, type XmlNode } from './xml-events.ts';

/** One level of a list definition (w:lvl). */
export interface ListLevel {
  start: number;
  /** w:numFmt: decimal, upperRoman, lowerLetter, bullet … */
  format: string;
  /** w:lvlText: "%1.", "%1.%2.", or the bullet character. */
  text: string;
  /** w:lvlRestart: restart after an item above this 1-based level; 0 = never; absent = after any above. */
  restartAfter?: number;
  /** w:isLgl: every level's number drawn as a decimal ("1.1" under "I."). */
  legal: boolean;
  /** The paragraph style this level belongs to (headings numbered through their style). */
  styleId?: string;
  /** What Word draws between the label and the text: a tab or a space read as one space; "nothing". */
  separator: string;
  /** The level's indentation, which applies to its paragraphs. */
  para: ParaProps;
}

interface AbstractList {
  levels: Array<ListLevel | undefined>;
  /** w:numStyleLink: the definition lives in the list named by this numbering style. */
  styleLink?: string;
}

interface ListInstance {
  abstractId: string;
  /** w:lvlOverride per level: a new start (w:startOverride) and/or a replaced level. */
  overrides: Map<number, { start?: number; level?: ListLevel }>;
}

const LEVELS = 9;

/** Symbol and Wingdings bullets are private-use characters; these are the Unicode glyphs they draw. */
const BULLET_GLYPHS: Record<string, string> = {
  '\uF0B7': '•',
  '\uF0A7': '▪',
  '\uF0D8': '➢',
  '\uF0FC': '✓',
  '\uF076': '❖',
  '\uF06E': '■',
  '\uF0A8': '◆',
  '\uF02D': '-',
  '\uF0BE': '—',
  o: '◦',
};

function level(node: XmlNode): ListLevel {
  const format = wChild(node, 'numFmt')?.attrs.val ?? 'decimal';
  let text = wChild(node, 'lvlText')?.attrs.val ?? '';
  if (format === 'bullet')
    text = [...text].map((c) => BULLET_GLYPHS[c] ?? (c >= '\uE000' && c <= '\uF8FF' ? '•' : c)).join('');
  const suffix = wChild(node, 'suff')?.attrs.val;
  const out: ListLevel = {
    start: intAttr(wChild(node, 'start'), 'val') ?? 0,
    format,
    text,
    legal: ((n) => (n ? onOff(n) : false))(wChild(node, 'isLgl')),
    separator: suffix === 'nothing' ? '' : ' ',
    para: paraProps(wChild(node, 'pPr')),
  };
  const restart = intAttr(wChild(node, 'lvlRestart'), 'val');
  if (restart !== undefined) out.restartAfter = restart;
  const style = wChild(node, 'pStyle')?.attrs.val;
  if (style) out.styleId = style;
  return out;
}

function levels(nodes: XmlNode[]): Array<ListLevel | undefined> {
  const out: Array<ListLevel | undefined> = new Array(LEVELS).fill(undefined);
  for (const n of nodes) {
    const at = intAttr(n, 'ilvl') ?? 0;
    if (at >= 0 && at < LEVELS && !out[at]) out[at] = level(n);
  }
  return out;
}

/** numbering.xml: abstract list definitions and the list instances (w:num) paragraphs point to. */
export class ListDefinitions {
  private readonly abstracts = new Map<string, AbstractList>();
  private readonly instances = new Map<string, ListInstance>();

  constructor(
    root: XmlNode | undefined,
    private readonly styles: StyleSheet,
  ) {
    for (const node of wChildren(root, 'abstractNum')) {
      const id = node.attrs.abstractNumId;
      if (id === undefined || this.abstracts.has(id)) continue;
      const list: AbstractList = { levels: levels(wChildren(node, 'lvl')) };
      const link = wChild(node, 'numStyleLink')?.attrs.val;
      if (link) list.styleLink = link;
      this.abstracts.set(id, list);
    }
    for (const node of wChildren(root, 'num')) {
      const id = node.attrs.numId;
      const abstractId = wChild(node, 'abstractNumId')?.attrs.val;
      if (id === undefined || abstractId === undefined || this.instances.has(id)) continue;
      const overrides: ListInstance['overrides'] = new Map();
      for (const o of wChildren(node, 'lvlOverride')) {
        const at = intAttr(o, 'ilvl') ?? 0;
        if (at < 0 || at >= LEVELS) continue;
        const entry: { start?: number; level?: ListLevel } = {};
        const start = intAttr(wChild(o, 'startOverride'), 'val');
        if (start !== undefined) entry.start = start;
        const lvl = wChild(o, 'lvl');
        if (lvl) entry.level = level(lvl);
        overrides.set(at, entry);
      }
      this.instances.set(id, { abstractId, overrides });
    }
  }

  /** The list instance of a numId, with the abstract definition it draws from (style links followed). */
  instance(
    numId: string,
  ): { id: string; abstractId: string; list: AbstractList; own: ListInstance } | undefined {
    const own = this.instances.get(numId);
    if (!own) return undefined;
    let abstractId = own.abstractId;
    for (let hops = 0; hops < 8; hops++) {
      const list = this.abstracts.get(abstractId);
      if (!list) return undefined;
      if (!list.styleLink) return { id: numId, abstractId, list, own };
      // A list style: the numbering style's own numPr names the instance holding the real definition.
      const linked = this.styles.resolve(list.styleLink).para.numId;
      const next = linked === undefined ? undefined : this.instances.get(linked)?.abstractId;
      if (next === undefined || next === abstractId) return undefined;
      abstractId = next;
    }
    return undefined;
  }

  /** The definition of one level of an instance: the instance's override, else the abstract's. */
  level(numId: string, at: number): ListLevel | undefined {
    const found = this.instance(numId);
    return found ? (found.own.overrides.get(at)?.level ?? found.list.levels[at]) : undefined;
  }

  /** The level whose w:pStyle is this paragraph style: for paragraphs numbered through their style. */
  levelOfStyle(numId: string, styleId: string): number | undefined {
    const found = this.instance(numId);
    const at = found?.list.levels.findIndex((l) => l?.styleId === styleId) ?? -1;
    return at >= 0 ? at : undefined;
  }
}
