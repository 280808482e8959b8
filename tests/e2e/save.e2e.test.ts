import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import type { Download, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReaderBrowser } from '../../scripts/harness/browser';
import { useReaderBrowser } from '../helpers/reader-browser';
import { ComfortOverlay } from './comfort-overlay';
import { ReaderInspector } from '../../scripts/harness/reader-inspector';
import {
  REFERENCE_CAPTION_START,
  REFERENCE_CLUTTER,
  REFERENCE_PAGE,
  REFERENCE_TITLE,
} from '../../scripts/harness/reference-page';
import { waitFor } from '../../scripts/harness/wait';

// Save, as a user does it: the release build, a real toolbar click, real mouse clicks on Save and its menu.
const SCREENSHOT = process.env.LECTERN_SCREENSHOTS === '1';
const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/news--korea-times-reference', import.meta.url));
// A name the browser resolves to the test server: an http page there is not a secure context (no Clipboard API).
const INSECURE_HOST = 'save-test.example';

let browser: ReaderBrowser;
let tab: Page;
let reader: ReaderInspector;
let overlay: ComfortOverlay;
let pageUrl: string;
let markdown: string;

useReaderBrowser({
  launch: {
    extraArgs: [`--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1`],
  },
  setup: async (launched) => {
    browser = launched;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    tab = await browser.openTab(REFERENCE_PAGE);
    reader = await ReaderInspector.attach(tab);
    overlay = await ComfortOverlay.attach(tab);
  },
});

// ---- what the user sees, read through the protocol ----

function hasSaveButton(this: ShadowRoot): boolean {
  return this.querySelector('.feature-slot [data-feature="save"] .save-toggle') !== null;
}

function menuState(this: ShadowRoot): { open: boolean; expanded: string | null } {
  const menu = this.querySelector<HTMLElement>('.save-menu');
  return {
    open: menu !== null && !menu.hidden,
    expanded: this.querySelector('.save-toggle')?.getAttribute('aria-expanded') ?? null,
  };
}

function statusText(this: ShadowRoot): string {
  return this.querySelector('.save-status')?.textContent ?? '';
}

function focusedText(this: ShadowRoot): string | null {
  const active = this.activeElement;
  return active ? (active.getAttribute('aria-label') ?? active.textContent?.trim() ?? null) : null;
}

/** The toolbar click, again after Chromium's rare activeTab refusal right after a navigation. */
async function openReader(url?: string): Promise<void> {
  if (url) await tab.goto(url);
  else await browser.goto(tab, REFERENCE_PAGE);
  for (let attempt = 1; ; attempt++) {
    await browser.clickToolbar(tab);
    const loaded = await waitFor(() => reader.read(hasSaveButton), Boolean, 'the Save button', {
      timeout: 5000,
    }).then(
      () => true,
      () => false,
    );
    if (loaded) return;
    const { title } = await browser.badge(tab);
    if (attempt >= 3 || !title.includes('does not let extensions read it'))
      throw new Error(`the reader did not open with its Save button (button title: ${title})`);
  }
}

async function openMenu(): Promise<void> {
  await reader.click('.save-toggle');
  await waitFor(
    () => reader.read(menuState),
    (state) => state?.open === true,
    'the save menu',
  );
}

async function choose(action: 'markdown' | 'html' | 'copy'): Promise<void> {
  await openMenu();
  await reader.click(`.save-menu [data-action="${action}"]`);
}

async function downloadOf(action: 'markdown' | 'html'): Promise<{ download: Download; text: string }> {
  const started = tab.waitForEvent('download', { timeout: 15_000 });
  await choose(action);
  const download = await started;
  const path = await download.path();
  return { download, text: await readFile(path, 'utf8') };
}

