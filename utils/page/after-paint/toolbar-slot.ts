/**
 * The reader's toolbar holds one place for the after-paint features' buttons (`.feature-slot`, its width kept
 * from the first frame in reader.css, so nothing the user is about to click moves when they arrive). Each
 * feature gets its own span in it, always in this order whichever script lands first.
 */
export const FEATURE_ORDER = ['listen', 'contents', 'save'] as const;
export type ToolbarFeature = (typeof FEATURE_ORDER)[number];

/** The feature's own place in the toolbar of the reader holding `body`, emptied; null when there is none. */
export function featureSlot(body: HTMLElement, name: ToolbarFeature): HTMLElement | null {
  const root = body.getRootNode() as ParentNode;
  const slot = root.querySelector<HTMLElement>('.feature-slot');
  if (!slot) return null;
  let own = slot.querySelector<HTMLElement>(`:scope > [data-feature="${name}"]`);
  if (!own) {
    own = slot.ownerDocument.createElement('span');
    own.dataset.feature = name;
    const rank = FEATURE_ORDER.indexOf(name);
    const next = Array.from(slot.children).find(
      (child) => FEATURE_ORDER.indexOf((child as HTMLElement).dataset.feature as ToolbarFeature) > rank,
    );
    slot.insertBefore(own, next ?? null);
  }
  own.replaceChildren();
  return own;
}
