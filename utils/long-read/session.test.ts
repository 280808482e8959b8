import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type ReaderSettings, type SettingsStore } from '../settings';
import { quoteOf } from './anchor';
import type { ReadingPosition } from './positions';
import type { PositionClient } from '../page/positions-remote';
import { LongReadSession } from './session';
import type { PositionAnswer } from '../contract';

// happy-dom lays nothing out: each block gets a place in a fake column (100 px a block, a 50 px toolbar, a
// 500 px view), and its box follows the scroller's scrollTop like a real one.
const BLOCK_HEIGHT = 100;
const TOOLBAR = 50;
const VIEW = 500;
const URL_NOW = 'https://news.example/story';

const texts = Array.from(
  { length: 30 },
  (_, i) => `Paragraph ${i + 1} of a long story, told in many words here.`,
);

function box(top: number, height: number): DOMRect {
  return { top, bottom: top + height, height, left: 0, right: 600, width: 600, x: 0, y: top } as DOMRect;
}

function build(paragraphs: string[], headingsAt: number[] = []) {
  const root = document.createElement('div');
  const toolbar = document.createElement('div');
  const body = document.createElement('div');
  root.append(toolbar, body);
  document.body.replaceChildren(root);
  let y = TOOLBAR;
  paragraphs.forEach((text, i) => {
    const el = document.createElement(headingsAt.includes(i) ? 'h2' : 'p');
    el.textContent = text;
    body.append(el);
    const at = y;
    el.getBoundingClientRect = () => box(at - root.scrollTop, BLOCK_HEIGHT);
    y += BLOCK_HEIGHT;
  });
  toolbar.getBoundingClientRect = () => box(0, TOOLBAR);
  root.getBoundingClientRect = () => box(0, VIEW);
  Object.defineProperty(root, 'clientHeight', { value: VIEW });
  Object.defineProperty(root, 'scrollHeight', { value: y });
  root.tabIndex = -1;
  return { root, toolbar, body };
}

function fakeSettings(patch: Partial<ReaderSettings> = {}): SettingsStore {
  const settings = { ...DEFAULT_SETTINGS, ...patch };
  return {
    load: async () => settings,
    update: async () => settings,
    reset: async () => settings,
    watch: () => () => undefined,
  };
}

function fakeClient(answer: PositionAnswer) {
  const put = vi.fn(async (): Promise<PositionAnswer> => ({ status: 'ok' }));
  const client: PositionClient = { get: vi.fn(async () => answer), put };
  return { client, put };
}

const anchorAt = (index: number, text = texts[index]): ReadingPosition => ({
  block: index,
  quote: quoteOf(text),
  offset: 0,
});

async function open(
  answer: PositionAnswer,
  options: { paragraphs?: string[]; settings?: Partial<ReaderSettings>; url?: () => string } = {},
) {
  const { root, toolbar, body } = build(options.paragraphs ?? texts, [2, 10, 20]);
  const { client, put } = fakeClient(answer);
  const session = new LongReadSession(body, root, toolbar, {
    article: { url: URL_NOW, canonical: null },
    wordCount: 30 * 11,
    client,
    settings: fakeSettings(options.settings),
    currentUrl: options.url ?? (() => URL_NOW),
  });
  await session.start();
  return { session, root, body, put };
}

