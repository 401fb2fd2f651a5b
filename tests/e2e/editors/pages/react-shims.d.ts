// Minimal typings for the fixture pages: the project installs react, react-dom and draft-js without
// their @types packages, and the pages use only these calls (no JSX).

declare module 'react' {
  export type ReactNode = unknown;
  export type ReactElement = { readonly type: unknown };
  export function createElement(type: unknown, props?: object | null, ...children: unknown[]): ReactElement;
  export function useState<T>(initial: T | (() => T)): [T, (next: T) => void];
}

declare module 'react-dom/client' {
  export function createRoot(container: Element): { render(node: unknown): void };
}

declare module 'draft-js' {
  export interface ContentBlock {
    getText(): string;
    getType(): string;
  }
  export interface ContentState {
    getBlocksAsArray(): ContentBlock[];
  }
  export const ContentState: { createFromText(text: string): ContentState };
  export interface EditorState {
    getCurrentContent(): ContentState;
  }
  export const EditorState: { createWithContent(content: ContentState): EditorState };
  export const Editor: unknown;
}
