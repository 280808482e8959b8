import type { ReaderHandle, ToggleOutcome } from '../contract';

/**
 * Runs inside the page's isolated world: toggles a reader injected earlier, if it is still alive.
 * A reader left open by the previous version of the extension (reloaded or updated) lost its extension
 * APIs and cannot toggle itself: this press closes it, as a press on an open reader does, and the next
 * one injects the new version. Only a host with a closed shadow root can be that reader: a page's own
 * <lectern-reader> element (a hostile page may plant one) is never touched.
 */
export function toggleExistingReader(key: string, hostTag: string): Promise<ToggleOutcome> | 'closed' | null {
  const dom = Reflect.get(Reflect.get(globalThis, 'chrome') ?? {}, 'dom') as
    { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } | undefined;
  // Firefox has no chrome.dom; its content scripts read closed shadow roots from the element instead.
  const shadowOf = (el: Element) =>
    dom?.openOrClosedShadowRoot?.(el) ?? (Reflect.get(el, 'openOrClosedShadowRoot') as ShadowRoot | null);
  const orphanHost = Array.from(document.querySelectorAll(hostTag)).find(
    (el) => shadowOf(el)?.mode === 'closed',
  );
  // An own property of this world's global, where our script set it: a page element named like the key shows
  // through `globalThis[key]` in every world (DOM clobbering), never as an own property.
  const handle = Object.getOwnPropertyDescriptor(globalThis, key)?.value as ReaderHandle | undefined;
  if (handle?.isAlive()) return handle.toggle();
  if (!orphanHost) return null;
  orphanHost.remove();
  return 'closed';
}
