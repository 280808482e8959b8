import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { forgetAllPositions, loadPositions, watchPositions } from '../utils/background/positions-store';
import { MAX_WORDS_PER_MINUTE, MIN_WORDS_PER_MINUTE, type ReaderSettings } from '../utils/settings';
import './long-read-options.css';

interface LongReadSettingsProps {
  settings: ReaderSettings;
  onChange: (patch: Partial<ReaderSettings>) => void;
}

/** The long-read settings on the options page: remember the reading position, and the pace behind "time left". */
export function LongReadSettings({ settings, onChange }: LongReadSettingsProps) {
  const onPace = (event: Event) => {
    const value = Number((event.currentTarget as HTMLInputElement).value);
    // Out of range is clamped by the settings' own validation; not a number keeps the stored pace.
    if (Number.isFinite(value) && value > 0) onChange({ wordsPerMinute: value });
  };
  return (
    <div class="settings-controls long-read-settings">
      <label class="control control-remember">
        <span class="control-check">
          <input
            type="checkbox"
            name="rememberPosition"
            checked={settings.rememberPosition}
            onChange={(event) =>
              onChange({ rememberPosition: (event.currentTarget as HTMLInputElement).checked })
            }
          />
          <span class="control-label">{t('rememberPosition')}</span>
        </span>
      </label>
      <label class="control control-pace">
        <span class="control-label">{t('wordsPerMinute')}</span>
        <input
          type="number"
          name="wordsPerMinute"
          min={MIN_WORDS_PER_MINUTE}
          max={MAX_WORDS_PER_MINUTE}
          step={10}
          value={settings.wordsPerMinute}
          onChange={onPace}
        />
      </label>
    </div>
  );
}

function useHistory(): { count: number; dropped: number } | null {
  const [state, setState] = useState<{ count: number; dropped: number } | null>(null);
  useEffect(() => {
    const read = () =>
      void loadPositions().then(
        ({ positions, dropped }) => setState({ count: Object.keys(positions).length, dropped }),
        () => setState({ count: 0, dropped: 0 }),
      );
    read();
    return watchPositions(read);
  }, []);
  return state;
}

/** "Reading history": how many articles' places are remembered on this browser, and "Forget all". */
export function ReadingHistory() {
  const history = useHistory();
  const [status, setStatus] = useState('');
  const forget = () =>
    void forgetAllPositions().then(
      () => setStatus(t('historyForgotten')),
      () => setStatus(t('historyForgetFailed')),
    );
  return (
    <section class="options-history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('historyHeading')}</h2>
      <p>{t('historyIntro')}</p>
      {history ? <p class="history-count">{t('historyCount', String(history.count))}</p> : null}
      {history?.dropped ? (
        <p class="history-dropped" role="status">
          {t('historyDropped', String(history.dropped))}
        </p>
      ) : null}
      <div class="options-actions">
        <button
          type="button"
          class="forget-all"
          disabled={!history || history.count + history.dropped === 0}
          onClick={forget}
        >
          {t('forgetAll')}
        </button>
        <p class="history-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </section>
  );
}