async function userScrollTo(root: HTMLElement, top: number): Promise<void> {
  root.scrollTop = top;
  root.dispatchEvent(new Event('scroll'));
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

beforeEach(() => {
  vi.useRealTimers();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('the offer to continue', () => {
  it('offers to continue when the remembered paragraph is in the text, and continues there', async () => {
    const { session, root } = await open({ status: 'ok', position: anchorAt(18) });
    expect(session.state.offer).toBe('continue');
    session.continueReading();
    expect(session.state.offer).toBeNull();
    // Paragraph 19 (index 18) starts 18 blocks below the first, right under the toolbar.
    expect(root.scrollTop).toBe(18 * BLOCK_HEIGHT);
  });

  it('finds the paragraph when two were added above it since', async () => {
    const edited = [...texts.slice(0, 5), 'A new paragraph.', 'Another new one.', ...texts.slice(5)];
    const { session, root } = await open({ status: 'ok', position: anchorAt(18) }, { paragraphs: edited });
    session.continueReading();
    expect(root.scrollTop).toBe(20 * BLOCK_HEIGHT);
  });

  it('says the place is lost, and stays at the top, when the paragraph is gone', async () => {
    const edited = texts.filter((_, i) => i !== 18);
    const { session, root } = await open({ status: 'ok', position: anchorAt(18) }, { paragraphs: edited });
    expect(session.state.offer).toBe('lost');
    expect(root.scrollTop).toBe(0);
  });

  it('offers nothing for a finished article, an unknown one, or with the setting off', async () => {
    expect((await open({ status: 'ok', position: { finished: true } })).session.state.offer).toBeNull();
    expect((await open({ status: 'ok', position: null })).session.state.offer).toBeNull();
    const off = await open(
      { status: 'ok', position: anchorAt(18) },
      { settings: { rememberPosition: false } },
    );
    expect(off.session.state.offer).toBeNull();
  });

  it('says nothing is remembered when storage is unavailable', async () => {
    expect((await open({ status: 'unavailable' })).session.state.offer).toBe('unavailable');
  });

  it('continues with the C key, and moves the focus back to the reader', async () => {
    const { session, root } = await open({ status: 'ok', position: anchorAt(12) });
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
    expect(session.state.offer).toBeNull();
    expect(root.scrollTop).toBe(12 * BLOCK_HEIGHT);
    expect(document.activeElement).toBe(root);
  });
});

describe('saving the position', () => {
  it('saves nothing when the reader was only opened and closed', async () => {
    const { session, put } = await open({ status: 'ok', position: anchorAt(18) });
    session.detach();
    expect(put).not.toHaveBeenCalled();
  });

  it('saves the paragraph at the reading line when the user scrolled, on close', async () => {
    const { session, root, put } = await open({ status: 'ok', position: null });
    // The reading line cuts paragraph 15 (index 14): that one, not the next, is where the reader is.
    await userScrollTo(root, 14 * BLOCK_HEIGHT + 30);
    session.detach();
    expect(put).toHaveBeenCalledWith({ url: URL_NOW, canonical: null }, anchorAt(14));
  });

  it('forgets the article when the user went back near the top', async () => {
    const { session, root, put } = await open({ status: 'ok', position: null });
    await userScrollTo(root, 600);
    await userScrollTo(root, 100);
    session.detach();
    expect(put).toHaveBeenCalledWith(expect.anything(), null);
  });

  it('marks the article finished once the user reached its end, and keeps it so', async () => {
    const { session, root, put } = await open({ status: 'ok', position: null });
    await userScrollTo(root, 30 * BLOCK_HEIGHT + TOOLBAR - VIEW);
    await userScrollTo(root, 20 * BLOCK_HEIGHT);
    session.detach();
    expect(put).toHaveBeenCalledWith(expect.anything(), { finished: true });
  });

  it('saves nothing for a page that moved on with history.pushState', async () => {
    let now = URL_NOW;
    const { session, root, put } = await open({ status: 'ok', position: null }, { url: () => now });
    await userScrollTo(root, 1500);
    now = 'https://news.example/next-story';
    session.detach();
    expect(put).not.toHaveBeenCalled();
  });

  it('saves after scrolling rests, and says so when storage is full', async () => {
    const { session, root, put } = await open({ status: 'ok', position: null });
    put.mockResolvedValue({ status: 'unavailable' });
    vi.useFakeTimers();
    root.scrollTop = 1500;
    root.dispatchEvent(new Event('scroll'));
    expect(put).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(put).toHaveBeenCalledTimes(1);
    expect(session.state.offer).toBe('unavailable');
    session.detach();
  });

  it('saves nothing while "Remember where I stopped" is off', async () => {
    const { session, root, put } = await open(
      { status: 'ok', position: null },
      { settings: { rememberPosition: false } },
    );
    await userScrollTo(root, 1500);
    session.detach();
    expect(put).not.toHaveBeenCalled();
  });
});

describe('time left and headings', () => {
  it('shows the minutes left at the reader’s pace, fewer further down, none on a short article', async () => {
    const { session, root } = await open(
      { status: 'ok', position: null },
      { settings: { wordsPerMinute: 100 } },
    );
    await userScrollTo(root, 0);
    const atTop = session.state.minutesLeft;
    expect(atTop).toBe(4);
    await userScrollTo(root, 20 * BLOCK_HEIGHT);
    expect(session.state.minutesLeft).toBe(2);
    const short = await open({ status: 'ok', position: null }, { settings: { wordsPerMinute: 230 } });
    await userScrollTo(short.root, 0);
    expect(short.session.state.minutesLeft).toBeNull();
  });

  it('lists the headings, marks the current section, and jumps with ] and [ moving the focus', async () => {
    const { session, root, body } = await open({ status: 'ok', position: null });
    expect(session.state.headings.map((h) => h.el.tabIndex)).toEqual([-1, -1, -1]);
    const headings = body.querySelectorAll('h2');
    root.dispatchEvent(new KeyboardEvent('keydown', { key: ']', bubbles: true }));
    expect(document.activeElement).toBe(headings[0]);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: ']', bubbles: true }));
    expect(document.activeElement).toBe(headings[1]);
    expect(root.scrollTop).toBe(10 * BLOCK_HEIGHT - 4);
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    expect(session.state.current).toBe(1);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: '[', bubbles: true }));
    expect(document.activeElement).toBe(headings[0]);
    // In a text field the keys are text.
    const field = document.createElement('input');
    root.append(field);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: ']', bubbles: true }));
    expect(document.activeElement).toBe(headings[0]);
  });
});
