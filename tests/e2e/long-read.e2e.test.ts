import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as ExtensionApi } from 'wxt/browser';
import type { ReaderBrowser } from '../../scripts/harness/browser';
import { useReaderBrowser } from '../helpers/reader-browser';
import { axeOnPage, ComfortOverlay } from './comfort-overlay';
import { quoteOf } from '../../utils/long-read/anchor';
import { ReaderInspector } from '../../scripts/harness/reader-inspector';
import { waitFor } from '../../scripts/harness/wait';

// Long reads as a user meets them: the release build, real toolbar clicks, real mouse, wheel and keys; the
// closed shadow root is read through the DevTools protocol. One browser for the file, tabs opened and closed
// as a reader does between two sittings.
const LONG = 'pages/long-read.html';
const EDITED = 'pages/long-read-edited.html';
const CHANGED = 'pages/long-read-changed.html';
const PLAIN = 'pages/long-read-plain.html';
const SHORT = 'pages/short-read.html';
const POSITIONS = 'readingPositions';
/** `LECTERN_SCREENSHOTS=1` refreshes the screenshots in docs/. */
const SCREENSHOTS = process.env.LECTERN_SCREENSHOTS === '1';
/** The paragraph two thirds down the 60-paragraph fixture. */
const TWO_THIRDS = 'Paragraph 40 of the canal story.';
/** A paragraph's text as the fixture has it (plain text: nothing escaped in these; spaces collapse in the quote). */
function fixtureParagraph(page: string, start: string): string {
  const html = readFileSync(new URL(page, import.meta.url), 'utf8');
  const found = html.split('<p>').find((part) => part.trim().startsWith(start));
  if (!found) throw new Error(`no paragraph "${start}" in ${page}`);
  return found.slice(0, found.indexOf('</p>'));
}
const HOSTILE = {
  'javascript:alert(1)': { block: 1, quote: 'x', offset: 0, at: 1 },
  'http://127.0.0.1/a': { block: '<img src=x onerror=alert(1)>', quote: 'x', offset: 0, at: 1 },
  'http://127.0.0.1/b': 'not a position',
};
const HEADINGS = [
  'The survey',
  'Measuring the fall',
  'The first winter',
  'Frozen locks',
  'Rations and wages',
  'The aqueduct',
  'Stone from the quarry',
  'The opening',
  'What remains',
];

let browser: ReaderBrowser;
/** The long-read fixture's key: the canonical address every long-read-* page declares (relative). */
let canonicalKey: string;

useReaderBrowser({
  setup: async (launched) => {
    browser = launched;
    canonicalKey = `http://127.0.0.1:${browser.server.port}/pages/long-read.html`;
  },
});

// ---- in the service worker (serialized: no outside names) ----

function readPositions(key: string): Promise<Record<string, Record<string, unknown>> | null> {
  const chrome = Reflect.get(self, 'chrome') as typeof ExtensionApi;
  return chrome.storage.local.get(key).then((all) => (all[key] as never) ?? null);
}

function storeRaw(items: Record<string, unknown>): Promise<void> {
  const chrome = Reflect.get(self, 'chrome') as typeof ExtensionApi;
  return chrome.storage.local.set(items);
}

function storedKeys(): Promise<string[]> {
  const chrome = Reflect.get(self, 'chrome') as typeof ExtensionApi;
  return chrome.storage.local.get(null).then((all) => Object.keys(all).sort());
}

/** Fills storage.local to a few bytes under its quota; returns the bytes left. */
async function fillStorage(): Promise<number> {
  const chrome = Reflect.get(self, 'chrome') as typeof ExtensionApi;
  const quota = chrome.storage.local.QUOTA_BYTES;
  const used = await chrome.storage.local.getBytesInUse(null);
  const name = 'lectern-test-filler';
  await chrome.storage.local.set({ [name]: 'x'.repeat(quota - used - name.length - 2 - 8) });
  return quota - (await chrome.storage.local.getBytesInUse(null));
}

function emptyFiller(): Promise<void> {
  const chrome = Reflect.get(self, 'chrome') as typeof ExtensionApi;
  return chrome.storage.local.remove('lectern-test-filler');
}

const positions = () => browser.worker.evaluate(readPositions, POSITIONS);

// ---- in the reader's shadow root (run through the protocol; no outside names) ----

function isReady(this: ShadowRoot): boolean {
  return this.querySelector('.long-read[data-ready="true"]') !== null;
}

