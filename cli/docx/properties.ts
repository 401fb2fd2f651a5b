import type { Alignment } from '../../shared/core/document/doc-model.ts';
import { wChild, type XmlNode } from './xml-events.ts';

/** A font as a run names it: a family, or the theme's heading (major) or body (minor) font. */
export type FontRef = { family: string } | { theme: 'major' | 'minor' };

/** Run properties one level of the style hierarchy sets (absent = not set here). */
export interface RunProps {
  font?: FontRef;
  /** w:sz, in half-points. */
  halfPoints?: number;
  bold?: boolean;
  italic?: boolean;
  /** Hidden text (w:vanish): Word neither shows nor prints it. */
  hidden?: boolean;
  /** w:rStyle: the character style of a run. */
  styleId?: string;
}

/** Paragraph properties one level sets. Lengths in twentieths of a point, as Word stores them. */
export interface ParaProps {
  styleId?: string;
  alignment?: Alignment;
  indentStart?: number;
  /** First-line indent relative to the paragraph's start; a hanging indent is negative. */
  indentFirstLine?: number;
  numId?: string;
  level?: number;
  /** 0–8: the level Word's navigation pane shows the paragraph at; 9 is body text. */
  outlineLevel?: number;
}

/** Word's w:jc values and the alignment each means ("both" is justified; start/end for either direction). */
const ALIGNMENT: Record<string, Alignment> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
  lowKashida: 'justify',
  mediumKashida: 'justify',
  highKashida: 'justify',
  thaiDistribute: 'justify',
};

/** An ST_OnOff value: absent or "true"/"1"/"on" is on, "false"/"0"/"off"/"none" is off. */
export function onOff(node: XmlNode): boolean {
  const v = node.attrs.val;
  return v === undefined || !/^(false|0|off|none)$/i.test(v);
}

/** An integer attribute, or undefined when missing or not a finite number. */
export function intAttr(node: XmlNode | undefined, name: string): number | undefined {
  const raw = node?.attrs[name];
  if (raw === undefined) return undefined;
  const n = Number.parseFloat(raw);
  return Number.isFinite(n) ? Math.round(n) : undefined;
}

const THEME_FONT = /^(major|minor)/;

/** The ASCII slot of w:rFonts (what Latin text, Vietnamese included, is set in): a theme font first. */
function fontOf(rFonts: XmlNode): FontRef | undefined {
  const { asciiTheme, ascii, hAnsiTheme, hAnsi } = rFonts.attrs;
  for (const theme of [asciiTheme, ascii === undefined ? hAnsiTheme : undefined]) {
    const m = theme === undefined ? null : THEME_FONT.exec(theme);
    if (m) return { theme: m[1] as 'major' | 'minor' };
  }
  const family = (ascii ?? hAnsi)?.trim();
  return family ? { family } : undefined;
}

/** Reads a w:rPr element. */
export function runProps(rPr: XmlNode | undefined): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  for (const c of rPr.children) {
    if (c.local === 'rFonts') {
      const font = fontOf(c);
      if (font) out.font = font;
    } else if (c.local === 'sz') {
      const size = intAttr(c, 'val');
      if (size !== undefined && size > 0) out.halfPoints = size;
    } else if (c.local === 'b') out.bold = onOff(c);
    else if (c.local === 'i') out.italic = onOff(c);
    else if (c.local === 'vanish') out.hidden = onOff(c);
    else if (c.local === 'rStyle' && c.attrs.val) out.styleId = c.attrs.val;
  }
  return out;
}

/** Reads a w:pPr element (its w:rPr, for the paragraph mark, is not the text's and is left out). */
export function paraProps(pPr: XmlNode | undefined): ParaProps {
  const out: ParaProps = {};
  if (!pPr) return out;
  for (const c of pPr.children) {
    if (c.local === 'pStyle' && c.attrs.val) out.styleId = c.attrs.val;
    else if (c.local === 'jc') {
      const alignment = ALIGNMENT[c.attrs.val ?? ''];
      if (alignment) out.alignment = alignment;
    } else if (c.local === 'ind') Object.assign(out, indentation(c));
    else if (c.local === 'numPr') {
      const numId = wChild(c, 'numId')?.attrs.val;
      const level = intAttr(wChild(c, 'ilvl'), 'val');
      if (numId !== undefined) out.numId = numId;
      if (level !== undefined && level >= 0 && level <= 8) out.level = level;
    } else if (c.local === 'outlineLvl') {
      const level = intAttr(c, 'val');
      if (level !== undefined && level >= 0 && level <= 9) out.outlineLevel = level;
    }
  }
  return out;
}

/** w:ind: start (or left) indent, and first line (or hanging, which wins over it). */
function indentation(ind: XmlNode): ParaProps {
  const out: ParaProps = {};
  const start = intAttr(ind, 'start') ?? intAttr(ind, 'left');
  if (start !== undefined) out.indentStart = start;
  const hanging = intAttr(ind, 'hanging');
  const firstLine = intAttr(ind, 'firstLine');
  if (hanging !== undefined) out.indentFirstLine = -hanging;
  else if (firstLine !== undefined) out.indentFirstLine = firstLine;
  return out;
}

/** Later levels override earlier ones, field by field. */
export function mergeProps<T extends object>(...levels: ReadonlyArray<T | undefined>): T {
  const out = {} as T;
  for (const level of levels) if (level) Object.assign(out, level);
  return out;
}