/** The fixture's own body paragraphs (what the reader must show), in order. */
async function expectedParagraphs(): Promise<string[]> {
  const html = await readFile(join(FIXTURE_DIR, 'expected.html'), 'utf8');
  const doc = new JSDOM(html).window.document;
  return Array.from(doc.querySelectorAll('p'), (p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Markdown's backslash escapes taken off, to compare prose. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

function frontMatterOf(text: string): Record<string, string> {
  const [, block = ''] = /^---\n([\s\S]*?)\n---\n/.exec(text) ?? [];
  return Object.fromEntries(
    block.split('\n').map((line) => {
      const at = line.indexOf(': ');
      return [line.slice(0, at), JSON.parse(line.slice(at + 2)) as string];
    }),
  );
}

/** The document's own http(s) requests while `work` runs (downloads and blob: URLs are not requests out). */
async function requestsDuring(page: Page, work: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const record = (request: Request) => {
    if (/^https?:/.test(request.url())) seen.push(request.url());
  };
  page.context().on('request', record);
  try {
    await work();
  } finally {
    page.context().off('request', record);
  }
  return seen;
}

describe('Save on the reference article', () => {
  it('Save → Markdown downloads the article: front matter, every paragraph in order, the caption once, no clutter', async () => {
    await openReader();
    // The reader's own image loads first: whatever Save asks of the network comes after.
    await tab.waitForLoadState('networkidle');
    pageUrl = tab.url();
    let saved: { download: Download; text: string } | undefined;
    const requests = await requestsDuring(tab, async () => {
      saved = await downloadOf('markdown');
    });
    // Building the file asks nothing of the network.
    expect(requests).toEqual([]);
    const { download, text } = saved!;
    markdown = text;
    expect(download.suggestedFilename()).toBe(`${REFERENCE_TITLE}.md`);

    const fields = frontMatterOf(text);
    expect(fields.title).toBe(REFERENCE_TITLE);
    expect(fields.url).toBe(pageUrl);
    expect(fields.site).toBe('The Korea Times');
    expect(fields.published).toBe('2024-10-29T16:52:00+09:00');
    expect(Number.isNaN(Date.parse(fields.saved!))).toBe(false);
    expect(text).toContain(`\n# ${REFERENCE_TITLE}\n`);

    const lines = text.split('\n').map(unescape);
    const paragraphs = await expectedParagraphs();
    expect(paragraphs).toHaveLength(12);
    const at = paragraphs.map((paragraph) => lines.indexOf(paragraph));
    expect(at.filter((index) => index < 0)).toEqual([]);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    // The photo once, with its alt text, and its caption once under it.
    const images = lines.filter((line) => line.startsWith('!['));
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/\]\(http:\/\/127\.0\.0\.1:\d+\/upload\/2024\/10\/borrell\.jpg\)$/);
    const captions = lines.filter((line) => !line.startsWith('![') && line.includes(REFERENCE_CAPTION_START));
    expect(captions).toHaveLength(1);
    expect(captions[0]).toMatch(new RegExp(`^_${REFERENCE_CAPTION_START}.*AFP-Yonhap_$`));
    expect(lines.indexOf(images[0]!)).toBeLessThan(lines.indexOf(captions[0]!));

    for (const clutter of REFERENCE_CLUTTER) expect(text, clutter).not.toContain(clutter);
    expect(await reader.read(statusText)).toBe(`Saving “${REFERENCE_TITLE}.md”`);
  });

  it('Copy as Markdown puts the same Markdown on the clipboard and says so', async () => {
    await tab.evaluate(() => navigator.clipboard.writeText('before'));
    await choose('copy');
    await waitFor(
      () => reader.read(statusText),
      (text) => text === 'Copied as Markdown',
      'the copied status',
    );
    const copied = await tab.evaluate(() => navigator.clipboard.readText());
    const withoutSaved = (text: string) => text.replace(/^saved: .*$/m, '');
    expect(copied).not.toBe('before');
    expect(withoutSaved(copied)).toBe(withoutSaved(markdown));
  });

  it('Save → HTML gives one file that shows the article, with no script and no request to any other host', async () => {
    const { download, text } = await downloadOf('html');
    expect(download.suggestedFilename()).toBe(`${REFERENCE_TITLE}.html`);
    const file = new JSDOM(text).window.document;
    expect(file.querySelectorAll('script, iframe, object, embed, base, link, form').length).toBe(0);
    const handlers = Array.from(file.querySelectorAll('*')).flatMap((el) =>
      el.getAttributeNames().filter((name) => name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    expect(file.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'",
    );
    const imageUrls = Array.from(file.querySelectorAll('img'), (img) => img.getAttribute('src'));
    expect(imageUrls).toHaveLength(1);

    // Opened from disk under its own name (the browser knows it for HTML by its extension), as a user opens it.
    const folder = await mkdtemp(join(tmpdir(), 'lectern-saved-'));
    const onDisk = join(folder, download.suggestedFilename());
    await download.saveAs(onDisk);
    const saved = await browser.context.newPage();
    try {
      const requests = await requestsDuring(saved, async () => {
        await saved.goto(pathToFileURL(onDisk).href);
        await saved.waitForLoadState('load');
      });
      // Its one photo, from where the article had it, and nothing else: no other host, no other file.
      expect(requests).toEqual(imageUrls);
      expect(new URL(requests[0]!).origin).toBe(new URL(pageUrl).origin);

      const shown = await saved.evaluate(() => ({
        scripts: document.scripts.length,
        title: document.querySelector('h1')?.textContent ?? '',
        paragraphs: Array.from(document.querySelectorAll('.article-body p'), (p) =>
          (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
        ),
        captions: document.querySelectorAll('figcaption').length,
        background: getComputedStyle(document.querySelector('.reader')!).backgroundColor,
        titleSize: getComputedStyle(document.querySelector('h1')!).fontSize,
        column: getComputedStyle(document.querySelector('.page')!).maxWidth,
        text: document.body.innerText,
      }));
      expect(shown.scripts).toBe(0);
      expect(shown.title).toBe(REFERENCE_TITLE);
      expect(shown.paragraphs.slice(0, 12)).toEqual(await expectedParagraphs());
      expect(shown.captions).toBe(1);
      // The reader's stylesheet and the theme it showed (light: the browser's default scheme), inlined.
      expect(shown.background).toBe(
        await reader.read(function (this: ShadowRoot) {
          return getComputedStyle(this.querySelector('.reader')!).backgroundColor;
        }),
      );
      expect(shown.background).toBe('rgb(253, 253, 251)');
      expect(shown.titleSize).toBe('35px'); // 1.75em of the reader's 20 px
      expect(shown.column).toBe('680px'); // 34em
      for (const clutter of REFERENCE_CLUTTER) expect(shown.text, clutter).not.toContain(clutter);
      if (SCREENSHOT) await saved.screenshot({ path: 'docs/saved-html.png' });
    } finally {
      await saved.close();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('works from the keyboard: arrows move, Esc closes the menu and leaves the reader open; no axe violation', async () => {
    await openMenu();
    expect(await reader.read(focusedText)).toBe('Markdown file (.md)');
    expect(await overlay.axe()).toEqual([]);
    if (SCREENSHOT) await tab.screenshot({ path: 'docs/save-menu.png' });
    await tab.keyboard.press('ArrowDown');
    expect(await reader.read(focusedText)).toBe('HTML page (.html)');
    await tab.keyboard.press('ArrowDown');
    expect(await reader.read(focusedText)).toBe('Copy as Markdown');
    await tab.keyboard.press('ArrowDown');
    expect(await reader.read(focusedText)).toBe('Markdown file (.md)');
    await tab.keyboard.press('Escape');
    expect(await reader.read(menuState)).toEqual({ open: false, expanded: 'false' });
    expect(await reader.read(focusedText)).toBe('Save article');
    expect(await reader.hostCount()).toBe(1);
    await tab.keyboard.press('ArrowUp');
    expect(await reader.read(menuState)).toEqual({ open: true, expanded: 'true' });
    expect(await reader.read(focusedText)).toBe('Copy as Markdown');
    await tab.keyboard.press('Escape');
    // A second Esc is the reader's own: it closes.
    await tab.keyboard.press('Escape');
    await waitFor(
      () => reader.hostCount(),
      (count) => count === 0,
      'the reader to close',
    );
  });

  it('copies with the copy command where the page is not a secure context', async () => {
    const insecure = pageUrl.replace('127.0.0.1', INSECURE_HOST).replace(/case=\d+/, 'case=insecure');
    await openReader(insecure);
    expect(await tab.evaluate(() => window.isSecureContext)).toBe(false);
    await choose('copy');
    await waitFor(
      () => reader.read(statusText),
      (text) => text === 'Copied as Markdown',
      'the copied status',
    );
    // Read back where the Clipboard API is allowed: the clipboard is the browser's, not the page's.
    const reading = await browser.context.newPage();
    try {
      await reading.goto(pageUrl);
      await reading.bringToFront();
      const copied = (await reading.evaluate(() => navigator.clipboard.readText())).replaceAll(
        INSECURE_HOST,
        '127.0.0.1',
      );
      expect(frontMatterOf(copied).url).toBe(insecure.replace(INSECURE_HOST, '127.0.0.1'));
      expect(copied).toContain(`\n# ${REFERENCE_TITLE}\n`);
      expect(copied.replace(/^(url|saved): .*$/gm, '')).toBe(markdown.replace(/^(url|saved): .*$/gm, ''));
    } finally {
      await reading.close();
    }
  });
});