/** Where a paragraph starting with `start` is, against the reading line (the toolbar's bottom). */
function paragraphPlace(this: ShadowRoot, start: string) {
  const root = this.querySelector<HTMLElement>('.reader')!;
  const line = this.querySelector('.toolbar')!.getBoundingClientRect().bottom;
  const p = Array.from(this.querySelectorAll('.article-body p')).find((el) =>
    (el.textContent ?? '').trim().startsWith(start),
  );
  if (!p) return null;
  return {
    fromLine: p.getBoundingClientRect().top - line,
    height: p.getBoundingClientRect().height,
    lineHeight: Number.parseFloat(getComputedStyle(p).lineHeight),
    fontSize: Number.parseFloat(getComputedStyle(p).fontSize),
    scrollTop: root.scrollTop,
    width: root.clientWidth,
  };
}

/** Scrolls the reader (a real scroll of its scroller, as a wheel or a scrollbar drag makes) to a paragraph. */
function scrollParagraphToLine(this: ShadowRoot, start: string): number {
  const root = this.querySelector<HTMLElement>('.reader')!;
  const line = this.querySelector('.toolbar')!.getBoundingClientRect().bottom;
  const p = Array.from(this.querySelectorAll('.article-body p')).find((el) =>
    (el.textContent ?? '').trim().startsWith(start),
  )!;
  root.scrollTop += p.getBoundingClientRect().top - line;
  return root.scrollTop;
}

function scrollTop(this: ShadowRoot): number {
  return this.querySelector<HTMLElement>('.reader')!.scrollTop;
}

function barText(this: ShadowRoot): string | null {
  const bar = this.querySelector<HTMLElement>('.long-read-bar');
  return bar ? (bar.innerText ?? '').replace(/\s+/g, ' ').trim() : null;
}

function timeLeft(this: ShadowRoot): string | null {
  return this.querySelector('.time-left')?.textContent ?? null;
}

function contentsEntries(this: ShadowRoot): { text: string; current: boolean; depth: number }[] | null {
  const panel = this.querySelector<HTMLElement>('.contents-panel');
  if (!panel || panel.hidden) return null;
  return Array.from(panel.querySelectorAll('button'), (button) => {
    let depth = 0;
    for (let el = button.parentElement; el && el !== panel; el = el.parentElement)
      if (el.localName === 'ol') depth++;
    return {
      text: button.textContent ?? '',
      current: button.getAttribute('aria-current') === 'location',
      depth,
    };
  });
}

/** The focused element inside the reader: its tag and text, and where its top is against the reading line. */
function focusedPlace(this: ShadowRoot) {
  const active = this.activeElement as HTMLElement | null;
  if (!active) return null;
  const line = this.querySelector('.toolbar')!.getBoundingClientRect().bottom;
  const box = active.getBoundingClientRect();
  return {
    tag: active.localName,
    text: (active.textContent ?? '').trim(),
    fromLine: box.top - line,
    inView: box.top >= line - 1 && box.bottom <= innerHeight,
  };
}

/** The middle of the first button under `selector` whose text or name starts with `start`, scrolled into view. */
function buttonCenter(this: ShadowRoot, selector: string, start: string) {
  const button = Array.from(this.querySelectorAll<HTMLElement>(selector)).find((el) =>
    (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().startsWith(start),
  );
  if (!button || !button.checkVisibility()) return null;
  const box = button.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

// ---- a reader's actions ----

interface Sitting {
  tab: Page;
  reader: ReaderInspector;
  url: string;
}

/** A new tab on `url`, the toolbar clicked, and the long-read features in (again after a rare activeTab refusal). */
async function sitDown(url: string, viewport = { width: 1200, height: 800 }): Promise<Sitting> {
  const tab = await browser.context.newPage();
  await tab.setViewportSize(viewport);
  await tab.goto(url);
  const reader = await ReaderInspector.attach(tab);
  await openReader(tab, reader);
  return { tab, reader, url };
}

async function openReader(tab: Page, reader: ReaderInspector): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await browser.clickToolbar(tab);
    const ready = await waitFor(() => reader.read(isReady), Boolean, 'the long-read layer', {
      timeout: 6000,
    }).then(
      () => true,
      () => false,
    );
    if (ready) return;
    const { title } = await browser.badge(tab);
    if (attempt >= 3 || !title.includes('does not let extensions read it'))
      throw new Error(`the reader did not open with its long-read layer (button title: ${title})`);
  }
}

