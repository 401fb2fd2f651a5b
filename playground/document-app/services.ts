import type {
  GHtmlOutput,
  GHtmlService,
  GMenu,
  GProperties,
  GPropertiesService,
  GUi,
} from '../../apps-script/server/gas-api.ts';
import type { CallLog } from './calls.ts';

/** Apps Script's documented quotas: 9 KB per value, 500 KB per property store. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
/** The total per property store. */
export const PROPERTY_TOTAL_LIMIT = 500 * 1024;
const bytes = (s: string) => new TextEncoder().encode(s).length;

/** A property store that enforces the quotas the way Apps Script reports them: by throwing. */
export class FakeProperties implements GProperties {
  readonly data = new Map<string, string>();
  constructor(private readonly log: CallLog) {}

  getProperty(key: string): string | null {
    this.log.count('Properties.getProperty');
    return this.data.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    this.log.count('Properties.getProperties');
    return Object.fromEntries(this.data);
  }
  setProperty(key: string, value: string): FakeProperties {
    this.log.count('Properties.setProperty');
    this.write({ [key]: value });
    return this;
  }
  setProperties(properties: Record<string, string>): FakeProperties {
    this.log.count('Properties.setProperties');
    this.write(properties);
    return this;
  }
  deleteProperty(key: string): FakeProperties {
    this.log.count('Properties.deleteProperty');
    this.data.delete(key);
    return this;
  }

  private write(properties: Record<string, string>): void {
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(properties)) {
      const text = String(value);
      if (bytes(text) > PROPERTY_VALUE_LIMIT) throw new Error(`Argument too large: value (${key})`);
      next.set(key, text);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_TOTAL_LIMIT)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    for (const [k, v] of next) this.data.set(k, v);
  }
}

/** PropertiesService with one user store. */
export class FakePropertiesService implements GPropertiesService {
  constructor(
    private readonly log: CallLog,
    readonly user: FakeProperties,
  ) {}
  getUserProperties(): GProperties {
    this.log.count('PropertiesService.getUserProperties');
    return this.user;
  }
}

/** An HTML file's content, with the title the sidebar gets. */
export class FakeHtmlOutput implements GHtmlOutput {
  title = '';
  constructor(readonly content: string) {}
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): GHtmlOutput {
    this.title = title;
    return this;
  }
}

/** HtmlService reduced to reading the project's HTML files by name (without ".html"). */
export class FakeHtmlService implements GHtmlService {
  constructor(readonly files: Map<string, string>) {}
  createHtmlOutputFromFile(filename: string): GHtmlOutput {
    const content = this.files.get(filename.replace(/\.html$/, ''));
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(content);
  }
}

/** The add-on menu and the sidebar, recorded for assertions. */
export class FakeUi implements GUi {
  readonly menus: Array<Array<[string, string]>> = [];
  sidebar: FakeHtmlOutput | null = null;
  createAddonMenu(): GMenu {
    const items: Array<[string, string]> = [];
    const menu: GMenu = {
      addItem: (caption, functionName) => {
        items.push([caption, functionName]);
        return menu;
      },
      addSeparator: () => menu,
      addToUi: () => {
        this.menus.push(items);
      },
    };
    return menu;
  }
  showSidebar(userInterface: GHtmlOutput): void {
    this.sidebar = userInterface as FakeHtmlOutput;
  }
}
