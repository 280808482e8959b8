import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  FONT_SIZES,
  normalizeSettings,
  stepFontSize,
  type ReaderSettings,
} from './settings';
import { isSettingsRequest, type SettingsRequest } from './contract';
import {
  answerSettingsRequest,
  loadSettings,
  resetSettings,
  serveSettingsRequests,
  updateSettings,
  watchSettings,
} from './background/settings-store';
import { remoteSettingsStore } from './page/settings-remote';

const CUSTOM: ReaderSettings = {
  fontSize: 28,
  fontFamily: 'mono',
  lineHeight: 2,
  width: 'wide',
  align: 'justify',
  theme: 'sepia',
  speechRate: 1.5,
  speechVoice: 'Korean (Seoul)',
  wordsPerMinute: 300,
  rememberPosition: false,
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('normalizeSettings', () => {
  it('keeps every valid field', () => {
    expect(normalizeSettings(CUSTOM)).toEqual(CUSTOM);
  });

  it('replaces only the corrupt field with its default', () => {
    const result = normalizeSettings({ ...CUSTOM, theme: 'neon' });
    expect(result).toEqual({ ...CUSTOM, theme: DEFAULT_SETTINGS.theme });
  });

  it.each([
    ['fontSize', 4],
    ['fontSize', 400],
    ['fontSize', '20'],
    ['fontSize', Number.NaN],
    ['fontFamily', 'comic'],
    ['lineHeight', 7],
    ['lineHeight', 'huge'],
    ['width', 12],
    ['align', 'center'],
    ['theme', null],
    ['speechRate', 4],
    ['speechRate', '1'],
    ['speechVoice', 42],
    ['speechVoice', 'x'.repeat(201)],
    ['wordsPerMinute', 'fast'],
    ['wordsPerMinute', Number.POSITIVE_INFINITY],
    ['rememberPosition', 'yes'],
  ])('falls back for %s = %s', (field, bad) => {
    const result = normalizeSettings({ ...CUSTOM, [field]: bad });
    expect(result[field as keyof ReaderSettings]).toEqual(DEFAULT_SETTINGS[field as keyof ReaderSettings]);
    const others = Object.keys(CUSTOM).filter((key) => key !== field) as (keyof ReaderSettings)[];
    for (const key of others) expect(result[key]).toEqual(CUSTOM[key]);
  });

  it('snaps an in-range size between steps to the nearest step', () => {
    expect(normalizeSettings({ fontSize: 29 }).fontSize).toBe(28);
    expect(normalizeSettings({ fontSize: 39 }).fontSize).toBe(40);
  });

  it('accepts the version 1 line-height names a not-yet-updated browser may still sync', () => {
    expect(normalizeSettings({ lineHeight: 'loose' }).lineHeight).toBe(1.8);
  });

  it.each([null, undefined, 'text', 42, []])('gives defaults for a non-object (%s)', (raw) => {
    expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('stepFontSize', () => {
  it('walks the scale and stops at both ends', () => {
    expect(stepFontSize(20, 1)).toBe(22);
    expect(stepFontSize(20, -1)).toBe(18);
    expect(stepFontSize(FONT_SIZES[0], -1)).toBe(12);
    expect(stepFontSize(40, 1)).toBe(40);
  });

  it('covers 12 to 40 px', () => {
    expect(Math.min(...FONT_SIZES)).toBe(12);
    expect(Math.max(...FONT_SIZES)).toBe(40);
  });
});

describe('the stored item', () => {
  it('gives defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('persists an update in the sync area and keeps the other fields', async () => {
    await updateSettings({ fontSize: 32 });
    await updateSettings({ theme: 'dark' });
    const stored = await fakeBrowser.storage.sync.get('settings');
    expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, fontSize: 32, theme: 'dark' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, fontSize: 32, theme: 'dark' });
  });

  it('repairs a corrupt stored field on read without losing the rest', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...CUSTOM, fontSize: 'huge', width: 'vast' } });
    expect(await loadSettings()).toEqual({ ...CUSTOM, fontSize: 20, width: 'medium' });
  });

  it('keeps both of two changes made at once (writes are queued, not interleaved)', async () => {
    await Promise.all([
      updateSettings({ fontSize: 32 }),
      updateSettings({ theme: 'dark' }),
      updateSettings({ width: 'wide' }),
    ]);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, fontSize: 32, theme: 'dark', width: 'wide' });
  });

  it('resets to defaults', async () => {
    await updateSettings(CUSTOM);
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes made elsewhere, normalized', async () => {
    const seen: ReaderSettings[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await fakeBrowser.storage.sync.set({ settings: { ...CUSTOM, align: 'diagonal' } });
    stop();
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS });
    expect(seen).toEqual([{ ...CUSTOM, align: 'start' }]);
  });
});

