import { stepFontSize } from '../utils/settings';
import { focusableIn } from './focus';

// Every key the reader itself answers, in one place: Esc closes (the reader and the "no article" notice), Tab
// stays inside the dialog, + and - step the font size. The after-paint features' own keys (Listen's, the
// contents') live with them, and their menus take Esc first (they stop it before it reaches here).

const FONT_KEYS: Readonly<Record<string, 1 | -1>> = { '+': 1, '=': 1, '-': -1, _: -1 };

export interface ReaderKeyActions {
  close(): void;
  /** The dialog's root, for the Tab trap; absent on the notice. */
  root?: HTMLElement | null;
  fontSize?: number;
  onFontSize?(size: number): void;
}

export function onReaderKey(event: KeyboardEvent, actions: ReaderKeyActions): void {
  if (event.key === 'Escape') {
    actions.close();
    return;
  }
  const { root } = actions;
  if (!root) return;
  if (event.key === 'Tab') {
    trapTab(root, event);
    return;
  }
  const direction = FONT_KEYS[event.key];
  if (!direction || event.ctrlKey || event.metaKey || event.altKey || isFormField(event.target)) return;
  if (actions.fontSize === undefined || !actions.onFontSize) return;
  event.preventDefault();
  actions.onFontSize(stepFontSize(actions.fontSize, direction));
}

function isFormField(target: EventTarget | null): boolean {
  return target instanceof Element && target.matches('input, select, textarea, [contenteditable]');
}

/** Keeps Tab inside the dialog: past the last control it wraps to the first, and back. */
function trapTab(root: HTMLElement, event: KeyboardEvent) {
  const focusable = focusableIn(root);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  const outside = !active || !root.contains(active);
  if (event.shiftKey && (active === first || active === root || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
