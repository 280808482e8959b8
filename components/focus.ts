const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'audio[controls]',
  'video[controls]',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Elements Tab can reach inside `root`, in document order; hidden ones (a folded panel) are skipped. */
export function focusableIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(isShown);
}

function isShown(element: HTMLElement): boolean {
  // checkVisibility sees display:none on any ancestor; test DOMs without it count everything as shown.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}
