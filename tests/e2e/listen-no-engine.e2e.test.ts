import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReaderBrowser } from '../../scripts/harness/browser';
import { useReaderBrowser } from '../helpers/reader-browser';
import { ReaderInspector } from '../../scripts/harness/reader-inspector';
import { waitFor } from '../../scripts/harness/wait';

// Listen when the speech engine is not there. Chromium on Linux speaks only through speech-dispatcher, and only
// when started with --enable-speech-dispatcher: without the flag it lists no voices (its voiceschanged event
// comes with an empty list) and every utterance ends at once in "synthesis-failed" — what a user without a
// running speech engine gets. The control must say so, not fail silently.
const ARTICLE = 'pages/listen-article.html';

let browser: ReaderBrowser;
let tab: Page;
let reader: ReaderInspector;

useReaderBrowser({
  setup: async (launched) => {
    browser = launched;
    tab = await browser.openTab(ARTICLE);
    reader = await ReaderInspector.attach(tab);
  },
});

function listenView(this: ShadowRoot) {
  const toggle = this.querySelector<HTMLElement>('.listen-toggle');
  if (!toggle) return null;
  return {
    status: toggle.dataset.status ?? '',
    label: toggle.getAttribute('aria-label') ?? '',
    tooltip: toggle.title,
    notice: this.querySelector('.listen-notice')?.textContent ?? '',
    announced: this.querySelector('.listen-live')?.textContent ?? '',
    mark: Array.from(this.querySelectorAll('mark'), (m) => m.textContent).join(''),
  };
}

const view = () => reader.read(listenView);

async function openReader(): Promise<void> {
  await browser.goto(tab, ARTICLE);
  for (let attempt = 1; ; attempt++) {
    await browser.clickToolbar(tab);
    const opened = await waitFor(view, (v) => v !== null, 'the Listen button', { timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    if (opened) return;
    const { title } = await browser.badge(tab);
    if (attempt >= 3 || !title.includes('does not let extensions read it'))
      throw new Error(`the reader did not open with its Listen button (button title: ${title})`);
  }
}

describe('Listen without a speech engine', () => {
  it('says in its tooltip that the engine lists no voices', async () => {
    expect(await tab.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
    await openReader();
    const idle = await waitFor(view, (v) => v?.tooltip !== 'Listen (read aloud)', 'the tooltip to explain', {
      timeout: 35_000,
    });
    expect(idle!.label).toBe('Listen (read aloud)');
    expect(idle!.tooltip).toBe(
      'Listen: The speech engine lists no voices: it may not be installed or running. Lectern tries anyway.',
    );
  });

  it('explains the failure when pressed, and again on a retry, instead of doing nothing', async () => {
    await reader.click('.listen-toggle');
    const failed = await waitFor(view, (v) => v?.status === 'error', 'the failure to show');
    expect(failed!.notice).toBe(
      'The speech engine could not speak (synthesis-failed): no voices are installed, or it is not running.',
    );
    expect(failed!.announced).toBe(failed!.notice);
    expect(failed!.tooltip).toBe(`Listen: ${failed!.notice}`);
    expect(failed!.label).toBe('Resume listening');
    expect(await tab.evaluate(() => speechSynthesis.speaking)).toBe(false);

    await reader.click('.listen-player [aria-label="Resume listening"]');
    const again = await waitFor(view, (v) => v?.status === 'error', 'the failure to show again');
    expect(again!.notice).toBe(failed!.notice);
    await reader.click('.listen-player [aria-label="Stop listening"]');
    const stopped = await waitFor(view, (v) => v?.status === 'idle', 'the stop');
    expect(stopped!.mark).toBe('');
  });
});
