import type { Server } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSpeechAudio } from '../../scripts/harness/speech';
import {
  E2E_BUILD_DIR,
  launchFirefoxWithExtension,
  OverlayProbe,
  servePages,
  triggerToggle,
} from './firefox';

// Listen in Firefox ESR (test-only e2e build: Firefox automation cannot press the toolbar button). Firefox
// reaches speech-dispatcher on its own; on these machines it listed its voices only after about 11 s and never
// fired voiceschanged. Either way the control must read aloud or say why it cannot.

interface ListenState {
  status: string;
  notice: string;
  mark: string;
  tooltip: string;
}

async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeout = 5000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

describe('Firefox ESR: Listen (test-only e2e build)', () => {
  let browser: Browser;
  let page: Page;
  let server: Server;
  let articleUrl: string;
  let overlay: OverlayProbe;

  const state = () =>
    overlay.inShadow<ListenState | null>(`(root) => {
      const toggle = root.querySelector('.listen-toggle');
      if (!toggle) return null;
      return {
        status: toggle.dataset.status || '',
        notice: root.querySelector('.listen-notice')?.textContent ?? '',
        mark: Array.from(root.querySelectorAll('mark.lectern-listen-mark'), (m) => m.textContent).join(''),
        tooltip: toggle.title,
      };
    }`);

  beforeAll(async () => {
    ensureSpeechAudio();
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

  it('shows the Listen button, and pressing it either reads aloud or explains why not', async () => {
    await page.goto(articleUrl);
    await triggerToggle(page);
    const idle = await waitFor(state, (s) => s !== null, 'the Listen button', 15_000);
    expect(idle!.status).toBe('idle');
    expect(idle!.tooltip).toMatch(/^Listen/);
    await overlay.click('.listen-toggle');
    // Reading: the engine's start event arrived ('playing'). Explaining: an error with its reason shown.
    const outcome = await waitFor(
      state,
      (s) => s?.status === 'playing' || (s?.status === 'error' && s.notice !== ''),
      'reading or an explanation',
      45_000,
    );
    if (outcome!.status === 'playing') {
      expect(outcome!.mark).toBe('Night trains return to the Alps');
      await triggerToggle(page);
      expect(await overlay.shadowRoot()).toBeNull();
      await waitFor(
        () => page.evaluate(() => speechSynthesis.speaking),
        (speaking) => !speaking,
        'silence after closing',
      );
    } else {
      expect(outcome!.notice).toMatch(/speech engine/);
    }
  });
});
