/**
 * Listen's keys in the reader (docs/listen.md). Single characters without modifiers, only while the focus is
 * in the reader and not in a form field: Ctrl/Alt/Meta combinations stay the browser's and the screen
 * reader's, Space keeps scrolling, and the reader's own keys (+ - = _ for the font size, Esc, Tab, the
 * adjustments' arrows and Delete on a focused block) are not used.
 */
export type ListenKeyAction =
  | 'toggle'
  | 'previousSentence'
  | 'nextSentence'
  | 'previousParagraph'
  | 'nextParagraph'
  | 'slower'
  | 'faster';

const KEYS: Readonly<Record<string, ListenKeyAction>> = {
  l: 'toggle',
  L: 'toggle',
  ',': 'previousSentence',
  '.': 'nextSentence',
  '[': 'previousParagraph',
  ']': 'nextParagraph',
  '<': 'slower',
  '>': 'faster',
};

/** Actions that only mean something while listening (or paused): otherwise the key is left alone. */
export const NEEDS_SESSION: ReadonlySet<ListenKeyAction> = new Set([
  'previousSentence',
  'nextSentence',
  'previousParagraph',
  'nextParagraph',
]);

export function listenKeyAction(event: KeyboardEvent): ListenKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented)
    return null;
  const target = event.composedPath()[0] ?? event.target;
  if (target instanceof Element && target.closest('input, select, textarea, [contenteditable]')) return null;
  return KEYS[event.key] ?? null;
}
