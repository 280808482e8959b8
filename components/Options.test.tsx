import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from './Options';
import { THEME_TOKENS } from './themes';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { installFakeI18n } from '../tests/helpers/fake-i18n';

let container: HTMLElement;

function fakeCommands(shortcut: string | undefined) {
  fakeBrowser.commands.getAll = (async () =>
    shortcut === undefined
      ? []
      : [
          { name: 'toggle-reader', shortcut, description: 'Open or close the reader' },
        ]) as typeof fakeBrowser.commands.getAll;
}

beforeEach(() => {
  fakeBrowser.reset();
  installFakeI18n('en');
  fakeCommands('Alt+Shift+K');
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

async function mountOptions(browserName = 'chrome') {
  act(() => render(<Options browserName={browserName} />, container));
  await vi.waitFor(() => expect(container.querySelector('select[name="theme"]')).not.toBeNull());
}

const select = (name: string) => container.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
const preview = () => container.querySelector<HTMLElement>('.reader.preview')!;

function choose(name: string, value: string) {
  const element = select(name);
  element.value = value;
  act(() => void element.dispatchEvent(new Event('change', { bubbles: true })));
}

async function stored() {
  return (await fakeBrowser.storage.sync.get('settings')).settings;
}

describe('Options page', () => {
  it('labels every setting and shows the stored values', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, width: 'wide', theme: 'dark' } });
    await mountOptions();
    for (const name of ['fontFamily', 'lineHeight', 'width', 'align', 'theme']) {
      expect(select(name).closest('label')?.textContent).toBeTruthy();
    }
    expect(select('width').value).toBe('wide');
    expect(select('theme').value).toBe('dark');
    expect(container.querySelector('[aria-label="Font size"] .font-size-value')?.textContent).toBe('20 px');
  });

  it('saves each change at once and says so', async () => {
    await mountOptions();
    choose('fontFamily', 'sans');
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ fontFamily: 'sans' }));
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved'));
    act(() => container.querySelector<HTMLButtonElement>('button[aria-label="Increase font size"]')!.click());
    await vi.waitFor(async () => expect(await stored()).toMatchObject({ fontFamily: 'sans', fontSize: 22 }));
  });

  it('updates the preview, in the reader styles, as settings change', async () => {
    await mountOptions();
    choose('theme', 'sepia');
    await vi.waitFor(() => expect(preview().style.getPropertyValue('--bg')).toBe(THEME_TOKENS.sepia.bg));
    choose('lineHeight', '2');
    await vi.waitFor(() => expect(preview().style.getPropertyValue('--reader-line-height')).toBe('2'));
    expect(preview().querySelector('h1')?.textContent).toBe('The quiet art of reading on screens');
  });

  it('follows changes made elsewhere (a reader toolbar in another tab)', async () => {
    await mountOptions();
    await act(() =>
      fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, fontSize: 32, align: 'justify' } }),
    );
    await vi.waitFor(() => {
      expect(select('align').value).toBe('justify');
      expect(container.querySelector('.font-size-value')?.textContent).toBe('32 px');
      expect(preview().style.getPropertyValue('--reader-font-size')).toBe('32px');
    });
  });

  it('resets to defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, fontSize: 36, theme: 'dark' } });
    await mountOptions();
    const reset = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Reset to defaults',
    )!;
    act(() => reset.click());
    await vi.waitFor(async () => expect(await stored()).toEqual(DEFAULT_SETTINGS));
    await vi.waitFor(() => expect(select('theme').value).toBe('system'));
  });
});

describe('keyboard shortcut section', () => {
  it('shows the assigned shortcut and opens Chrome’s shortcut page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await mountOptions('chrome');
    await vi.waitFor(() =>
      expect(container.querySelector('.shortcut-current')?.textContent).toBe(
        'Open or close the reader with Alt+Shift+K.',
      ),
    );
    const change = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Change shortcut',
    )!;
    act(() => change.click());
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it.each([[''], [undefined]])('says plainly when no shortcut is assigned (%s)', async (shortcut) => {
    fakeCommands(shortcut);
    await mountOptions();
    await vi.waitFor(() =>
      expect(container.querySelector('.shortcut-none')?.textContent).toMatch(/No keyboard shortcut/),
    );
  });

  it('points Firefox users to the add-ons manager instead of a button', async () => {
    await mountOptions('firefox');
    await vi.waitFor(() => expect(container.textContent).toContain('Manage Extension Shortcuts'));
    expect([...container.querySelectorAll('button')].some((b) => b.textContent === 'Change shortcut')).toBe(
      false,
    );
  });
});
