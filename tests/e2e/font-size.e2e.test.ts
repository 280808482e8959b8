import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReaderBrowser } from '../../scripts/harness/browser';
import { useReaderBrowser } from '../helpers/reader-browser';
import { ReaderInspector } from '../../scripts/harness/reader-inspector';
import { REFERENCE_PAGE } from '../../scripts/harness/reference-page';
import { waitFor } from '../../scripts/harness/wait';

const INCREASE = 'button[aria-label="Increase font size"]';
const DECREASE = 'button[aria-label="Decrease font size"]';

let browser: ReaderBrowser;
// Two tabs on two sites: 127.0.0.1 and localhost are different origins to the browser.
let first: { page: Page; reader: ReaderInspector };
let second: { page: Page; reader: ReaderInspector };

useReaderBrowser({
  setup: async (launched) => {
    browser = launched;
    for (const host of ['127.0.0.1', 'localhost'] as const) {
      const page = await browser.openTab(REFERENCE_PAGE, host);
      const tab = { page, reader: await ReaderInspector.attach(page) };
      if (host === '127.0.0.1') first = tab;
      else second = tab;
    }
  },
});

async function openReader(
  { page, reader }: { page: Page; reader: ReaderInspector },
  host: '127.0.0.1' | 'localhost',
) {
  await browser.goto(page, REFERENCE_PAGE, host);
  await browser.clickToolbar(page);
  await waitFor(
    () => reader.snapshot(),
    (s) => s.paragraphs.length > 0,
    'the reader to open',
  );
}

function untilFontSize(reader: ReaderInspector, accept: (px: number) => boolean, what: string) {
  return waitFor(() => reader.articleFontSize(), accept, what, { timeout: 5000 });
}

describe('font size', () => {
  it('the buttons change the size of the article text', async () => {
    await openReader(first, '127.0.0.1');
    const initial = await first.reader.articleFontSize();
    expect(initial).toBeGreaterThan(0);

    await first.reader.click(INCREASE);
    const larger = await untilFontSize(first.reader, (px) => px > initial, 'a larger font');
    await first.reader.click(DECREASE);
    await first.reader.click(DECREASE);
    const smaller = await untilFontSize(first.reader, (px) => px < initial, 'a smaller font');

    expect(larger).toBeGreaterThan(initial);
    expect(smaller).toBeLessThan(initial);
  });

  it('is kept when the reader opens again on another site', async () => {
    await openReader(first, '127.0.0.1');
    const start = await first.reader.articleFontSize();
    await first.reader.click(INCREASE);
    const once = await untilFontSize(first.reader, (px) => px > start, 'one step up');
    await first.reader.click(INCREASE);
    const chosen = await untilFontSize(first.reader, (px) => px > once, 'two steps up');
    expect(chosen, 'differs from the 20px default').not.toBe(20);
    await browser.clickToolbar(first.page);
    await waitFor(
      () => first.reader.hostCount(),
      (n) => n === 0,
      'the reader to close',
    );

    await openReader(second, 'localhost');
    expect(await untilFontSize(second.reader, (px) => px === chosen, 'the stored size')).toBe(chosen);
  });

  it('a change in one tab updates the reader open in the other tab at once', async () => {
    await openReader(first, '127.0.0.1');
    await openReader(second, 'localhost');
    const before = await second.reader.articleFontSize();
    expect(await first.reader.articleFontSize()).toBe(before);

    await first.page.bringToFront();
    await first.reader.click(INCREASE);

    const after = await untilFontSize(second.reader, (px) => px > before, 'the other tab to follow');
    expect(after).toBe(await first.reader.articleFontSize());
  });
});

describe('service worker', () => {
  it('logged no error and no unhandled rejection', async () => {
    expect(await browser.workerErrors()).toEqual([]);
  });
});
