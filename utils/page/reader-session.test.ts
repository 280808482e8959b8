import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReaderContext } from './reader-context';
import { createReaderSession, type ReaderView } from './reader-session';
import { DEFAULT_SETTINGS } from '../settings';

/** A context whose URL watches the test can see and fire. */
function fakeContext() {
  const watches = new Set<(from: string, to: string) => void>();
  const ctx: ReaderContext = {
    isValid: true,
    onInvalidated: () => undefined,
    onUrlChange(listener) {
      watches.add(listener);
      return () => watches.delete(listener);
    },
  };
  const move = (from: string, to: string) => [...watches].forEach((listener) => listener(from, to));
  return { ctx, watches, move };
}

const view: ReaderView = {
  css: '',
  loadSettings: () => Promise.resolve({ ...DEFAULT_SETTINGS }),
  render: () => () => undefined,
};

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i}: the council voted on Tuesday to rebuild the old harbour wall before the winter storms, ` +
    `after engineers found that the foundations had moved by almost a metre since the last survey.</p>`,
).join('');

describe('reader session', () => {
  beforeEach(() => {
    document.title = 'Harbour wall';
    document.body.replaceChildren();
    document.body.insertAdjacentHTML('beforeend', `<article><h1>Harbour wall</h1>${STORY}</article>`);
  });

  afterEach(() => {
    document.querySelectorAll('lectern-reader').forEach((host) => host.remove());
  });

  it('answers not-html on a document that is not a web page, with no overlay and no URL watch', async () => {
    const { ctx, watches } = fakeContext();
    const render = vi.fn(() => () => undefined);
    const session = createReaderSession(ctx, { ...view, render });
    Object.defineProperty(document, 'contentType', { value: 'text/plain', configurable: true });
    try {
      expect(await session.toggle()).toBe('not-html');
    } finally {
      Reflect.deleteProperty(document, 'contentType');
    }
    expect(document.contentType).toMatch(/html/);
    expect(render).not.toHaveBeenCalled();
    expect(document.querySelector('lectern-reader')).toBeNull();
    expect(watches.size).toBe(0);
  });

  it('hands the reader the address the article was extracted from', async () => {
    const render = vi.fn(() => () => undefined);
    const session = createReaderSession(fakeContext().ctx, { ...view, render });
    expect(await session.toggle()).toBe('opened');
    expect(render).toHaveBeenCalledWith(
      expect.any(HTMLElement),
      expect.objectContaining({ article: expect.objectContaining({ title: 'Harbour wall' }) }),
      expect.any(Function),
      DEFAULT_SETTINGS,
      location.href,
    );
  });

  it('watches the URL only while the reader is open', async () => {
    const { ctx, watches } = fakeContext();
    const session = createReaderSession(ctx, view);
    expect(watches.size).toBe(0);
    expect(await session.toggle()).toBe('opened');
    expect(watches.size).toBe(1);
    expect(await session.toggle()).toBe('closed');
    expect(watches.size).toBe(0);
  });

  it('closes when the page moves to another URL, not on a hash change', async () => {
    const { ctx, watches, move } = fakeContext();
    const session = createReaderSession(ctx, view);
    await session.toggle();
    move('https://news.example/a', 'https://news.example/a#part-2');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelectorAll('lectern-reader')).toHaveLength(1);
    move('https://news.example/a', 'https://news.example/b');
    await vi.waitFor(() => expect(document.querySelectorAll('lectern-reader')).toHaveLength(0));
    expect(watches.size).toBe(0);
  });
});
