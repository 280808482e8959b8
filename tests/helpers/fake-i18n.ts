import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type LocaleMessages = Record<string, LocaleEntry>;

export function readLocale(locale: string): LocaleMessages {
  const path = resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as LocaleMessages;
}

/** Chrome's substitution rules, enough for our messages: $NAME$ → placeholder content → $1..$9. */
export function formatMessage(entry: LocaleEntry | undefined, substitutions?: string | string[]): string {
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

/** The fake browser leaves i18n unmocked; answer from a real messages.json, as the browser would. */
export function installFakeI18n(locale = 'en'): LocaleMessages {
  const messages = readLocale(locale);
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    formatMessage(messages[key], substitutions)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => locale;
  return messages;
}
