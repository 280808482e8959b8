import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  migrateV1ToV2,
  migrateV2ToV3,
  normalizeSettings,
  SETTINGS_KEY,
  settingsArea,
  type ReaderSettings,
  type SettingsStore,
} from '../settings';
import { isSettingsRequest, type SettingsRequest } from '../contract';

// The one settings item. The background and the options page use it directly; the reader in a page asks
// the background (utils/page/settings-remote.ts), which keeps @wxt-dev/storage out of the content script.
// Defined on first use, not at import: defining a versioned item starts its migration (a storage read),
// and the service worker must do nothing at start-up but register its listeners.
let item: ReturnType<typeof defineSettingsItem> | undefined;

function defineSettingsItem() {
  return storage.defineItem<ReaderSettings>(`${settingsArea}:${SETTINGS_KEY}`, {
    fallback: { ...DEFAULT_SETTINGS },
    version: 3,
    migrations: { 2: migrateV1ToV2, 3: migrateV2ToV3 },
  });
}

function settingsItem() {
  item ??= defineSettingsItem();
  return item;
}

export async function loadSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await settingsItem().getValue());
}

// Writes from one page run one after another: two quick changes (a key held down, arrows through a
// select) would otherwise both read the old value and the second would undo the first.
let writes: Promise<unknown> = Promise.resolve();

function queueWrite<T>(write: () => Promise<T>): Promise<T> {
  const next = writes.then(write, write);
  writes = next.catch(() => undefined);
  return next;
}

export function updateSettings(patch: Partial<ReaderSettings>): Promise<ReaderSettings> {
  return queueWrite(async () => {
    const next = normalizeSettings({ ...(await loadSettings()), ...patch });
    await settingsItem().setValue(next);
    return next;
  });
}

export function resetSettings(): Promise<ReaderSettings> {
  return queueWrite(async () => {
    const defaults = { ...DEFAULT_SETTINGS };
    await settingsItem().setValue(defaults);
    return defaults;
  });
}

export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  return settingsItem().watch((raw) => onChange(normalizeSettings(raw)));
}

export const localSettingsStore: SettingsStore = {
  load: loadSettings,
  update: updateSettings,
  reset: resetSettings,
  watch: watchSettings,
};

/** Background side of utils/page/settings-remote.ts: answers the reader's requests (sendResponse: Chromium's
 * onMessage does not take a returned promise). */
export function serveSettingsRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (!isSettingsRequest(message)) return undefined;
    void answerSettingsRequest(message).then(sendResponse, () => sendResponse(null));
    return true;
  });
}

/** Background side of utils/page/settings-remote.ts: every write from every tab goes through one queue here. */
export function answerSettingsRequest(request: SettingsRequest): Promise<ReaderSettings> {
  if (request.op === 'update') return updateSettings(normalizePatch(request.patch));
  return request.op === 'reset' ? resetSettings() : loadSettings();
}

/** A patch from a page's reader is only trusted for the fields it names, each one validated. */
function normalizePatch(patch: unknown): Partial<ReaderSettings> {
  if (typeof patch !== 'object' || patch === null) return {};
  const valid = normalizeSettings(patch);
  const keys = Object.keys(patch).filter((key): key is keyof ReaderSettings => key in valid);
  return Object.fromEntries(keys.map((key) => [key, valid[key]]));
}
