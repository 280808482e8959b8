import type { Article } from '../extract/article';

// The save menu's script stays small: the converters (turndown among them) are a second script, injected by
// the background the first time the user saves (entrypoints/save-export.ts). Both run in the reader's
// isolated world and meet here.

export const SAVE_EXPORTER_KEY = '__lecternSaveExporter';

export type SaveFormat = 'markdown' | 'html';

export interface SaveSource {
  /** The reader's rendered article body: what the user sees, put-back and removed blocks included. */
  body: HTMLElement;
  article: Article;
  /** The page's address. */
  url: string;
  savedAt: Date;
  /** The UI's words for the saved page. */
  labels: { originalPage: string; savedOn: string };
}

export interface SavedFile {
  name: string;
  type: string;
  text: string;
}

export interface SaveExporter {
  exportArticle(format: SaveFormat, source: SaveSource): SavedFile;
  /** False once the extension that injected it was reloaded or updated. */
  isAlive(): boolean;
}

/** The exporter, when its script is in this world and alive. Read as an own property (see reader-bridge.ts). */
export function loadedExporter(): SaveExporter | null {
  const found = Object.getOwnPropertyDescriptor(globalThis, SAVE_EXPORTER_KEY)?.value as
    SaveExporter | undefined;
  return found && found.isAlive() ? found : null;
}

export function provideExporter(exporter: SaveExporter): void {
  Object.defineProperty(globalThis, SAVE_EXPORTER_KEY, { value: exporter, configurable: true });
}
