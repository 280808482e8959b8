import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveSettingsRequests } from '../utils/background/settings-store';
import { Reader } from './Reader';
import { renderReader } from './ReaderApp';
import { remoteSettingsStore } from '../utils/page/settings-remote';
import { THEME_TOKENS } from './themes';
import type { Article } from '../utils/extract/article';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../utils/settings';
import { installFakeI18n } from '../tests/helpers/fake-i18n';

const ARTICLE: Article = {
  title: 'On reading',
  byline: 'Jane Doe',
  siteName: 'The Example Times',
  publishedTime: '2024-03-05T10:00:00Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  content: '<p>Body text with <a href="https://example.com/x">a link</a>.</p>',
  textContent: 'Body text with a link.',
  wordCount: 5,
  readingTimeMinutes: 4,
};

let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n('en');
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.unstubAllGlobals();
});

function mountReader(settings: Partial<ReaderSettings> = {}, article: Article = ARTICLE) {
  const onChange = vi.fn();
  const onClose = vi.fn();
  act(() =>
    render(
      <Reader
        article={article}
        url="https://news.example.com/story"
        settings={{ ...DEFAULT_SETTINGS, ...settings }}
        onSettingsChange={onChange}
        onClose={onClose}
      />,
      container,
    ),
  );
  const root = container.querySelector<HTMLElement>('.reader')!;
  return { root, onChange, onClose };
}