async function closeReader({ tab, reader }: Sitting): Promise<void> {
  await browser.clickToolbar(tab);
  await waitFor(
    () => reader.hostCount(),
    (n) => n === 0,
    'the reader to close',
  );
}

async function leave(sitting: Sitting): Promise<void> {
  await sitting.reader.detach();
  await sitting.tab.close();
}

async function clickButton({ tab, reader }: Sitting, selector: string, start: string): Promise<void> {
  const at = await waitFor(
    () => reader.read(buttonCenter, selector, start),
    (point) => point !== null,
    `${selector} "${start}"`,
  );
  await tab.mouse.click(at!.x, at!.y);
}

/** Two frames in the page: whatever a scroll or a click scheduled has been drawn. */
async function frames(tab: Page): Promise<void> {
  await tab.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

function storedAnchorQuote(): Promise<unknown> {
  return positions().then((all) => all?.[canonicalKey]?.quote ?? all?.[canonicalKey]?.finished ?? null);
}

describe('continue where you left off', () => {
  let firstUrl: string;
  /** The paragraph as laid out in the first sitting (1200 px wide, the default font size). */
  let firstLayout: { height: number; fontSize: number; width: number };

  it('remembers the paragraph two thirds down, and "Continue" in a new tab brings it back to the top', async () => {
    firstUrl = browser.server.url(LONG);
    const first = await sitDown(firstUrl);
    expect(await first.reader.read(barText)).toBeNull();
    await first.reader.read(scrollParagraphToLine, TWO_THIRDS);
    firstLayout = (await first.reader.read(paragraphPlace, TWO_THIRDS))!;
    await waitFor(storedAnchorQuote, (quote) => String(quote).startsWith(TWO_THIRDS), 'the position saved');
    await closeReader(first);
    const saved = (await positions())![canonicalKey]!;
    expect(saved).toMatchObject({ block: expect.any(Number), offset: 0 });
    expect(String(saved.quote)).toMatch(/^Paragraph 40 of the canal story\. The /);
    await leave(first);

    // The same address in a new tab.
    const again = await sitDown(firstUrl);
    expect(await again.reader.read(barText)).toBe('Continue where you left off · Start from the top');
    expect(await again.reader.read(scrollTop)).toBe(0);
    if (SCREENSHOTS) await again.tab.screenshot({ path: 'docs/long-read-continue.png' });
    const overlay = await ComfortOverlay.attach(again.tab);
    expect(await overlay.axe()).toEqual([]);
    await clickButton(again, '.long-read-bar button', 'Continue where you left off');
    await frames(again.tab);
    const place = (await again.reader.read(paragraphPlace, TWO_THIRDS))!;
    expect(Math.abs(place.fromLine)).toBeLessThanOrEqual(place.lineHeight);
    expect(await again.reader.read(barText)).toBeNull();
    await closeReader(again);
    await leave(again);
  });

  it('finds the same paragraph at another window width and font size, on an address with tracking parameters', async () => {
    const tracked = `${browser.server.url(LONG)}&utm_source=newsletter&fbclid=abc#comments`;
    const narrow = await sitDown(tracked, { width: 700, height: 650 });
    const before = (await narrow.reader.read(paragraphPlace, TWO_THIRDS))!;
    // Two clicks on A+: a bigger font than when the position was saved (the narrow toolbar keeps it in its row).
    await clickButton(narrow, '.toolbar button', 'Increase font size');
    await clickButton(narrow, '.toolbar button', 'Increase font size');
    await waitFor(
      () => narrow.reader.read(paragraphPlace, TWO_THIRDS),
      (p) => (p?.fontSize ?? 0) > before.fontSize,
      'the bigger font',
    );
    await clickButton(narrow, '.long-read-bar button', 'Continue where you left off');
    await frames(narrow.tab);
    const place = (await narrow.reader.read(paragraphPlace, TWO_THIRDS))!;
    // Another layout altogether: narrower, bigger type, the paragraph on more lines.
    expect(firstLayout.width).toBeGreaterThan(1000);
    expect(place.width).toBeLessThanOrEqual(700);
    expect(place.fontSize).toBeGreaterThan(firstLayout.fontSize);
    expect(place.height).toBeGreaterThan(firstLayout.height * 1.2);
    expect(Math.abs(place.fromLine)).toBeLessThanOrEqual(place.lineHeight);
    await closeReader(narrow);
    await leave(narrow);
  });

  it('finds it again in an edited article: paragraphs added and removed above it', async () => {
    const edited = await sitDown(browser.server.url(EDITED));
    await clickButton(edited, '.long-read-bar button', 'Continue where you left off');
    await frames(edited.tab);
    const place = (await edited.reader.read(paragraphPlace, TWO_THIRDS))!;
    expect(Math.abs(place.fromLine)).toBeLessThanOrEqual(place.lineHeight);
    await closeReader(edited);
    await leave(edited);
  });

  it('says so and starts at the top when the paragraph is no longer in the text', async () => {
    const changed = await sitDown(browser.server.url(CHANGED));
    expect(await changed.reader.read(barText)).toBe(
      'This article changed since you last read it and your place was not found: starting from the top. Dismiss',
    );
    expect(await changed.reader.read(scrollTop)).toBe(0);
    await clickButton(changed, '.long-read-bar button', 'Dismiss');
    await waitFor(
      () => changed.reader.read(barText),
      (text) => text === null,
      'the note to go',
    );
    await closeReader(changed);
    // Opened and closed without reading on: the remembered place is still the one from before.
    expect(String(await storedAnchorQuote())).toMatch(/^Paragraph 40 /);
    await leave(changed);
  });

  it('"Start from the top" leaves the reader at the top, the bar gone', async () => {
    const sitting = await sitDown(browser.server.url(LONG));
    await clickButton(sitting, '.long-read-bar button', 'Start from the top');
    await waitFor(
      () => sitting.reader.read(barText),
      (text) => text === null,
      'the bar to go',
    );
    expect(await sitting.reader.read(scrollTop)).toBe(0);
    expect(await sitting.reader.focused()).toBe('reader');
    await closeReader(sitting);
    await leave(sitting);
  });

  it('marks the article finished when read to the end, and opens it at the top with no offer', async () => {
    const sitting = await sitDown(browser.server.url(LONG));
    await clickButton(sitting, '.long-read-bar button', 'Start from the top');
    // The End key, on the reader that has the focus, scrolls to the end as a reader would.
    await sitting.tab.keyboard.press('End');
    await waitFor(storedAnchorQuote, (value) => value === true, 'the article marked finished');
    await closeReader(sitting);
    expect((await positions())![canonicalKey]).toEqual({ finished: true, at: expect.any(Number) });
    await leave(sitting);

    const next = await sitDown(browser.server.url(LONG));
    await frames(next.tab);
    expect(await next.reader.read(barText)).toBeNull();
    expect(await next.reader.read(scrollTop)).toBe(0);
    await closeReader(next);
    await leave(next);
  });
});

describe('time left and the table of contents', () => {
  let sitting: Sitting;
  let overlay: ComfortOverlay;

  beforeAll(async () => {
    sitting = await sitDown(browser.server.url(LONG));
    overlay = await ComfortOverlay.attach(sitting.tab);
  });

  afterAll(async () => {
    await leave(sitting);
  });

  it('shows the minutes left, fewer as the wheel scrolls down', async () => {
    const minutes = async () =>
      Number(/^(\d+) min left$/.exec((await sitting.reader.read(timeLeft)) ?? '')?.[1]);
    const atTop = await waitFor(minutes, (n) => n > 0, 'the time left');
    // 5,491 words at 230 words a minute.
    expect(atTop).toBe(24);
    await sitting.tab.mouse.move(600, 400);
    await sitting.tab.mouse.wheel(0, 4000);
    const lower = await waitFor(minutes, (n) => n > 0 && n < atTop, 'fewer minutes left');
    await sitting.tab.mouse.wheel(0, 4000);
    await waitFor(minutes, (n) => n > 0 && n < lower, 'fewer minutes still');
  });

  it('lists every heading in order, nested, and jumping to the 7th focuses it at the top of the view', async () => {
    await clickButton(sitting, '.toolbar button', 'Contents');
    const entries = await waitFor(
      () => sitting.reader.read(contentsEntries),
      (list) => list !== null,
      'the contents panel',
    );
    expect(entries!.map((entry) => entry.text)).toEqual(HEADINGS);
    expect(entries!.map((entry) => entry.depth)).toEqual([1, 2, 1, 2, 2, 1, 2, 1, 1]);
    expect(await overlay.axe()).toEqual([]);
    if (SCREENSHOTS) await sitting.tab.screenshot({ path: 'docs/long-read-contents.png' });

    await clickButton(sitting, '.contents-panel button', HEADINGS[6]!);
    const focused = await waitFor(
      () => sitting.reader.read(focusedPlace),
      (place) => place?.tag === 'h3',
      'the focus on the heading',
    );
    expect(focused).toMatchObject({ tag: 'h3', text: HEADINGS[6], inView: true });
    expect(Math.abs(focused!.fromLine)).toBeLessThan(12);
    // The list lay over the column, where the heading is: it stepped aside.
    expect(await sitting.reader.read(contentsEntries)).toBeNull();
  });

  it('marks the current section, and ] and [ move to the next and previous heading', async () => {
    await sitting.tab.keyboard.press(']');
    expect(await sitting.reader.read(focusedPlace)).toMatchObject({
      tag: 'h2',
      text: HEADINGS[7],
      inView: true,
    });
    await sitting.tab.keyboard.press('[');
    await sitting.tab.keyboard.press('[');
    const place = (await sitting.reader.read(focusedPlace))!;
    expect(place).toMatchObject({ tag: 'h2', text: HEADINGS[5], inView: true });
    await frames(sitting.tab);
    await clickButton(sitting, '.toolbar button', 'Contents');
    const entries = await waitFor(
      () => sitting.reader.read(contentsEntries),
      (list) => list !== null,
      'the contents panel',
    );
    expect(entries!.filter((entry) => entry.current).map((entry) => entry.text)).toEqual([HEADINGS[5]]);
    // Opening the list puts the focus on the current section's entry.
    expect(await sitting.reader.focused()).toBe('is-current');
    // Esc closes the list, not the reader, and gives the focus back to the Contents button.
    await sitting.tab.keyboard.press('Escape');
    expect(await sitting.reader.read(contentsEntries)).toBeNull();
    expect(await sitting.reader.hostCount()).toBe(1);
    expect(await sitting.reader.focused()).toBe('Contents');
  });

  it('works from the keyboard alone: Enter opens the list, Tab and Enter jump to a heading', async () => {
    await sitting.tab.keyboard.press('Enter');
    await waitFor(
      () => sitting.reader.read(contentsEntries),
      (list) => list !== null,
      'the contents panel',
    );
    await sitting.tab.keyboard.press('Tab');
    await sitting.tab.keyboard.press('Enter');
    const focused = await waitFor(
      () => sitting.reader.read(focusedPlace),
      (place) => place?.text === HEADINGS[6],
      'the focus on the 7th heading',
    );
    expect(focused).toMatchObject({ tag: 'h3', inView: true });
    expect(Math.abs(focused!.fromLine)).toBeLessThan(12);
  });

  it('shows no time left and no contents button on a 300-word article', async () => {
    const short = await sitDown(browser.server.url(SHORT));
    await frames(short.tab);
    expect(await short.reader.read(timeLeft)).toBeNull();
    expect(await short.reader.read(buttonCenter, '.toolbar button', 'Contents')).toBeNull();
    const words = await short.reader.read(function (this: ShadowRoot) {
      return (this.querySelector('.article-body')?.textContent ?? '').trim().split(/\s+/).length;
    });
    expect(words).toBe(300);
    await leave(short);
  });
});

describe('pages that move, storage that fails, data that lies', () => {
  it('keeps the position under the address the article was read at when the page moves on with pushState', async () => {
    const url = browser.server.url(PLAIN);
    const key = url;
    const sitting = await sitDown(url);
    await sitting.reader.read(scrollParagraphToLine, 'Paragraph 20 of the canal story.');
    await waitFor(positions, (all) => all?.[key] !== undefined, 'the position saved');
    await sitting.reader.read(scrollParagraphToLine, 'Paragraph 50 of the canal story.');
    await sitting.tab.evaluate(() => history.pushState({}, '', '/pages/next-story.html'));
    await waitFor(
      () => sitting.reader.hostCount(),
      (n) => n === 0,
      'the reader to close on the new address',
    );
    const settled = await waitFor(positions, () => false, 'storage to settle', { stableFor: 1500 });
    const keys = Object.keys(settled ?? {});
    expect(keys).toContain(key);
    expect(keys.some((stored) => stored.includes('next-story'))).toBe(false);
    expect(String(settled![key]!.quote)).toMatch(/^Paragraph (20|50) of the canal story/);

    // Reopened on the new address: nothing remembered there, no offer.
    await openReader(sitting.tab, sitting.reader);
    expect(await sitting.reader.read(barText)).toBeNull();
    await leave(sitting);
  });

  it('keeps reading and says nothing is remembered when storage is full', async () => {
    const left = await browser.worker.evaluate(fillStorage);
    try {
      expect(left).toBeLessThan(16);
      const sitting = await sitDown(browser.server.url(PLAIN));
      await sitting.reader.read(scrollParagraphToLine, 'Paragraph 30 of the canal story.');
      const note = await waitFor(
        () => sitting.reader.read(barText),
        (text) => text !== null,
        'the note that nothing is remembered',
      );
      expect(note).toContain("can't be remembered on this browser");
      expect(await sitting.reader.read(timeLeft)).toMatch(/min left/);
      expect(await sitting.reader.read(paragraphPlace, 'Paragraph 30 of the canal story.')).not.toBeNull();
      await leave(sitting);
    } finally {
      await browser.worker.evaluate(emptyFiller);
    }
  });

  it('ignores corrupt and hostile stored positions, and uses the valid one', async () => {
    const url = browser.server.url(PLAIN);
    const quote = quoteOf(fixtureParagraph(PLAIN.replace('pages/', './pages/'), 'Paragraph 30 of'));
    expect(quote).toMatch(/^Paragraph 30 of the canal story\. The .{20,}$/);
    const valid = { block: 40, quote, offset: 0, at: Date.now() };
    const stored = (await positions()) ?? {};
    await browser.worker.evaluate(storeRaw, { [POSITIONS]: { ...stored, [url]: valid, ...HOSTILE } });
    const sitting = await sitDown(url);
    // The quote names paragraph 30 at a wrong index (40): the quote wins.
    await clickButton(sitting, '.long-read-bar button', 'Continue where you left off');
    await frames(sitting.tab);
    const place = (await sitting.reader.read(paragraphPlace, 'Paragraph 30 of the canal story.'))!;
    expect(Math.abs(place.fromLine)).toBeLessThanOrEqual(place.lineHeight);
    await leave(sitting);
  });
});

describe('Reading history on the options page', () => {
  let options: Page;

  beforeAll(async () => {
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });

  const historyText = () => options.locator('.options-history').innerText();

  it('counts the remembered articles and the invalid entries, and is accessible', async () => {
    const stored = (await positions()) ?? {};
    await browser.worker.evaluate(storeRaw, { [POSITIONS]: { ...stored, ...HOSTILE } });
    const valid = Object.keys(stored).filter((key) => key.startsWith('http://127.0.0.1:'));
    expect(valid.length).toBeGreaterThanOrEqual(3);
    await waitFor(historyText, (text) => text.includes(`Articles remembered: ${valid.length}`), 'the count');
    expect(await historyText()).toContain('3 stored reading positions were not valid and were ignored.');
    expect(await axeOnPage(options)).toEqual([]);
  });

  it('changes the pace and turns remembering off and on', async () => {
    const settings = () =>
      browser.worker.evaluate(() => {
        const chrome = Reflect.get(self, 'chrome') as typeof ExtensionApi;
        return chrome.storage.sync.get('settings').then((all) => all.settings as Record<string, unknown>);
      });
    await options.getByLabel('Reading pace for “time left” (words per minute)').fill('300');
    await options.getByLabel('Reading pace for “time left” (words per minute)').press('Tab');
    await waitFor(settings, (s) => s?.wordsPerMinute === 300, 'the pace stored');
    await options.getByLabel('Remember where I stopped').click();
    await waitFor(settings, (s) => s?.rememberPosition === false, 'remembering off');
    await options.getByLabel('Remember where I stopped').click();
    await waitFor(settings, (s) => s?.rememberPosition === true, 'remembering on');
  });

  it('"Forget all" empties the storage', async () => {
    await options.getByRole('button', { name: 'Forget all' }).click();
    await waitFor(historyText, (text) => text.includes('Articles remembered: 0'), 'the count at 0');
    expect(await historyText()).toContain('Reading history forgotten.');
    const keys = await browser.worker.evaluate(storedKeys);
    expect(keys.filter((key) => key.startsWith(POSITIONS))).toEqual([]);
    expect(await options.getByRole('button', { name: 'Forget all' }).isDisabled()).toBe(true);
  });

  it('leaves the reader with no offer on an article it had remembered', async () => {
    const sitting = await sitDown(browser.server.url(LONG));
    await frames(sitting.tab);
    expect(await sitting.reader.read(barText)).toBeNull();
    await leave(sitting);
    expect(await browser.workerErrors()).toEqual([]);
  });
});
