import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useSettings, type SettingsState } from './useSettings';
import { DEFAULT_SETTINGS } from '../utils/settings';
import { localSettingsStore } from '../utils/background/settings-store';

let container: HTMLElement;
let state: SettingsState;

function Probe() {
  state = useSettings(localSettingsStore);
  return null;
}

beforeEach(async () => {
  fakeBrowser.reset();
  container = document.createElement('div');
  act(() => render(<Probe />, container));
  await vi.waitFor(() => expect(state.settings).not.toBeNull());
});

afterEach(() => {
  act(() => render(null, container));
  vi.restoreAllMocks();
});

describe('useSettings', () => {
  it('shows a change at once and stores it', async () => {
    await act(() => state.change({ theme: 'dark' }));
    expect(state.settings?.theme).toBe('dark');
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ theme: 'dark' });
  });

  it('ignores the echo of an older value while its own writes are in flight, then catches up', async () => {
    const realSet = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The first write of 'dark' hangs; meanwhile storage reports an older value ('light').
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementationOnce(async (items) => {
      await gate;
      await realSet(items);
    });
    let pending!: Promise<void>;
    act(() => {
      pending = state.change({ theme: 'dark' });
    });
    expect(state.settings?.theme).toBe('dark');
    await act(() => realSet({ settings: { ...DEFAULT_SETTINGS, theme: 'light' } }));
    expect(state.settings?.theme).toBe('dark');
    release();
    await act(() => pending);
    await vi.waitFor(() => expect(state.settings?.theme).toBe('dark'));
  });

  it('follows changes from elsewhere when it is not writing', async () => {
    await act(() => fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, fontSize: 36 } }));
    await vi.waitFor(() => expect(state.settings?.fontSize).toBe(36));
  });

  it('resets to defaults', async () => {
    await act(() => state.change({ width: 'wide', fontSize: 14 }));
    await act(() => state.reset());
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(DEFAULT_SETTINGS);
  });
});
