import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ListenButton, ListenPlayer } from '../../components/ListenControls';
import listenCss from '../../components/listen.css?inline';
import { registerAfterPaintFeature } from '../page/after-paint/register';
import { featureSlot } from '../page/after-paint/toolbar-slot';
import type { Article } from '../extract/article';
import { t } from '../i18n';
import { DEFAULT_SETTINGS, type ReaderSettings, type SettingsStore } from '../settings';
import { remoteSettingsStore } from '../page/settings-remote';
import { ListenController } from './controller';
import { createSpeechEngine, type SpeechEngine } from './engine';
import { listenKeyAction, NEEDS_SESSION } from './keys';
import { articleKey, PositionMemory } from './positions';
import { onStopRequest, report } from '../page/listen-remote';
import { menuVoices, voicesFor } from './voices';

/** Free space kept between the highlighted sentence and the toolbar or the player. */
const BAND_MARGIN = 12;

export interface ListenEnvironment {
  engine: SpeechEngine;
  positions: PositionMemory;
  store: Pick<SettingsStore, 'load' | 'update' | 'watch'>;
  /** Messages to and from the background (one reader reads aloud at a time). */
  report(op: 'opened' | 'speaking' | 'silent'): void;
  onStopRequest(onStop: () => void): () => void;
  uiLanguage(): string;
}

/**
 * Takes over a freshly filled article body: the Listen button in the toolbar's slot, the player at the foot of
 * the reader, the keys. Returns what undoes it all (the reader is closing): silence first.
 */
export function attachListen(
  body: HTMLElement,
  article: Article,
  env: ListenEnvironment,
): (() => void) | null {
  const slot = featureSlot(body, 'listen');
  const reader = body.closest<HTMLElement>('.reader');
  const page = body.closest<HTMLElement>('.page') ?? body;
  if (!slot || !reader) return null;
  const doc = body.ownerDocument;
  const win = doc.defaultView ?? window;

  const mount = doc.createElement('div');
  mount.className = 'listen-mount';
  reader.append(mount);
  const toolbar = reader.querySelector('.toolbar');
  const uiLanguage = env.uiLanguage();
  const articleLang = article.lang || null;

  const controller = new ListenController({
    engine: env.engine,
    view: {
      root: page,
      scroller: reader,
      band: () => ({
        top: (toolbar?.getBoundingClientRect().bottom ?? 0) + BAND_MARGIN,
        bottom:
          (mount.querySelector('.listen-player')?.getBoundingClientRect().top ?? win.innerHeight) -
          BAND_MARGIN,
      }),
      reducedMotion: () => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
    },
    settings: pickListenSettings(DEFAULT_SETTINGS),
    saveSettings: (patch) => void save(patch),
    positions: env.positions,
    articleKey: articleKey(win.location.href, article.title),
    articleLang,
    preferredLanguages: win.navigator.languages ?? [],
    uiLanguage,
    message: (key) => t(key),
    onSpeaking: () => env.report('speaking'),
  });

  // The reader already shows the stored settings; Listen's share of them arrives a moment later.
  let settingsKnown = false;
  let closed = false;
  // While this reader's own writes are in flight their storage echoes are ignored (an echo of an older write
  // would roll the speed back under a user arrowing through the menu), then the stored value is read once
  // more, for anything another tab wrote meanwhile: as components/useSettings.ts does for the reader.
  let inFlight = 0;
  const catchUp = () =>
    env.store
      .load()
      .then((settings) => {
        settingsKnown = true;
        if (!closed && inFlight === 0) controller.settingsChanged(pickListenSettings(settings));
      })
      .catch(() => undefined);
  async function save(patch: Partial<ReaderSettings>): Promise<void> {
    inFlight++;
    try {
      await env.store.update(patch);
    } catch {
      // Not saved (the extension was reloaded): the change still applies to this reader.
    } finally {
      inFlight--;
    }
    if (inFlight === 0) await catchUp();
  }
  void catchUp();
  const unwatchSettings = safely(() =>
    env.store.watch((settings) => {
      if (settingsKnown && inFlight === 0) controller.settingsChanged(pickListenSettings(settings));
    }),
  );
  const unwatchVoices = env.engine.watchVoices(() => controller.voicesChanged());
  const unwatchStops = env.onStopRequest(() => controller.pause({ key: 'listenOtherReader' }));

  const style = doc.createElement('style');
  style.textContent = listenCss;
  const button = doc.createElement('span');
  button.className = 'listen-button-mount';
  slot.replaceChildren(style, button);
  render(<ListenButton controller={controller} />, button);
  const voices = () =>
    menuVoices(
      voicesFor(env.engine.voices(), articleLang ?? uiLanguage, win.navigator.languages ?? []),
      controller.snapshot().savedVoice,
    );
  render(<ListenPlayer controller={controller} voices={voices} />, mount);

  const onKeyDown = (event: KeyboardEvent) => {
    const action = listenKeyAction(event);
    if (!action) return;
    const status = controller.snapshot().status;
    const inSession = status !== 'idle' && status !== 'offer';
    if ((NEEDS_SESSION.has(action) || action === 'slower' || action === 'faster') && !inSession) return;
    event.preventDefault();
    if (action === 'toggle') controller.press(event.timeStamp);
    else if (action === 'previousSentence') controller.previousSentence();
    else if (action === 'nextSentence') controller.nextSentence();
    else if (action === 'previousParagraph') controller.previousParagraph();
    else if (action === 'nextParagraph') controller.nextParagraph();
    else controller.stepRate(action === 'faster' ? 1 : -1);
  };
  reader.addEventListener('keydown', onKeyDown);
  // Leaving the page (or into the back-forward cache): silence at once, the place kept.
  const onPageHide = () => controller.pause();
  win.addEventListener('pagehide', onPageHide);

  env.report('opened');

  return () => {
    closed = true;
    const wasSpeaking = controller.snapshot().status !== 'idle';
    controller.dispose();
    win.removeEventListener('pagehide', onPageHide);
    reader.removeEventListener('keydown', onKeyDown);
    unwatchSettings();
    unwatchVoices();
    unwatchStops();
    render(null, button);
    render(null, mount);
    mount.remove();
    if (wasSpeaking) env.report('silent');
  };
}

function pickListenSettings(settings: ReaderSettings) {
  return {
    speechRate: settings.speechRate,
    speechVoice: settings.speechVoice,
    rememberPosition: settings.rememberPosition,
  };
}

function safely(watch: () => () => void): () => void {
  try {
    return watch();
  } catch {
    return () => undefined;
  }
}

/** The listen script's entry: one engine and one memory of positions for the page's whole life. */
export function installListen(): void {
  const env: ListenEnvironment = {
    engine: createSpeechEngine(),
    positions: new PositionMemory(),
    store: remoteSettingsStore,
    report,
    onStopRequest,
    uiLanguage: () => browser.i18n.getUILanguage(),
  };
  let undo: (() => void) | null = null;
  const detach = () => {
    const current = undo;
    undo = null;
    current?.();
  };
  registerAfterPaintFeature('listen', {
    attach(body, article) {
      detach();
      try {
        undo = attachListen(body, article, env);
      } catch {
        undo = null;
      }
    },
    detach,
  });
}
