import { browser } from 'wxt/browser';
import {
  normalizeSettings,
  SETTINGS_KEY,
  settingsArea,
  type ReaderSettings,
  type SettingsStore,
} from '../settings';
import { type SettingsRequest } from '../contract';

/**
 * The settings as the reader in a page sees them: reads and writes go to the background, which owns the
 * one settings item (utils/background/settings-store.ts); changes arrive straight from storage. This keeps
 * @wxt-dev/storage and its helpers out of the size-budgeted content script.
 */
async function ask(request: SettingsRequest): Promise<ReaderSettings> {
  return normalizeSettings(await browser.runtime.sendMessage(request));
}

export const remoteSettingsStore: SettingsStore = {
  load: () => ask({ type: 'lectern:settings', op: 'load' }),
  update: (patch) => ask({ type: 'lectern:settings', op: 'update', patch }),
  reset: () => ask({ type: 'lectern:settings', op: 'reset' }),
  watch(onChange) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area === settingsArea && change) onChange(normalizeSettings(change.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
