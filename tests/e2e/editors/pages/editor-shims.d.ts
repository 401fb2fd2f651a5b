// Just enough types for the fixture pages of editors that ship none the bundler resolution finds.

declare module 'jquery' {
  const jquery: (selector: unknown) => unknown;
  export default jquery;
}

declare module 'summernote/dist/summernote-lite.js';

declare module '@toast-ui/editor' {
  export default class Editor {
    constructor(options: Record<string, unknown>);
    setHTML(html: string, cursorToEnd?: boolean): void;
  }
}

declare module 'pell' {
  export function init(options: {
    element: HTMLElement;
    onChange: (html: string) => void;
    actions?: string[];
  }): HTMLElement & { content: HTMLElement };
}

declare module 'medium-editor' {
  export default class MediumEditor {
    constructor(element: HTMLElement, options?: Record<string, unknown>);
    getContent(index?: number): string;
  }
}
