import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReaderBrowser } from '../../scripts/harness/browser';
import { useReaderBrowser } from '../helpers/reader-browser';
import { ReaderInspector } from '../../scripts/harness/reader-inspector';
import { REFERENCE_PAGE } from '../../scripts/harness/reference-page';
import { waitFor } from '../../scripts/harness/wait';

let browser: ReaderBrowser;
let tab: Page;
let inspector: ReaderInspector;

useReaderBrowser({
  setup: async (launched) => {
    browser = launched;
    tab = await browser.openTab(REFERENCE_PAGE);
    inspector = await ReaderInspector.attach(tab);
  },
});

/** A reader opened on an article first, so the badge starts clean and any "!" comes from the next click. */
async function startFromCleanBadge(): Promise<void> {
  await browser.goto(tab, REFERENCE_PAGE);
  await browser.clickToolbar(tab);
  await waitFor(
    () => inspector.snapshot(),
    (s) => s.paragraphs.length > 0,
    'the reader to open',
  );
  expect(await browser.badge(tab)).toMatchObject({ text: '' });
}

async function clickAndReadBadge(): Promise<{ text: string; title: string }> {
  await browser.clickToolbar(tab);
  return waitFor(
    () => browser.badge(tab),
    (badge) => badge.text !== '',
    'a badge on the button',
  );
}

const UNAVAILABLE = /^Reader isn't available on this page: \S/;

describe('pages the reader cannot run on', () => {
  const restricted: Array<[string, () => string]> = [
    ['a browser page (chrome://version)', () => 'chrome://version/'],
    ['about:blank', () => 'about:blank'],
    ['a source view (view-source:)', () => `view-source:${browser.server.url(REFERENCE_PAGE)}`],
    ['a PDF document', () => browser.server.url('pages/document.pdf')],
  ];

  for (const [name, url] of restricted) {
    it(`badges the button with "!" and says why on ${name}`, async () => {
      await startFromCleanBadge();
      await tab.goto(url());
      const badge = await clickAndReadBadge();
      expect(badge.text).toBe('!');
      expect(badge.title).toMatch(UNAVAILABLE);
      expect(await inspector.hostCount()).toBe(0);
    });
  }

  it('shows a notice in the page and badges the button when a page has no article', async () => {
    await startFromCleanBadge();
    await browser.goto(tab, 'pages/no-article.html');
    const badge = await clickAndReadBadge();
    const notice = await waitFor(
      () => inspector.snapshot(),
      (s) => s.hostCount === 1,
      'the notice',
    );

    expect(notice.kind).toBe('notice');
    expect(notice.text).toMatch(/no article/i);
    expect(badge.text).toBe('!');
    expect(badge.title).toMatch(UNAVAILABLE);
    expect(badge.title).toMatch(/no article/i);
  });
});

describe('service worker', () => {
  it('logged no error and no unhandled rejection on any of those pages', async () => {
    expect(await browser.workerErrors()).toEqual([]);
  });
});
