import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type ReaderSettings, type SettingsStore } from '../utils/settings';

export interface SettingsState {
  /** null until the stored settings are read. */
  settings: ReaderSettings | null;
  change(patch: Partial<ReaderSettings>): Promise<void>;
  reset(): Promise<void>;
}

/**
 * The stored settings, live. Changes show at once and are written in order; while this page's own writes
 * are in flight, their storage echoes are ignored (an echo of an older write would roll the form back
 * under a user arrowing through a select), then the stored value is read once more to catch up with
 * anything another tab wrote meanwhile. `initial`: the stored settings when the caller has already read them
 * (the reader asks while it extracts the article), so they are not read a second time.
 */
export function useSettings(store: SettingsStore, initial?: ReaderSettings): SettingsState {
  const [settings, setSettings] = useState<ReaderSettings | null>(initial ?? null);
  const inFlight = useRef(0);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    if (!initial) {
      void store
        .load()
        .catch(() => ({ ...DEFAULT_SETTINGS }))
        .then((loaded) => live.current && setSettings((current) => current ?? loaded));
    }
    const stop = store.watch((next) => {
      if (inFlight.current === 0) setSettings(next);
    });
    return () => {
      live.current = false;
      stop();
    };
  }, []);

  async function write(
    optimistic: (current: ReaderSettings) => ReaderSettings,
    save: () => Promise<unknown>,
  ) {
    inFlight.current++;
    setSettings((current) => optimistic(current ?? DEFAULT_SETTINGS));
    try {
      await save();
    } finally {
      inFlight.current--;
    }
    if (inFlight.current === 0) {
      const stored = await store.load();
      if (live.current && inFlight.current === 0) setSettings(stored);
    }
  }

  return {
    settings,
    change: (patch) =>
      write(
        (current) => ({ ...current, ...patch }),
        () => store.update(patch),
      ),
    reset: () => write(() => ({ ...DEFAULT_SETTINGS }), store.reset),
  };
}
