import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../utils/i18n';
import { createSpeechEngine, type SpeechEngine } from '../utils/listen/engine';
import { primaryLanguage, voiceLanguages, voicesFor } from '../utils/listen/voices';
import { SPEECH_RATES, type SpeechRate } from '../utils/settings';
import './listen-options.css';
import { voiceLabel } from './ListenControls';
import type { ControlsProps } from './SettingsControls';

interface ListenOptionsProps extends ControlsProps {
  /** Tests hand in their own engine; the page uses the browser's. */
  engine?: SpeechEngine;
}

/**
 * Listen's reading settings on the options page: speed and voice (the same settings the reader's player
 * changes), with a sample to hear them. The voice list is long (espeak-ng lists a hundred variants for each
 * of its languages), so it is shown one language at a time, the saved voice's or the user's own first.
 */
export function ListenOptions({ settings, onChange, engine: given }: ListenOptionsProps) {
  const engine = useMemo(() => given ?? createSpeechEngine(), [given]);
  const voices = useVoices(engine);
  const uiLanguage = browser.i18n.getUILanguage();
  const savedVoice = voices.find((voice) => voice.name === settings.speechVoice);
  const [language, setLanguage] = useState<string | null>(null);
  const shownLanguage = language ?? primaryLanguage(savedVoice?.lang ?? uiLanguage);
  const languages = useMemo(() => voiceLanguages(voices, uiLanguage), [voices, uiLanguage]);
  const listed = useMemo(
    () => voicesFor(voices, shownLanguage, navigator.languages ?? []),
    [voices, shownLanguage],
  );
  const problem = !engine.available
    ? t('listenNoEngine')
    : voices.length === 0
      ? t(engine.voicesSettled() ? 'listenNoVoices' : 'listenVoicesLoading')
      : null;

  const tryVoice = () => {
    engine.cancel();
    engine.speak(
      {
        text: t('listenSample'),
        lang: uiLanguage,
        voice: savedVoice ?? listed[0] ?? null,
        rate: settings.speechRate,
      },
      { start: () => undefined, end: () => undefined, error: () => undefined },
    );
  };

  return (
    <div class="options-listen" role="group" aria-labelledby="listen-heading">
      <h3 id="listen-heading">{t('listenOptionsHeading')}</h3>
      <p>{t('listenOptionsIntro')}</p>
      <div class="settings-controls listen-options-controls">
        <label class="control">
          <span class="control-label">{t('listenSpeed')}</span>
          <select
            name="speechRate"
            value={String(settings.speechRate)}
            onChange={(event) =>
              onChange({ speechRate: Number((event.currentTarget as HTMLSelectElement).value) as SpeechRate })
            }
          >
            {SPEECH_RATES.map((rate) => (
              <option key={rate} value={String(rate)}>
                {t('listenSpeedValue', String(rate))}
              </option>
            ))}
          </select>
        </label>
        {languages.length > 0 ? (
          <label class="control">
            <span class="control-label">{t('listenLanguage')}</span>
            <select
              name="listenLanguage"
              value={shownLanguage}
              onChange={(event) => setLanguage((event.currentTarget as HTMLSelectElement).value)}
            >
              {languages.map(({ tag, name }) => (
                <option key={tag} value={tag}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label class="control">
          <span class="control-label">{t('listenVoice')}</span>
          <select
            name="speechVoice"
            value={settings.speechVoice}
            onChange={(event) => onChange({ speechVoice: (event.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">{t('listenVoiceAutomaticNone')}</option>
            {/* The saved voice stays visible when another language is listed, or before the voices load. */}
            {settings.speechVoice && (!savedVoice || primaryLanguage(savedVoice.lang) !== shownLanguage) ? (
              <option value={settings.speechVoice}>{settings.speechVoice}</option>
            ) : null}
            {listed.map((voice) => (
              <option key={voice.name} value={voice.name}>
                {voiceLabel(voice)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={tryVoice} disabled={!engine.available}>
          {t('listenTry')}
        </button>
      </div>
      <p class="listen-options-status" aria-live="polite">
        {problem ?? ''}
      </p>
      <p class="listen-options-keys">{t('listenKeys')}</p>
    </div>
  );
}

function useVoices(engine: SpeechEngine): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState(() => engine.voices());
  useEffect(() => {
    setVoices(engine.voices());
    return engine.watchVoices(() => setVoices(engine.voices()));
  }, [engine]);
  return voices;
}
