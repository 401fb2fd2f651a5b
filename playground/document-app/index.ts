import type { GDocumentApp } from '../../apps-script/server/gas-api.ts';
import { CallLog } from './calls.ts';
import { FakeDocument } from './document.ts';
import { Attribute, ElementType, HorizontalAlignment, ParagraphHeading } from './enums.ts';
import { FakeHtmlService, FakeProperties, FakePropertiesService, FakeUi } from './services.ts';

// The fake's parts that tests and the playground build documents with.
export { FakeBody } from './body.ts';
export { CallLog } from './calls.ts';
export { FakeDocument, FakeRange } from './document.ts';
export { FakeParagraph } from './paragraph.ts';
export { FakeTable, FakeTableCell } from './table.ts';
export { throwing } from './throwing.ts';

/** One fake Apps Script environment: a document, user properties, HTML files, the UI, the call log. */
export interface FakeGoogle {
  log: CallLog;
  doc: FakeDocument;
  ui: FakeUi;
  properties: FakeProperties;
  DocumentApp: GDocumentApp;
  PropertiesService: FakePropertiesService;
  HtmlService: FakeHtmlService;
  /** The globals to install in a vm context or on globalThis. */
  globals(): Record<string, unknown>;
}

/** Builds a fresh fake environment. */
export function createFakeGoogle(
  options: { name?: string; tabs?: readonly string[]; html?: Record<string, string> } = {},
): FakeGoogle {
  const log = new CallLog();
  const ctx = { log };
  const doc = new FakeDocument(ctx, options.name, options.tabs);
  const ui = new FakeUi();
  const properties = new FakeProperties(log);
  const documentApp: GDocumentApp = {
    Attribute,
    ElementType,
    HorizontalAlignment,
    ParagraphHeading,
    getActiveDocument: () => {
      log.count('DocumentApp.getActiveDocument');
      return doc;
    },
    getUi: () => ui,
  };
  const fake: FakeGoogle = {
    log,
    doc,
    ui,
    properties,
    DocumentApp: documentApp,
    PropertiesService: new FakePropertiesService(log, properties),
    HtmlService: new FakeHtmlService(new Map(Object.entries(options.html ?? { Sidebar: '<p>Khung</p>' }))),
    globals: () => ({
      DocumentApp: fake.DocumentApp,
      PropertiesService: fake.PropertiesService,
      HtmlService: fake.HtmlService,
    }),
  };
  return fake;
}

/** Installs the fake's globals on globalThis (for tests importing the TS server directly). */
export function installFakeGoogle(fake: FakeGoogle): void {
  Object.assign(globalThis, fake.globals());
}
