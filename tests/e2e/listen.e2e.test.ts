import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { browser as ExtensionApi } from 'wxt/browser';
import type { ReaderBrowser } from '../../scripts/harness/browser';
import { useReaderBrowser } from '../helpers/reader-browser';
import { ComfortOverlay } from './comfort-overlay';
import { ReaderInspector } from '../../scripts/harness/reader-inspector';
import { waitFor } from '../../scripts/harness/wait';

// Listen with a real speech engine (speech-dispatcher + espeak-ng into PulseAudio's null sink), the release
// build, real toolbar clicks, real mouse clicks and keys in the reader.
const ARTICLE = 'pages/listen-article.html';
const KOREAN = 'pages/listen-korean.html';
const HOSTILE = 'pages/listen-hostile.html';
const LONG = 'pages/listen-long.html';
const TITLE = 'Listen fixture: the lighthouse keeper';
/** Long enough for an engine that is still loading its voices (Chromium asks speech-dispatcher on first use). */
const SPEECH_TIMEOUT = 40_000;

let browser: ReaderBrowser;
let tab: Page;
let reader: ReaderInspector;
/** The sentence being read when the reader was closed. */
let stoppedWhere = '';

useReaderBrowser({
  launch: { speech: true },
  setup: async (launched) => {
    browser = launched;
    tab = await browser.openTab(ARTICLE);
    reader = await ReaderInspector.attach(tab);
  },
});

// ---- what the user sees and hears, read from outside ----

interface ListenView {
  /** The highlighted sentence (its <mark> pieces joined), '' when none. */
  mark: string;
  /** The block outlined while its note is spoken (a code block), by tag. */
  noted: string;
  status: string;
  label: string;
  tooltip: string;
  notice: string;
  /** What the engine was given for the utterance speaking now. */
  rate: string;
  voice: string;
  voiceChoice: string;
  player: boolean;
}

