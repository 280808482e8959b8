import type { Page } from 'playwright-core';

/**
 * Runs first in every vector page's own world. `__xss(n, el)` records a vector; alert() and friends are
 * routed to it with the event's target, so a firing is attributed to the element that fired it: inside the
 * reader's shadow root (`reader: true`), on the page's own copy (`false`), or unknown (`null`: no element,
 * or one in another document such as a frame).
 */
export const SENTINEL_SCRIPT = `<script>
(function () {
  var log = [];
  window.__xssLog = log;
  function placeOf(target) {
    if (!target || !target.nodeType || target.ownerDocument !== document) return null;
    var root = target.getRootNode();
    return root.nodeType === 11 && !!root.host && root.host.localName === 'lectern-reader';
  }
  window.__xss = function (n, el) {
    var target = el && el.nodeType ? el : window.event && window.event.target;
    log.push({ n: n, reader: placeOf(target), at: performance.now() });
  };
  ['alert', 'prompt', 'confirm', 'print'].forEach(function (name) {
    window[name] = function () { window.__xss(-1, window.event && window.event.target); };
  });
})();
</script>`;

export interface SentinelEntry {
  n: number;
  reader: boolean | null;
  at: number;
}

export const sentinelLog = (page: Page) =>
  page.evaluate(() => (Reflect.get(window, '__xssLog') as SentinelEntry[] | undefined) ?? []);

export const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** Entries fired by an element inside the reader's overlay: executed because of the reader. */
export function firedInReader(entries: SentinelEntry[]): SentinelEntry[] {
  return entries.filter((entry) => entry.reader === true);
}

/**
 * Firings after the page settled that no element can be tied to (the page's own copies reacting to the
 * focus moving into the reader, a frame loading late). Reported, not failed: the reader's side is covered by
 * firedInReader, the isolated world's log, dialogs, beacons and the overlay DOM audit.
 */
export function lateUnattributed(entries: SentinelEntry[], settledAt: number): SentinelEntry[] {
  return entries.filter((entry) => entry.reader === null && entry.at > settledAt);
}

// The same recorder for the content script's isolated world, defined there through CDP.
export const ISOLATED_SENTINEL =
  'globalThis.__xssLog = []; globalThis.__xss = (n) => globalThis.__xssLog.push(n); ' +
  "for (const name of ['alert', 'prompt', 'confirm', 'print']) globalThis[name] = () => globalThis.__xss(-1); true";
