import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_BUILD_DIR,
  launchFirefoxWithExtension,
  OverlayProbe,
  servePages,
  triggerToggle,
} from './firefox';

// Save in Firefox: the converters injected on first use into Firefox's content-script world, and the download
// of a blob made there (Firefox honours <a download> only for what it counts as same-origin).
const TITLE = 'Night trains return to the Alps';

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${String(value)}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

describe('Firefox ESR: Save (test-only e2e build)', () => {
  let browser: Browser;
  let page: Page;
  let server: Server;
  let overlay: OverlayProbe;
  const downloads = mkdtempSync(join(tmpdir(), 'lectern-ff-downloads-'));

  const status = () =>
    overlay.inShadow<string>("(root) => root.querySelector('.save-status')?.textContent ?? ''");
  const menuOpen = () =>
    overlay.inShadow<boolean>("(root) => root.querySelector('.save-menu')?.hidden === false");

  beforeAll(async () => {
    const served = await servePages();
    server = served.server;
    browser = await launchFirefoxWithExtension(E2E_BUILD_DIR, {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    });
    page = await browser.newPage();
    overlay = new OverlayProbe(browser, page);
    await page.goto(`${served.origin}/article.html`);
    await triggerToggle(page);
    await waitFor(
      () =>
        overlay.inShadow<boolean>("(root) => root.querySelector('.save-toggle') !== null").catch(() => false),
      Boolean,
      'the Save button',
    );
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('downloads the Markdown file, built in Firefox by the converters injected on first use', async () => {
    await overlay.click('.save-toggle');
    await waitFor(menuOpen, Boolean, 'the save menu');
    await overlay.click('.save-menu [data-action="markdown"]');
    await waitFor(status, (text) => text.startsWith('Saving'), 'the saving status');
    const name = `${TITLE}.md`;
    await waitFor(
      async () => readdirSync(downloads),
      (files) => files.includes(name),
      'the downloaded file',
    );
    const text = await waitFor(
      async () => readFileSync(join(downloads, name), 'utf8'),
      (content) => content.endsWith('\n'),
      'the whole file',
    );
    expect(text.startsWith(`---\ntitle: "${TITLE}"\n`)).toBe(true);
    expect(text).toContain(`\n# ${TITLE}\n`);
    expect(text).toContain('The first sleeper service in a decade rolled out of Zurich');
    expect(text).not.toContain('Accept cookies');
    // The reader stays open after the download (a download is no move to another page).
    expect(await overlay.shadowRoot()).not.toBeNull();
  });

  it('copies as Markdown and says so', async () => {
    await overlay.click('.save-toggle');
    await waitFor(menuOpen, Boolean, 'the save menu');
    await overlay.click('.save-menu [data-action="copy"]');
    await waitFor(status, (text) => text === 'Copied as Markdown', 'the copied status');
  });
});
