import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * The scripts the background injects into the reader's isolated world once the reader is painted, in this
 * order: features too big for the reader's first-paint budget, or not needed for its first frame. Each one
 * registers itself under its name (utils/after-paint/register.ts); a name already registered and alive is
 * not injected again.
 */
export const AFTER_PAINT_SCRIPTS: readonly { name: string; file: ScriptPublicPath }[] = [
  // The "Removed" panel, "Remove this" and the site rules.
  { name: 'adjust', file: '/adjust.js' },
  // Listen: reads the article aloud.
  { name: 'listen', file: '/listen.js' },
  // Long reads: the remembered reading position, time left, the table of contents.
  { name: 'contents', file: '/contents.js' },
  // The Save button and menu (Markdown, HTML, copy); its converters are injected on first use.
  { name: 'save', file: '/save.js' },
];
