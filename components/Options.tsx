import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Article } from '../utils/extract/article';
import { t } from '../utils/i18n';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../utils/settings';
import { ArticleView } from './ArticleView';
import { ListenOptions } from './ListenOptions';
import { ReaderFrame } from './ReaderFrame';
import { SettingsControls } from './SettingsControls';
import { LongReadSettings, ReadingHistory } from './LongReadOptions';
import { SiteAdjustments } from './SiteAdjustments';
import { THEME_TOKENS } from './themes';
import { localSettingsStore } from '../utils/background/settings-store';
import { useSettings } from './useSettings';
import { useSystemDark } from './useSystemDark';

/** The manifest command the background listens to. */
const TOGGLE_COMMAND = 'toggle-reader';
const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';
const SAVED_MS = 2000;
const SAMPLE_URL = 'https://example.com/the-quiet-art-of-reading';

export interface OptionsProps {
  /** Which browser's instructions to give for changing the shortcut. */
  browserName?: string;
}

export function Options({ browserName = import.meta.env.BROWSER }: OptionsProps) {
  const { settings, change: changeSettings, reset } = useSettings(localSettingsStore);
  const [saved, flashSaved] = useFlag(SAVED_MS);
  const dark = useSystemDark();
  const page = THEME_TOKENS[dark ? 'dark' : 'light'];

  const save = (write: Promise<unknown>) => void write.then(flashSaved, () => undefined);
  const change = (patch: Partial<ReaderSettings>) => save(changeSettings(patch));

  return (
    <div
      class="options-page"
      style={{
        '--bg': page.bg,
        '--surface': page.surface,
        '--fg': page.fg,
        '--muted': page.muted,
        '--accent': page.accent,
        '--border': page.border,
        colorScheme: dark ? 'dark' : 'light',
      }}
    >
      <main class="options">
        <header class="options-header">
          <h1>{t('optionsTitle')}</h1>
          <p>{t('optionsIntro')}</p>
        </header>
        <section class="options-settings" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('toolbarLabel')}</h2>
          {settings ? <SettingsControls settings={settings} onChange={change} /> : null}
          {settings ? <ListenOptions settings={settings} onChange={change} /> : null}
          {settings ? <LongReadSettings settings={settings} onChange={change} /> : null}
          <div class="options-actions">
            <button type="button" class="reset" onClick={() => save(reset())}>
              {t('resetDefaults')}
            </button>
            <p class="saved" role="status" aria-live="polite">
              {saved ? t('saved') : ''}
            </p>
          </div>
        </section>
        <section class="options-preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t('previewHeading')}</h2>
          <div class="preview-box">
            {/* Focusable so keyboard users can scroll the sample; the section already names it. */}
            <ReaderFrame settings={settings ?? DEFAULT_SETTINGS} class="preview" tabIndex={0}>
              <ArticleView article={sampleArticle()} url={SAMPLE_URL} titleId="sample-title" />
            </ReaderFrame>
          </div>
        </section>
        <ShortcutSection browserName={browserName} />
        <SiteAdjustments />
        <ReadingHistory />
      </main>
    </div>
  );
}

/** A flag that turns itself off again: the unobtrusive "Saved". */
function useFlag(ms: number): [boolean, () => void] {
  const [on, setOn] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const flash = () => {
    setOn(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOn(false), ms);
  };
  return [on, flash];
}

function ShortcutSection({ browserName }: { browserName: string }) {
  const shortcut = useShortcut();
  const isFirefox = browserName === 'firefox';
  return (
    <section class="options-shortcut" aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('shortcutHeading')}</h2>
      {shortcut === undefined ? null : shortcut ? (
        <p class="shortcut-current">{t('shortcutCurrent', shortcut)}</p>
      ) : (
        <p class="shortcut-none">{t('shortcutNone')}</p>
      )}
      {isFirefox ? (
        <p>{t('shortcutFirefox')}</p>
      ) : (
        <button type="button" onClick={() => void browser.tabs.create({ url: CHROME_SHORTCUTS_URL })}>
          {t('shortcutChange')}
        </button>
      )}
    </section>
  );
}

/** The assigned shortcut ('' when none), re-read when the user comes back from the browser's shortcut page. */
function useShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    const read = () =>
      browser.commands
        .getAll()
        .then((commands) => setShortcut(commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? ''))
        .catch(() => setShortcut(''));
    void read();
    window.addEventListener('focus', read);
    return () => window.removeEventListener('focus', read);
  }, []);
  return shortcut;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sampleArticle(): Article {
  const paragraphs = [t('sampleParagraph1'), t('sampleParagraph2')];
  const content = [
    `<p>${escapeHtml(paragraphs[0] ?? '')}</p>`,
    `<blockquote><p>${escapeHtml(t('sampleQuote'))}</p></blockquote>`,
    `<p>${escapeHtml(paragraphs[1] ?? '')}</p>`,
  ].join('');
  const text = [...paragraphs, t('sampleQuote')].join(' ');
  return {
    title: t('sampleTitle'),
    byline: t('sampleByline'),
    siteName: t('sampleSite'),
    publishedTime: null,
    lang: browser.i18n.getUILanguage(),
    dir: null,
    excerpt: null,
    leadImage: null,
    content,
    textContent: text,
    wordCount: text.split(/\s+/).length,
    readingTimeMinutes: 1,
  };
}
