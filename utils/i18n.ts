import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** Every UI string's key; English is the reference locale, so a key missing there does not compile. */
export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  // An empty answer means the key is missing from the active locale and English alike: show the key, not a blank.
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The direction of the browser's UI language, for our own strings (the article keeps its own `dir`). */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