function button(name: string): HTMLButtonElement {
  const found = container.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

function key(target: Element, init: KeyboardEventInit) {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  act(() => void target.dispatchEvent(event));
  return event;
}

describe('Reader surface', () => {
  it('is a labelled modal dialog showing title, site, byline, date and reading time', () => {
    const { root } = mountReader();
    expect(root.getAttribute('role')).toBe('dialog');
    expect(root.getAttribute('aria-modal')).toBe('true');
    const title = container.querySelector(`#${root.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe('On reading');
    expect(container.querySelector('.site-name')?.textContent).toBe('The Example Times');
    expect(container.querySelector('.byline')?.textContent).toBe('Jane Doe');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-05T10:00:00Z');
    expect(container.querySelector('.reading-time')?.textContent).toBe('4 min read');
  });

  it('formats the date only after the first frame (the first formatting in a tab loads ICU data)', async () => {
    const formats = vi.spyOn(Date.prototype, 'toLocaleDateString');
    render(
      <Reader
        article={ARTICLE}
        url="https://news.example.com/story"
        settings={DEFAULT_SETTINGS}
        onSettingsChange={vi.fn()}
        onClose={vi.fn()}
      />,
      container,
    );
    expect(container.querySelector('.byline')?.textContent).toBe('Jane Doe');
    expect(container.querySelector('time')).toBeNull();
    expect(formats).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(container.querySelector('time')).not.toBeNull());
    expect(container.querySelector('time')?.textContent).toBe(
      new Date('2024-03-05T10:00:00Z').toLocaleDateString(undefined, { dateStyle: 'long' }),
    );
    formats.mockRestore();
  });

  it("carries the article's language and direction", () => {
    mountReader({}, { ...ARTICLE, lang: 'ar', dir: 'rtl' });
    const page = container.querySelector('article.page')!;
    expect(page.getAttribute('lang')).toBe('ar');
    expect(page.getAttribute('dir')).toBe('rtl');
  });

  it('keeps its own UI in the UI language’s direction inside an RTL article', () => {
    const { root } = mountReader({}, { ...ARTICLE, lang: 'ar', dir: 'rtl' });
    expect(root.getAttribute('dir')).toBe('ltr');
    expect(container.querySelector('.reading-time')?.getAttribute('dir')).toBe('ltr');
    act(() => render(null, container));
    const english = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
      key === '@@bidi_dir' ? 'rtl' : english(key, subs)) as typeof english;
    const { root: rtlUi } = mountReader();
    expect(rtlUi.getAttribute('dir')).toBe('rtl');
  });

  it('links to the original page, and a plain click closes the reader instead of navigating', () => {
    const { onClose } = mountReader();
    const link = container.querySelector<HTMLAnchorElement>('.article-footer a')!;
    expect(link.getAttribute('href')).toBe('https://news.example.com/story');
    expect(link.textContent).toBe('Show original page');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    act(() => void link.dispatchEvent(click));
    expect(click.defaultPrevented).toBe(true);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('moves focus into the dialog when it opens', () => {
    const { root } = mountReader();
    expect(document.activeElement).toBe(root);
  });
});

describe('Toolbar', () => {
  it('gives every control an accessible name', () => {
    mountReader();
    for (const control of container.querySelectorAll('button')) {
      expect(control.getAttribute('aria-label') ?? control.textContent?.trim()).toBeTruthy();
    }
    for (const select of container.querySelectorAll('select')) {
      expect(select.closest('label')?.querySelector('.control-label')?.textContent?.trim()).toBeTruthy();
    }
    expect(container.querySelectorAll('select')).toHaveLength(5);
  });

  it('steps the font size with the buttons and shows the current size', () => {
    const { onChange } = mountReader({ fontSize: 20 });
    expect(container.querySelector('.font-size-value')?.textContent).toBe('20 px');
    act(() => button('Increase font size').click());
    act(() => button('Decrease font size').click());
    expect(onChange.mock.calls).toEqual([[{ fontSize: 22 }], [{ fontSize: 18 }]]);
  });

  it('disables the buttons at either end of the scale', () => {
    mountReader({ fontSize: 40 });
    expect(button('Increase font size').disabled).toBe(true);
    expect(button('Decrease font size').disabled).toBe(false);
  });

  it.each([
    ['fontFamily', 'mono', 'mono'],
    ['lineHeight', '2', 2],
    ['width', 'wide', 'wide'],
    ['align', 'justify', 'justify'],
    ['theme', 'sepia', 'sepia'],
  ])('changes %s from its select', (field, raw, expected) => {
    const { onChange } = mountReader();
    const select = container.querySelector<HTMLSelectElement>(`select[name="${field}"]`)!;
    select.value = raw;
    act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onChange).toHaveBeenCalledWith({ [field]: expected });
  });

  it('closes from the close button', () => {
    const { onClose } = mountReader();
    act(() => button('Close reader').click());
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('folds the selects behind a toggle that reports its state', () => {
    mountReader();
    const toggle = button('Display settings');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(container.querySelector('.toolbar')?.classList.contains('expanded')).toBe(true);
  });
});

describe('keyboard', () => {
  it.each([
    ['+', 22],
    ['=', 22],
    ['-', 18],
  ])('%s changes the font size', (pressed, size) => {
    const { root, onChange } = mountReader({ fontSize: 20 });
    const event = key(root, { key: pressed });
    expect(onChange).toHaveBeenCalledWith({ fontSize: size });
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves Ctrl/Cmd + and - to the browser zoom, and typing in a select alone', () => {
    const { root, onChange } = mountReader();
    key(root, { key: '+', ctrlKey: true });
    key(root.querySelector('select')!, { key: '-' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('keeps Tab inside the dialog', () => {
    const { root } = mountReader();
    const focusable = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), select, a[href]')];
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    last.focus();
    const forward = key(last, { key: 'Tab' });
    expect(forward.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
    const back = key(first, { key: 'Tab', shiftKey: true });
    expect(back.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(last);
  });

  it('lets Tab move normally between inner controls', () => {
    const { root } = mountReader();
    const firstButton = root.querySelector<HTMLButtonElement>('button')!;
    firstButton.focus();
    expect(key(firstButton, { key: 'Tab' }).defaultPrevented).toBe(false);
  });
});

describe('themes', () => {
  function fakeScheme(dark: boolean) {
    const listeners = new Set<() => void>();
    const query = {
      matches: dark,
      addEventListener: (_: string, fn: () => void) => listeners.add(fn),
      removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    };
    vi.stubGlobal('matchMedia', () => query);
    return (next: boolean) => {
      query.matches = next;
      act(() => listeners.forEach((fn) => fn()));
    };
  }

  it.each(['light', 'sepia', 'dark'] as const)('applies the %s tokens', (theme) => {
    const { root } = mountReader({ theme });
    expect(root.dataset.theme).toBe(theme);
    expect(root.style.getPropertyValue('--bg')).toBe(THEME_TOKENS[theme].bg);
    expect(root.style.getPropertyValue('--fg')).toBe(THEME_TOKENS[theme].fg);
  });

  it('"match system" follows the system scheme live', () => {
    const setDark = fakeScheme(false);
    const { root } = mountReader({ theme: 'system' });
    expect(root.dataset.theme).toBe('light');
    setDark(true);
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--bg')).toBe(THEME_TOKENS.dark.bg);
  });

  it('sets size, font, line height, width and alignment as px/em values', () => {
    const { root } = mountReader({
      fontSize: 26,
      fontFamily: 'mono',
      lineHeight: 1.8,
      width: 'narrow',
      align: 'justify',
    });
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('26px');
    expect(root.style.getPropertyValue('--reader-font')).toContain('monospace');
    expect(root.style.getPropertyValue('--reader-line-height')).toBe('1.8');
    expect(root.style.getPropertyValue('--reader-width')).toMatch(/em$/);
    expect(root.style.getPropertyValue('--reader-align')).toBe('justify');
  });
});

describe('renderReader (the overlay as the content script mounts it)', () => {
  type Extraction = Parameters<typeof renderReader>[1];
  let mounted: { host: HTMLElement; unmount: () => void } | null = null;

  /** The overlay as reader.ts mounts it: in a shadow root on a host under <html>, removed after each test. */
  function mountOverlay(
    options: { extraction?: Extraction; close?: () => void; url?: string; settings?: ReaderSettings } = {},
  ) {
    const host = document.createElement('lectern-reader');
    document.documentElement.append(host);
    const inner = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    const close = options.close ?? vi.fn();
    const unmountReader = renderReader(
      inner,
      options.extraction ?? { article: ARTICLE },
      close,
      options.url ?? 'https://x.example/',
      remoteSettingsStore,
      options.settings,
    );
    let done = false;
    // Once only: a test may close the overlay itself before the clean-up does.
    const unmount = () => {
      if (done) return;
      done = true;
      unmountReader();
    };
    mounted = { host, unmount };
    return { host, inner, close, unmount };
  }

  afterEach(() => {
    if (mounted) act(() => mounted!.unmount());
    mounted?.host.remove();
    mounted = null;
  });

  it('loads the stored settings, persists toolbar changes and follows changes from other tabs', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, fontSize: 24 } });
    // The reader reads and writes through the background, as in the extension.
    serveSettingsRequests();
    const { inner } = mountOverlay({ url: 'https://news.example.com/a' });
    await vi.waitFor(() => expect(inner.querySelector('.font-size-value')?.textContent).toBe('24 px'));

    act(() => inner.querySelector<HTMLButtonElement>('button[aria-label="Increase font size"]')!.click());
    await vi.waitFor(async () => {
      const stored = await fakeBrowser.storage.sync.get('settings');
      expect(stored.settings).toMatchObject({ fontSize: 26 });
    });

    await act(() =>
      fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 14 } }),
    );
    await vi.waitFor(() => {
      const root = inner.querySelector<HTMLElement>('.reader')!;
      expect(root.dataset.theme).toBe('dark');
      expect(root.style.getPropertyValue('--reader-font-size')).toBe('14px');
    });
  });

  it('with the settings in hand, shows the whole reader in its first render', () => {
    const { inner } = mountOverlay({ settings: { ...DEFAULT_SETTINGS, fontSize: 22 } });
    expect(inner.querySelector('.font-size-value')?.textContent).toBe('22 px');
    expect(inner.querySelector('.article-body')?.textContent).not.toBe('');
  });

  it('closes on Escape', async () => {
    const { inner, close } = mountOverlay();
    await vi.waitFor(() => expect(inner.querySelector('.reader')).not.toBeNull());
    key(inner.querySelector('.reader')!, { key: 'Escape' });
    expect(close).toHaveBeenCalledOnce();
  });

  it('adds a print rule hiding the page while open, inside the host, and removes it on close', () => {
    const { host, unmount } = mountOverlay();
    const style = host.querySelector('style');
    expect(style?.textContent).toContain('@media print');
    expect(style?.textContent).toContain('body');
    act(() => unmount());
    expect(host.querySelector('style')).toBeNull();
  });

  it('shows the notice, with a named dismiss button, when there is no article', () => {
    const { host, inner, close } = mountOverlay({
      extraction: {
        article: null,
        reason: 'no-content',
        message: 'the extraction’s English message, for the CLI',
      },
      url: '',
    });
    expect(inner.querySelector('[role="status"]')?.textContent).toContain(
      'No article was found on this page.',
    );
    act(() => inner.querySelector<HTMLButtonElement>('button[aria-label="Dismiss"]')!.click());
    expect(close).toHaveBeenCalledOnce();
    expect(host.querySelector('style')).toBeNull();
  });
});
