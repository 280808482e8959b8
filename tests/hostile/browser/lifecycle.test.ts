import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReaderBrowser } from '../../../scripts/harness/browser';
import { ReaderInspector } from '../../../scripts/harness/reader-inspector';
import { waitFor } from '../../../scripts/harness/wait';
import { useHostileBrowser, type HostileServer } from './hostile-server';

const CYCLES = 100;
const WARM_UP = 20;
const MAX_GROWTH = 0.1;
// What stays between opens, measured: the content script's two listeners and 3 nodes. A copy of the test page
// is about 95 nodes, a closed reader's article as many again.
const LEFT_BEHIND = { nodes: 10, listeners: 4 };

let browser: ReaderBrowser;
let server: HostileServer;

useHostileBrowser(
  (launched, started) => {
    browser = launched;
    server = started;
  },
  { reloadable: true },
);

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cycles</title></head><body>
<article><h1>The long count</h1>${Array.from(
  { length: 30 },
  (_, i) =>
    `<p>Paragraph ${i}: the observatory logged the comet every night for a month, and the volunteers ` +
    `compared their notes with the archive from the last passage, seventy-six years before.</p>`,
).join('\n')}</article></body></html>`;

const hosts = (page: Page) => page.evaluate(() => document.querySelectorAll('lectern-reader').length);

async function toggleTo(page: Page, wanted: number): Promise<void> {
  await browser.clickToolbar(page);
  await waitFor(
    () => hosts(page),
    (n) => n === wanted,
    `${wanted} reader host(s)`,
    { interval: 10 },
  );
}

const INCREASE = 'button[aria-label="Increase font size"]';

/** What a page's console and uncaught errors show while the test runs (resource 404s aside). */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console: ${message.text()}`);
  });
  return errors;
}

interface Counters {
  nodes: number;
  listeners: number;
  heap: number;
}

/** After a full garbage collection: DOM nodes and JS listeners of the renderer, and the used JS heap. */
async function measure(cdp: CDPSession): Promise<Counters> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { nodes: dom.nodes, listeners: dom.jsEventListeners, heap: usedSize };
}

describe('lifecycle', () => {
  it(`${CYCLES} open/close cycles leave no extra nodes, listeners or heap (growth ≤ ${MAX_GROWTH * 100} %)`, async () => {
    const page = await browser.context.newPage();
    await page.goto(server.host('cycles', { html: ARTICLE }));
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const pristine = await measure(cdp);
    for (let i = 0; i < WARM_UP; i++) (await toggleTo(page, 1), await toggleTo(page, 0));
    const before = await measure(cdp);
    for (let i = 0; i < CYCLES; i++) (await toggleTo(page, 1), await toggleTo(page, 0));
    const after = await measure(cdp);
    const growth = (key: keyof Counters) => (after[key] - before[key]) / before[key];
    console.log(
      `[figures] cycles: ${CYCLES}, page alone: nodes ${pristine.nodes}, listeners ${pristine.listeners}; nodes ${before.nodes}→${after.nodes} (${(growth('nodes') * 100).toFixed(1)} %), ` +
        `listeners ${before.listeners}→${after.listeners} (${(growth('listeners') * 100).toFixed(1)} %), ` +
        `heap ${(before.heap / 1e6).toFixed(2)}→${(after.heap / 1e6).toFixed(2)} MB (${(growth('heap') * 100).toFixed(1)} %)`,
    );
    expect(growth('nodes')).toBeLessThanOrEqual(MAX_GROWTH);
    expect(growth('listeners')).toBeLessThanOrEqual(MAX_GROWTH);
    expect(growth('heap')).toBeLessThanOrEqual(MAX_GROWTH);
    // A closed reader holds nothing: not its article (kept by the adjustments bridge), nor the extraction's copies
    // of the page (kept by the text cache, the clutter walk's paragraph map and DOMPurify's `removed` list).
    expect(after.nodes - pristine.nodes, 'nodes left behind').toBeLessThanOrEqual(LEFT_BEHIND.nodes);
    expect(after.listeners - pristine.listeners, 'listeners left behind').toBeLessThanOrEqual(
      LEFT_BEHIND.listeners,
    );
    await page.close();
  });

  it('the service worker stopped under an open reader: the next press closes that reader, with no second one', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.host('worker-restart', { html: ARTICLE }));
    await toggleTo(page, 1);
    // Chromium stops an idle extension worker after 30 s: its memory of which tab got the reader is gone, so
    // the next press injects the script again, and the script must find the open reader and close it.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await toggleTo(page, 0);
    await page.waitForTimeout(300);
    expect(await hosts(page), 'no second reader appears').toBe(0);
    await toggleTo(page, 1);
    await toggleTo(page, 0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the extension reloaded under an open reader: no errors, a touch or a press closes it, the next click opens the new version', async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(server.host('reload', { html: ARTICLE }));
    const reader = await ReaderInspector.attach(page);
    const opened = () =>
      waitFor(
        () => reader.snapshot(),
        (s) => s.paragraphs.length === 30,
        'the reader with the whole article',
      );

    // 1. The reader of the old version is touched after the update: it closes quietly.
    await toggleTo(page, 1);
    await opened();
    await browser.reloadExtension();
    expect(await hosts(page), 'the old reader stays until the user acts').toBe(1);
    await reader.click(INCREASE);
    await waitFor(
      () => hosts(page),
      (n) => n === 0,
      'the orphaned reader to close on a touch',
    );

    // 2. The next click injects the new version, and its controls reach the new background.
    await toggleTo(page, 1);
    await opened();
    const before = await reader.articleFontSize();
    await reader.click(INCREASE);
    await waitFor(
      () => reader.articleFontSize(),
      (px) => px > before,
      'a larger font from the new version',
    );

    // 3. Updated again while open: the toolbar press closes the old reader, the one after opens anew.
    await browser.reloadExtension();
    await toggleTo(page, 0);
    await toggleTo(page, 1);
    await opened();
    await toggleTo(page, 0);

    expect(await browser.workerErrors()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
