import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

// The manifest's own strings (name, descriptions, button tooltip, shortcut description) are shown by the
// browser and the stores, so they must come from _locales like every UI string. (The overlay's and the
// options page's strings are checked by the UI i18n test.)
const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');
const LOCALES = readdirSync(LOCALES_DIR);

type Messages = Record<string, { message?: string }>;
const messagesOf = (locale: string): Messages =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;

type ManifestFn = (env: object) => Record<string, unknown>;
const manifestFor = (browser: string) =>
  (config.manifest as ManifestFn)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });

function visibleStrings(manifest: Record<string, unknown>): [string, unknown][] {
  const action = manifest.action as { default_title?: unknown };
  const commands = manifest.commands as Record<string, { description?: unknown }>;
  return [
    ['name', manifest.name],
    ['description', manifest.description],
    ['action.default_title', action.default_title],
    ...Object.entries(commands).map(([name, command]): [string, unknown] => [
      `commands.${name}.description`,
      command.description,
    ]),
  ];
}

describe.each(['chrome', 'firefox'])('%s manifest strings', (browser) => {
  const manifest = manifestFor(browser);

  it('come from _locales, with English as the default locale', () => {
    expect(manifest.default_locale).toBe('en');
    expect(LOCALES).toEqual(expect.arrayContaining(['en', 'ko']));
    for (const [field, value] of visibleStrings(manifest)) expect(value, field).toMatch(/^__MSG_\w+__$/);
  });

  it.each(LOCALES)('all have a non-empty message in the %s locale', (locale) => {
    const messages = messagesOf(locale);
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] as string);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const key of keys) expect(messages[key]?.message?.trim(), `${locale}: ${key}`).toBeTruthy();
  });
});

describe.each(LOCALES)('store limits in the %s locale', (locale) => {
  const messages = messagesOf(locale);

  it('keeps the name within 45 characters and the description within 132 (Chrome Web Store)', () => {
    expect([...(messages.extName?.message ?? '')].length).toBeLessThanOrEqual(45);
    expect([...(messages.extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
  });
});