describe('migration and storage area (fresh module per test)', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('clamps the reading pace into its range', () => {
    expect(normalizeSettings({ wordsPerMinute: 20 }).wordsPerMinute).toBe(100);
    expect(normalizeSettings({ wordsPerMinute: 5000 }).wordsPerMinute).toBe(600);
    expect(normalizeSettings({ wordsPerMinute: 250.6 }).wordsPerMinute).toBe(251);
  });

  it('migrates a version 2 value to version 3: the user values kept, the new fields at their defaults', async () => {
    const v2 = {
      fontSize: 24,
      fontFamily: 'sans',
      lineHeight: 1.8,
      width: 'narrow',
      align: 'justify',
      theme: 'dark',
    };
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    const fresh = await import('./background/settings-store');
    const expected = { ...DEFAULT_SETTINGS, ...v2 };
    expect(await fresh.loadSettings()).toEqual(expected);
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings).toEqual(expected);
    expect(stored.settings$).toEqual({ v: 3 });
  });

  it('migrates a version 1 value to version 3 and keeps the user values', async () => {
    const v1 = {
      fontSize: 24,
      fontFamily: 'sans',
      lineHeight: 'compact',
      width: 'narrow',
      align: 'justify',
      theme: 'dark',
    };
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    const fresh = await import('./background/settings-store');
    const expected = { ...DEFAULT_SETTINGS, ...v1, lineHeight: 1.4 };
    expect(await fresh.loadSettings()).toEqual(expected);
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings).toEqual(expected);
    expect(stored.settings$).toEqual({ v: 3 });
  });

  it('migrates a version 1 value stored without version metadata', async () => {
    await fakeBrowser.storage.sync.set({ settings: { fontSize: 16, lineHeight: 'loose' } });
    const fresh = await import('./background/settings-store');
    expect(await fresh.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, fontSize: 16, lineHeight: 1.8 });
  });

  it('uses the local area when the browser has no sync storage', async () => {
    const sync = fakeBrowser.storage.sync;
    Reflect.deleteProperty(fakeBrowser.storage, 'sync');
    try {
      const fresh = await import('./background/settings-store');
      expect((await import('./settings')).settingsArea).toBe('local');
      await fresh.updateSettings({ theme: 'sepia' });
      const stored = await fakeBrowser.storage.local.get('settings');
      expect(stored.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia' });
      expect(await fresh.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    } finally {
      Reflect.set(fakeBrowser.storage, 'sync', sync);
    }
    vi.resetModules();
    const restored = await import('./settings');
    expect(restored.settingsArea).toBe('sync');
  });
});

describe('settings requests from the reader in a page', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('answers load, update and reset through the one item', async () => {
    serveSettingsRequests();
    const ask = (request: SettingsRequest) => fakeBrowser.runtime.sendMessage(request);
    expect(await ask({ type: 'lectern:settings', op: 'load' })).toEqual(DEFAULT_SETTINGS);
    expect(await ask({ type: 'lectern:settings', op: 'update', patch: { theme: 'sepia' } })).toMatchObject({
      theme: 'sepia',
    });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ theme: 'sepia' });
    expect(await ask({ type: 'lectern:settings', op: 'reset' })).toEqual(DEFAULT_SETTINGS);
  });

  it('gives the reader the defaults when the sync area fails to read (sync disabled by policy, quota)', async () => {
    serveSettingsRequests();
    await updateSettings({ theme: 'dark' });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('Sync is disabled by policy'));
    await expect(loadSettings()).rejects.toThrow(/disabled/);
    expect(await remoteSettingsStore.load()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps only the valid fields a patch names', async () => {
    await updateSettings({ fontSize: 28 });
    const patch = { fontSize: 999, theme: 'dark', evil: '<script>' } as unknown as Partial<ReaderSettings>;
    const next = await answerSettingsRequest({ type: 'lectern:settings', op: 'update', patch });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, fontSize: 20, theme: 'dark' });
    expect(next).not.toHaveProperty('evil');
  });

  it('ignores messages that are not settings requests', () => {
    expect(isSettingsRequest({ type: 'lectern:settings', op: 'drop' })).toBe(false);
    expect(isSettingsRequest('lectern:settings')).toBe(false);
    expect(isSettingsRequest({ type: 'lectern:settings', op: 'load' })).toBe(true);
  });
});