function listenView(this: ShadowRoot): ListenView | null {
  const toggle = this.querySelector<HTMLElement>('.listen-toggle');
  if (!toggle) return null;
  const player = this.querySelector<HTMLElement>('.listen-player');
  const voice = this.querySelector<HTMLSelectElement>('select[name="listenVoice"]');
  return {
    mark: Array.from(this.querySelectorAll('mark.lectern-listen-mark'), (m) => m.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim(),
    noted: this.querySelector('[data-lectern-listen-current]')?.tagName ?? '',
    status: toggle.dataset.status ?? '',
    label: toggle.getAttribute('aria-label') ?? '',
    tooltip: toggle.title,
    notice: this.querySelector('.listen-notice')?.textContent ?? '',
    rate: player?.dataset.rate ?? '',
    voice: player?.dataset.voice ?? '',
    voiceChoice: voice?.selectedOptions[0]?.textContent ?? '',
    player: player !== null,
  };
}

const view = async (on: ReaderInspector = reader) => (await on.read(listenView)) ?? null;
const speaking = (page: Page = tab) => page.evaluate(() => speechSynthesis.speaking);

function until(
  done: (state: ListenView) => boolean,
  what: string,
  on: ReaderInspector = reader,
  timeout = SPEECH_TIMEOUT,
): Promise<ListenView> {
  return waitFor(
    () => view(on),
    (state) => state !== null && done(state),
    what,
    { timeout, interval: 20 },
  ) as Promise<ListenView>;
}

/** Opens the reader with a toolbar click, again after Chromium's rare activeTab refusal after a navigation. */
async function openReader(page: Page, path: string, on: ReaderInspector, timeout = 10_000): Promise<void> {
  await browser.goto(page, path);
  for (let attempt = 1; ; attempt++) {
    await browser.clickToolbar(page);
    const ready = await until(() => true, 'the Listen button', on, timeout).then(
      () => true,
      () => false,
    );
    if (ready) return;
    const { title } = await browser.badge(page);
    if (attempt >= 3 || !title.includes('does not let extensions read it'))
      throw new Error(`the reader did not open with its Listen button (button title: ${title})`);
  }
}

const click = (selector: string, on: ReaderInspector = reader) => on.click(selector);
const PLAYER = (label: string) => `.listen-player [aria-label="${label}"]`;

/** Keys go to whatever has the focus in the reader: the toolbar's Listen button after a click on it. */
async function focusListenButton(): Promise<void> {
  await reader.read(function (this: ShadowRoot) {
    this.querySelector<HTMLElement>('.listen-toggle')!.focus();
  });
}

function storedSettings(): Promise<unknown> {
  const chrome = Reflect.get(self, 'chrome') as typeof ExtensionApi;
  return chrome.storage.sync.get('settings').then((all) => all.settings ?? null);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Listen, with a real speech engine', () => {
  it('reads aloud from the toolbar: the title first, and the highlight moves on sentence by sentence', async () => {
    await openReader(tab, ARTICLE, reader);
    const idle = (await view())!;
    expect(idle.label).toBe('Listen (read aloud)');
    await click('.listen-toggle');
    const first = await until((s) => s.mark !== '', 'a highlighted sentence');
    expect(first.mark).toBe(TITLE);
    await until((s) => s.status === 'playing', 'the engine to start speaking');
    expect(await speaking()).toBe(true);
    const next = await until((s) => s.mark !== TITLE, 'the highlight to move on');
    expect(next.mark).toBe('The keeper climbed the stairs.');
    // "Oct. 28" and "Dr." do not end a sentence.
    await until((s) => s.mark.startsWith('Dr. Kim'), 'the third sentence');
    expect((await view())!.mark).toBe('Dr. Kim came on Oct. 28 with the mail.');
  });

  it('pauses at once, stays put while paused, and resumes from that sentence', async () => {
    await click('.listen-toggle');
    const paused = await until((s) => s.status === 'paused', 'the pause');
    expect(paused.label).toBe('Resume listening');
    await waitFor(speaking, (now) => !now, 'silence after the pause', { timeout: 2000 });
    await sleep(2500);
    const still = (await view())!;
    expect(still.mark).toBe(paused.mark);
    expect(await speaking()).toBe(false);
    await click('.listen-toggle');
    const resumed = await until((s) => s.status === 'playing', 'speech again');
    expect(resumed.mark).toBe(paused.mark);
    await until((s) => s.mark !== paused.mark, 'the highlight to move on after resuming');
  });

  it('applies a new speed from the next sentence on, and saves it', async () => {
    const before = await until((s) => s.status === 'playing' && s.rate === '1', 'a sentence at 1×');
    await reader.read(function (this: ShadowRoot) {
      this.querySelector<HTMLSelectElement>('select[name="listenRate"]')!.focus();
    });
    const changedDuring = before.mark;
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('ArrowDown');
    // The sentence that was playing goes on at 1×; the next one starts at 2×.
    const seen: ListenView[] = [];
    const faster = await waitFor(
      async () => {
        const state = (await view())!;
        seen.push(state);
        return state;
      },
      (s) => s.rate === '2',
      'a sentence at 2×',
      { timeout: SPEECH_TIMEOUT, interval: 20 },
    );
    expect(faster.mark).not.toBe(changedDuring);
    expect(seen.filter((s) => s.mark === changedDuring && s.rate === '2')).toEqual([]);
    await waitFor(
      () => browser.worker.evaluate(storedSettings),
      (stored) => (stored as { speechRate?: number } | null)?.speechRate === 2,
      'the saved speed',
    );
  });

  it('moves by sentence and paragraph with the buttons and the documented keys', async () => {
    await click('.listen-toggle');
    await until((s) => s.status === 'paused', 'the pause');
    // Back to the title, however far reading got (it stays there once reached).
    for (let i = 0; i < 8; i++) await reader.click(PLAYER('Previous paragraph'));
    expect((await view())!.mark).toBe(TITLE);
    await reader.click(PLAYER('Next sentence'));
    expect((await view())!.mark).toBe('The keeper climbed the stairs.');
    await reader.click(PLAYER('Next paragraph'));
    expect((await view())!.mark).toBe('The second paragraph starts here.');
    await focusListenButton();
    await tab.keyboard.press('.');
    expect((await view())!.mark).toBe('Ships passed in the night.');
    await tab.keyboard.press(',');
    expect((await view())!.mark).toBe('The second paragraph starts here.');
    await tab.keyboard.press(']');
    // A link is shown as written (and read as its site's name).
    expect((await view())!.mark).toBe(
      'Read more at https://www.example.com/lighthouse/keepers/2024/story.html today.',
    );
    await tab.keyboard.press(']');
    expect((await view())!).toMatchObject({ mark: '', noted: 'PRE' });
    await tab.keyboard.press(']');
    expect((await view())!.mark).toBe('The fourth paragraph follows the code.');
    await tab.keyboard.press('[');
    await tab.keyboard.press('[');
    expect((await view())!.mark).toBe(
      'Read more at https://www.example.com/lighthouse/keepers/2024/story.html today.',
    );
    expect(await speaking()).toBe(false);
    await tab.keyboard.press('l');
    await until((s) => s.status === 'playing', 'speech from the chosen sentence');
    expect((await view())!.mark).toBe(
      'Read more at https://www.example.com/lighthouse/keepers/2024/story.html today.',
    );
  });

  it('has no accessibility violations with the player open and a sentence highlighted', async () => {
    const overlay = await ComfortOverlay.attach(tab);
    expect(await overlay.axe()).toEqual([]);
  });

  it('closing the reader silences it within 500 ms', async () => {
    await until((s) => s.status === 'playing', 'speech');
    expect(await speaking()).toBe(true);
    // The sentence being read when the click lands, noted in the click's own dispatch (capture, before the
    // reader's handler): read a round trip before the click, it was once a sentence behind on a loaded machine.
    await reader.read(function (this: ShadowRoot) {
      const note = () => {
        (window as unknown as { stoppedAt?: string }).stoppedAt = Array.from(
          this.querySelectorAll('mark.lectern-listen-mark'),
          (mark) => mark.textContent ?? '',
        )
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
      };
      this.addEventListener('click', note, { capture: true, once: true });
    });
    // Timed in the page, from the click's own time stamp: the protocol's round trips are not the user's wait.
    await tab.evaluate(() => {
      const probe = window as unknown as { silentAfter?: number };
      delete probe.silentAfter;
      window.addEventListener(
        'click',
        (event) => {
          const poll = () => {
            if (speechSynthesis.speaking) setTimeout(poll, 2);
            else probe.silentAfter = performance.now() - event.timeStamp;
          };
          poll();
        },
        { capture: true, once: true },
      );
    });
    await reader.click('[aria-label="Close reader"]');
    const silentAfter = await waitFor(
      () => tab.evaluate(() => (window as unknown as { silentAfter?: number }).silentAfter ?? null),
      (ms) => ms !== null,
      'silence after closing',
      { timeout: 3000 },
    );
    expect(silentAfter).toBeLessThan(500);
    expect(await reader.hostCount()).toBe(0);
    await sleep(1500);
    expect(await speaking()).toBe(false);
    stoppedWhere = await tab.evaluate(() => (window as unknown as { stoppedAt?: string }).stoppedAt ?? '');
    expect(stoppedWhere).not.toBe('');
  });

  it('reopened on the same article, offers to continue where listening stopped', async () => {
    await browser.clickToolbar(tab);
    await until(() => true, 'the reader again', reader, 10_000);
    await click('.listen-toggle');
    const offer = await until((s) => s.status === 'offer', 'the offer to continue');
    expect(offer.mark).toBe('');
    const focused = await reader.read(function (this: ShadowRoot) {
      return this.activeElement?.textContent ?? '';
    });
    expect(focused).toBe('Continue listening');
    await tab.keyboard.press('Enter');
    const resumed = await until((s) => s.mark !== '', 'the highlight where it stopped');
    expect(resumed.mark).toBe(stoppedWhere);
    // The offer's buttons went away under the focus: it moved to the player's Pause, still in the reader.
    expect(await reader.focused()).toBe('Pause listening');
    await until((s) => s.status === 'playing', 'speech');
  });

  it('navigating away silences it', async () => {
    await until((s) => s.status === 'playing', 'speech');
    await browser.goto(tab, 'pages/comfort-article.html');
    await waitFor(speaking, (now) => !now, 'silence after navigating away', { timeout: 2000 });
  });

  it('opening a reader in another tab pauses the one that was reading', async () => {
    await openReader(tab, ARTICLE, reader);
    await click('.listen-toggle');
    await until((s) => s.status === 'playing', 'speech in the first tab');
    const other = await browser.context.newPage();
    const otherReader = await ReaderInspector.attach(other);
    try {
      await openReader(other, ARTICLE, otherReader);
      const first = await until((s) => s.status === 'paused', 'the first tab to pause');
      expect(first.notice).toBe('Paused: another reader was opened.');
      await waitFor(speaking, (now) => !now, 'silence in the first tab', { timeout: 2000 });
      await other.close();
    } finally {
      await otherReader.detach().catch(() => undefined);
    }
  });

  it('survives a storm of presses and still goes silent when closed', async () => {
    await tab.bringToFront();
    // Uncaught errors of the page, and console errors of every world (the listen script's included).
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await focusListenButton();
    for (let i = 0; i < 12; i++) {
      await tab.keyboard.press('l');
      await tab.keyboard.press('.');
      await tab.keyboard.press(']');
      await tab.keyboard.press(',');
    }
    for (let i = 0; i < 6; i++) await reader.click('.listen-toggle');
    const state = (await view())!;
    expect(['starting', 'playing', 'paused', 'error']).toContain(state.status);
    await reader.click('[aria-label="Close reader"]');
    await waitFor(speaking, (now) => !now, 'silence after closing', { timeout: 1000, interval: 5 });
    await sleep(1500);
    expect(await speaking()).toBe(false);
    expect(errors).toEqual([]);
    expect(await browser.workerErrors()).toEqual([]);
  });

  it('reads a Korean article with a Korean voice', async () => {
    await openReader(tab, KOREAN, reader);
    await click('.listen-toggle');
    const playing = await until((s) => s.status === 'playing' && s.voice !== '', 'Korean speech');
    expect(playing.voice).toMatch(/^Korean/);
    expect(playing.voiceChoice).toMatch(/^Automatic \(Korean/);
    expect(playing.mark).toBe('듣기 시험용 기사: 등대지기');
    await until((s) => s.mark === '등대지기는 계단을 올랐다.', 'the first Korean sentence');
    await reader.click('[aria-label="Close reader"]');
    await waitFor(speaking, (now) => !now, 'silence after closing', { timeout: 1000 });
  });

  it("speaks on a page that replaced window.speechSynthesis in its own world, never calling the page's", async () => {
    await openReader(tab, HOSTILE, reader);
    await click('.listen-toggle');
    const playing = await until((s) => s.status === 'playing', 'speech on the hostile page');
    expect(playing.voice).toMatch(/espeak-ng/);
    await until(
      (s) => s.mark === 'This page replaces the speech engine in its own world.',
      'the next sentence',
    );
    expect(
      await tab.evaluate(() => (window as unknown as { __fakeSpeechCalls: string[] }).__fakeSpeechCalls),
    ).toEqual([]);
    await reader.click('[aria-label="Close reader"]');
    await sleep(1500);
    expect(
      await tab.evaluate(() => (window as unknown as { __fakeSpeechCalls: string[] }).__fakeSpeechCalls),
    ).toEqual([]);
  });

  it('on a very long article, scrolled down, reads from the first paragraph on screen', async () => {
    await openReader(tab, LONG, reader, 40_000);
    await reader.read(function (this: ShadowRoot) {
      const target = Array.from(this.querySelectorAll('.article-body p')).find((p) =>
        (p.textContent ?? '').startsWith('Paragraph 2000 '),
      );
      target!.scrollIntoView({ block: 'start' });
    });
    // The first paragraph below the toolbar, as the user sees it.
    const onScreen = await reader.read(function (this: ShadowRoot) {
      const bar = this.querySelector('.toolbar')!.getBoundingClientRect().bottom;
      const first = Array.from(this.querySelectorAll('.article-body p')).find(
        (p) => p.getBoundingClientRect().bottom > bar + 12,
      );
      return (first?.textContent ?? '').split('.')[0];
    });
    expect(onScreen).toMatch(/^Paragraph 200[01] /);
    await click('.listen-toggle');
    const first = await until((s) => s.mark !== '', 'the first highlighted sentence');
    expect(`${first.mark.split('.')[0]}`).toBe(onScreen);
    await tab.keyboard.press(']');
    await reader.click('[aria-label="Close reader"]');
    await waitFor(speaking, (now) => !now, 'silence after closing', { timeout: 1000 });
  });

  it('sets speed and voice on the options page, where the voices are listed by language', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const language = options.locator('select[name="listenLanguage"]');
    await language.waitFor({ timeout: SPEECH_TIMEOUT });
    await language.selectOption('ko');
    const voices = await options
      .locator('select[name="speechVoice"] option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(voices[0]).toBe('');
    expect(voices.slice(1).every((name) => name.startsWith('Korean'))).toBe(true);
    await options.locator('select[name="speechVoice"]').selectOption('Korean espeak-ng');
    await options.locator('select[name="speechRate"]').selectOption('1.5');
    await waitFor(
      () => browser.worker.evaluate(storedSettings),
      (stored) => {
        const value = stored as { speechRate?: number; speechVoice?: string } | null;
        return value?.speechRate === 1.5 && value.speechVoice === 'Korean espeak-ng';
      },
      'the saved speed and voice',
    );
    await options.close();
  });
});
