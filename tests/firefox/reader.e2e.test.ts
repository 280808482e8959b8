import type { Server } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_BUILD_DIR,
  launchFirefoxWithExtension,
  OverlayProbe,
  servePages,
  triggerToggle,
} from './firefox';

const ARTICLE_TEXT = [
  'Night trains return to the Alps',
  'The first sleeper service in a decade rolled out of Zurich',
  'Why now',
  'People want the journey to be part of the holiday again',
  'bound for the valleys and, by breakfast, the sea.',
];
// One phrase from each kind of clutter on the page: banner, navigation, share bar, ad, inline
// related links, comments, sidebar, newsletter form, footer.
const CLUTTER_TEXT = [
  'Accept cookies',
  'World desk',
  'Share on Chirper',
  'Win a cruise to nowhere',
  'Ten station cafés worth the detour',
  'the coffee was terrible',
  'Most read',
  'Sign up for our newsletter',
  'Terms of use',
];

const INCREASE = '[aria-label="Increase font size"]';
const DECREASE = '[aria-label="Decrease font size"]';

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${String(value)}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

describe('Firefox ESR: the reader on an article page (test-only e2e build)', () => {
  let browser: Browser;
  let page: Page;
  let server: Server;
  let articleUrl: string;
  let overlay: OverlayProbe;

  // What is shown (innerText): the closed "Removed" panel lists the removed clutter, out of sight.
  const readerText = () =>
    overlay.inShadow<string>("(root) => root.querySelector('.reader')?.innerText ?? ''");
  const paragraphFontSize = () =>
    overlay.inShadow<number>(
      "(root) => parseFloat(getComputedStyle(root.querySelector('.article-body p')).fontSize)",
    );

  async function openReader(): Promise<void> {
    await page.goto(articleUrl);
    await triggerToggle(page);
    await waitFor(() => overlay.shadowRoot(), Boolean, 'the reader overlay');
    // The reader renders once the stored settings are read (no first frame at the default size).
    await waitFor(readerText, (text) => text.length > 0, 'the reader content');
  }

  beforeAll(async () => {
    const served = await servePages();
    server = served.server;
    articleUrl = `${served.origin}/article.html`;
    browser = await launchFirefoxWithExtension(E2E_BUILD_DIR);
    page = await browser.newPage();
    overlay = new OverlayProbe(browser, page);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('opens the reader with the article and none of the clutter', async () => {
    await openReader();
    const text = await readerText();
    for (const phrase of ARTICLE_TEXT) expect(text).toContain(phrase);
    for (const phrase of CLUTTER_TEXT) expect(text).not.toContain(phrase);
    // The adjustments script loads in Firefox too: the toolbar counts what was removed.
    await waitFor(readerText, (shown) => /Removed \(\d+\)/.test(shown), 'the Removed button');
    // Closed shadow root: the page's scripts cannot reach into the reader.
    expect(await page.$eval('lectern-reader', (host) => host.shadowRoot === null)).toBe(true);
    // The page itself is read, not rewritten: its own clutter is still in its DOM.
    expect(await page.$eval('body', (body) => body.textContent)).toContain('Most read');
  });

  it('closes on a second press and leaves only the page', async () => {
    await openReader();
    await triggerToggle(page);
    expect(await overlay.shadowRoot()).toBeNull();
    expect(await page.$$eval('lectern-reader', (hosts) => hosts.length)).toBe(0);
  });

  it('changes the font size with the toolbar buttons and keeps it after a reload', async () => {
    await openReader();
    const before = await paragraphFontSize();

    await overlay.click(INCREASE);
    const bigger = await waitFor(paragraphFontSize, (size) => size > before, 'a bigger font');
    expect(
      await overlay.inShadow<string>("(root) => root.querySelector('.font-size-value').textContent"),
    ).toBe(`${bigger} px`);

    await page.reload();
    expect(await overlay.shadowRoot()).toBeNull();
    await triggerToggle(page);
    await waitFor(() => overlay.shadowRoot(), Boolean, 'the reader overlay');
    await waitFor(readerText, (text) => text.length > 0, 'the reader content');
    await waitFor(paragraphFontSize, (size) => size === bigger, 'the saved font size after a reload');

    await overlay.click(DECREASE);
    await waitFor(paragraphFontSize, (size) => size === before, 'the font size back down');
  });
});
