import type { Page } from 'playwright-core';

/**
 * Runs first in every vector page's own world. `__xss(n, el)` records a vector; alert() and friends are
 * routed to it with the event's target, so a firing is attributed to the element that fired it: inside the
 * reader's shadow root (`reader: true`), on the page's own copy (`false`), or unknown (`null`).
 */
export const SENTINEL_SCRIPT = `<script>
(function () {
  var log = [];
  window.__xssLog = log;
  function placeOf(target) {
    if (!target || !target.nodeType) return null;
    try { return target.getRootNode() !== document; } catch (e) { return true; }
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

/** Entries the reader caused: fired inside the overlay, or fired from nowhere after the page settled. */
export function firedByReader(entries: SentinelEntry[], settledAt: number): SentinelEntry[] {
  return entries.filter((entry) => entry.reader === true || (entry.reader === null && entry.at > settledAt));
}

// The same recorder for the content script's isolated world, defined there through CDP.
export const ISOLATED_SENTINEL =
  'globalThis.__xssLog = []; globalThis.__xss = (n) => globalThis.__xssLog.push(n); ' +
  "for (const name of ['alert', 'prompt', 'confirm', 'print']) globalThis[name] = () => globalThis.__xss(-1); true";
