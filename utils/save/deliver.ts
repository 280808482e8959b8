import type { SavedFile } from './exporter';

// Handing the file to the user from the page, with no permission and no request: a download of a blob made
// here, or the clipboard. Everything happens inside the reader's shadow root.

/** Long after any browser has read the blob for the download it started. */
const REVOKE_AFTER_MS = 60_000;

/** Starts the download of `file` with a link of our own in `place` (inside the reader's shadow root). */
export function downloadFile(place: HTMLElement, file: SavedFile): void {
  const doc = place.ownerDocument;
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  place.append(link);
  // A click that never leaves the shadow root (not composed, not bubbling): a page listening for clicks on its
  // document cannot cancel it.
  link.dispatchEvent(new MouseEvent('click', { bubbles: false, cancelable: true, composed: false }));
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * Puts `text` on the clipboard. The Clipboard API needs a secure context (and a page may deny it through its
 * permissions policy); elsewhere the older copy command on a selected, hidden text area in `place`.
 */
export async function copyText(place: HTMLElement, text: string): Promise<void> {
  const win = place.ownerDocument.defaultView;
  if (win?.isSecureContext && win.navigator.clipboard?.writeText) {
    try {
      await win.navigator.clipboard.writeText(text);
      return;
    } catch {
      // Denied by the page's policy, or the document lost focus: try the copy command.
    }
  }
  if (!copyWithSelection(place, text)) throw new Error('the browser refused to copy');
}

function copyWithSelection(place: HTMLElement, text: string): boolean {
  const doc = place.ownerDocument;
  const root = place.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.className = 'save-clipboard';
  area.value = text;
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute('aria-hidden', 'true');
  place.append(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus();
  }
}
