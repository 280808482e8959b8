/**
 * The overlay's container: a closed shadow root on a host attached to <html>.
 *
 * We do this by hand rather than with WXT's createShadowRootUi: that helper (with its isolated-element,
 * auto-mount and element-waiting dependencies) weighs on the content script's size budget, and its extra features (document-level styles for @font-face, anchors, auto-mount) are ones the reader
 * must not use anyway, since they would write to the page.
 */
export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

// Keys typed in the reader are the reader's: without this, page shortcuts (j/k, "/" search) fire too.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function attachShadowHost(name: string, css: string, kind: string): ShadowHost {
  const host = document.createElement(name);
  host.setAttribute('data-kind', kind);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  // A child of <html>, not <body>: pages that prune unknown children of <body> leave it alone.
  document.documentElement.append(host);
  return { host, container, remove: () => host.remove() };
}
