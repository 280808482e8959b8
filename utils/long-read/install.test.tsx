// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Reader } from '../../components/Reader';
import type { Article } from '../extract/article';
import { installLongRead } from './install';
import { announceReaderClosed, readerBridge } from '../page/reader-bridge';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../settings';
import { installFakeI18n } from '../../tests/helpers/fake-i18n';

const sections = ['The survey', 'The first winter', 'The aqueduct'];
const ARTICLE: Article = {
  title: 'The canal',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  content: sections.map((title) => `<h2>${title}</h2><p>Text of ${title.toLowerCase()}.</p>`).join(''),
  textContent: sections.join(' '),
  wordCount: 20,
  readingTimeMinutes: 1,
};

let container: HTMLElement;
const sendMessage = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n('en');
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  sendMessage.mockImplementation(async (message: { type: string }) =>
    message.type === 'lectern:settings' ? DEFAULT_SETTINGS : { status: 'ok', position: null },
  );
  fakeBrowser.runtime.sendMessage = sendMessage as never;
  // jsdom lays nothing out and has no scrollIntoView; the panel calls it to show the current entry.
  Element.prototype.scrollIntoView = () => undefined;
  container = document.createElement('div');
  document.body.append(container);
  installLongRead();
});

afterEach(() => {
  announceReaderClosed();
  act(() => render(null, container));
  container.remove();
  delete readerBridge().features.contents;
  vi.unstubAllGlobals();
});

function mount(settings: Partial<ReaderSettings> = {}) {
  act(() =>
    render(
      <Reader
        article={ARTICLE}
        url="https://news.example/canal"
        settings={{ ...DEFAULT_SETTINGS, ...settings }}
        onSettingsChange={() => undefined}
        onClose={() => undefined}
      />,
      container,
    ),
  );
}

const layer = () => container.querySelector<HTMLElement>('.reader > .long-read');
const toggle = () =>
  container.querySelector<HTMLButtonElement>('.feature-slot [data-feature="contents"] .contents-toggle');

/**
 * The layer comes once the reader announces its body, a frame after the first render, through a dynamic import:
 * a fixed wait was too short on a loaded machine (failed once in a full run), so wait for the layer itself.
 */
async function installed(): Promise<void> {
  await vi.waitFor(async () => {
    await settled();
    if (!toggle()) throw new Error('the long-read layer is not installed yet');
  });
}

async function settled(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

describe('the long-read layer in the reader', () => {
  it('sits right after the toolbar and puts the Contents button in the toolbar’s slot', async () => {
    mount();
    await installed();
    expect(layer()?.previousElementSibling?.className).toContain('toolbar');
    expect(toggle()?.getAttribute('aria-label')).toBe('Contents');
    expect(toggle()?.getAttribute('aria-expanded')).toBe('false');
    // The headings can take the focus from a jump, without becoming tab stops.
    expect(
      Array.from(container.querySelectorAll('.article-body h2'), (h) => h.getAttribute('tabindex')),
    ).toEqual(['-1', '-1', '-1']);
    expect(sendMessage).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'lectern:position', op: 'get', url: location.href }),
    );
  });

  it('survives the reader re-rendering with other settings, in the same place', async () => {
    mount();
    await installed();
    const before = layer();
    mount({ fontSize: 28, theme: 'dark' });
    await settled();
    expect(layer()).toBe(before);
    expect(layer()?.previousElementSibling?.className).toContain('toolbar');
    expect(toggle()).not.toBeNull();
  });

  it('opens the contents panel listing the headings, and leaves nothing behind when the reader closes', async () => {
    mount();
    await installed();
    act(() => toggle()!.click());
    const entries = Array.from(container.querySelectorAll('.contents-panel button'), (b) => b.textContent);
    expect(entries).toEqual(sections);
    expect(container.querySelector<HTMLElement>('.contents-panel')!.hidden).toBe(false);
    act(() => announceReaderClosed());
    expect(layer()).toBeNull();
    expect(container.querySelector('.feature-slot [data-feature="contents"]')?.childNodes.length ?? 0).toBe(
      0,
    );
  });
});
