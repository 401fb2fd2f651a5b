import { SERVER_FUNCTIONS, type ServerFunction } from '../apps-script/shared/server-api.ts';
import { type DocView, docView, type Path, paragraphAt } from './doc-view.ts';
import type { FakeGoogle } from './document-app/index.ts';
import { CodeJs, fakeWithAddon } from './run-code-js.ts';
import { SAMPLES, type SampleId } from './samples.ts';

const isServerFunction = (name: string): name is ServerFunction =>
  (SERVER_FUNCTIONS as readonly string[]).includes(name);

/**
 * One emulated Google Doc and the built Code.js running against it. Every change bumps `version`,
 * which the page polls to redraw; user properties survive a change of sample, as they survive a
 * change of document in Docs (they are per user, not per document).
 */
export class Session {
  fake!: FakeGoogle;
  gas!: CodeJs;
  version = 0;

  constructor(sample: SampleId = 'empty') {
    this.reset(sample);
  }

  /** Loads a sample document. */
  reset(sample: SampleId): void {
    const saved = this.fake ? new Map(this.fake.properties.data) : new Map<string, string>();
    this.fake = fakeWithAddon({ name: SAMPLES[sample].name });
    for (const [k, v] of saved) this.fake.properties.data.set(k, v);
    this.gas = new CodeJs(this.fake);
    SAMPLES[sample].build(this.fake, this.gas);
    this.fake.log.reset();
    this.version++;
  }

  /** A google.script.run call from the sidebar; only the server-api.ts functions are reachable. */
  rpc(name: string, args: unknown[]): unknown {
    if (!isServerFunction(name)) throw new Error(`Unknown server function: ${name}`);
    const result = this.gas.call(name, ...args);
    this.version++;
    return result;
  }

  /** The page clicked in a paragraph: the cursor goes there, as in Docs. */
  placeCursor(path: Path, offset: number): boolean {
    const p = paragraphAt(this.fake.doc, path);
    if (!p) return false;
    this.fake.doc.placeCursor(p, offset);
    this.version++;
    return true;
  }

  /** The page edited a paragraph's text (typing in the emulated document). */
  editText(path: Path, text: string, offset: number): boolean {
    const p = paragraphAt(this.fake.doc, path);
    if (!p) return false;
    const attrs = { ...(p.runs[0]?.attrs ?? p.pending) };
    p.runs = text ? [{ text, attrs }] : [];
    this.fake.doc.placeCursor(p, offset);
    this.version++;
    return true;
  }

  view(): DocView & { version: number; calls: number } {
    return { ...docView(this.fake.doc), version: this.version, calls: this.fake.log.total };
  }
}
