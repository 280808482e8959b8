/**
 * The Web Speech API as Listen uses it, in the reader's isolated world. `speechSynthesis` and the utterance
 * constructor are taken from this world's own global when the script loads: a page that replaces
 * `window.speechSynthesis` or `SpeechSynthesisUtterance` does so in its own world, which this one never sees.
 */

export interface SpokenWith {
  /** What the engine was given for the utterance that started (read back from the utterance itself). */
  rate: number;
  voice: string;
}

export interface UtteranceHandlers {
  start(spoken: SpokenWith): void;
  end(): void;
  /** The SpeechSynthesisErrorEvent's code ('synthesis-failed', 'interrupted', …). */
  error(code: string): void;
}

export interface SpeakRequest {
  text: string;
  lang: string | null;
  voice: SpeechSynthesisVoice | null;
  rate: number;
}

export interface SpeechEngine {
  /** False when the browser has no speech synthesis at all. */
  readonly available: boolean;
  voices(): readonly SpeechSynthesisVoice[];
  /**
   * Whether the voice list is final: the engine announced it, or it stayed empty past the wait. Chromium
   * fills it a few seconds after the first ask; Firefox ESR fills it later still and fires no event.
   */
  voicesSettled(): boolean;
  /** Calls `onChange` when the voice list changes (or settles); returns the unsubscribe. */
  watchVoices(onChange: () => void): () => void;
  speak(request: SpeakRequest, handlers: UtteranceHandlers): void;
  cancel(): void;
}

const POLL_MS = 500;
// Firefox ESR lists its voices late, long after the first ask, and without a voiceschanged event.
const SETTLE_MS = 30_000;

export function createSpeechEngine(scope: typeof globalThis = globalThis): SpeechEngine {
  const synth = readOwn<SpeechSynthesis>(scope, 'speechSynthesis');
  const Utterance = readOwn<typeof SpeechSynthesisUtterance>(scope, 'SpeechSynthesisUtterance');
  const available = Boolean(synth && Utterance);
  const firstAsk = Date.now();
  let announced = false;
  // Chromium drops the events of an utterance that was garbage-collected mid-speech: hold the one speaking.
  let current: SpeechSynthesisUtterance | null = null;

  const ask = (): readonly SpeechSynthesisVoice[] => {
    if (!synth) return [];
    try {
      return synth.getVoices();
    } catch {
      return [];
    }
  };
  // Asking starts the engine's voice loading (Chromium connects to speech-dispatcher on the first ask). The
  // list is kept and asked for again only when it may have changed: with espeak-ng it holds thousands of
  // voices, and every getVoices() builds a new array of them.
  let list = ask();
  let askedAt = Date.now();
  const voices = (): readonly SpeechSynthesisVoice[] => {
    if (list.length === 0 && Date.now() - askedAt >= POLL_MS) {
      list = ask();
      askedAt = Date.now();
    }
    return list;
  };
  synth?.addEventListener('voiceschanged', () => {
    announced = true;
    list = ask();
    askedAt = Date.now();
  });

  return {
    available,
    voices,
    voicesSettled: () => !available || announced || voices().length > 0 || Date.now() - firstAsk > SETTLE_MS,
    watchVoices(onChange) {
      if (!synth) return () => undefined;
      let count = voices().length;
      const changed = () => {
        count = voices().length;
        onChange();
      };
      synth.addEventListener('voiceschanged', changed);
      // Firefox ESR fills the list without an event: asked again while it is empty.
      const timer = setInterval(() => {
        const now = voices().length;
        const settledNow = Date.now() - firstAsk > SETTLE_MS;
        if (now !== count || settledNow) {
          count = now;
          onChange();
        }
        if (now > 0 || settledNow) clearInterval(timer);
      }, POLL_MS);
      return () => {
        synth.removeEventListener('voiceschanged', changed);
        clearInterval(timer);
      };
    },
    speak({ text, lang, voice, rate }, handlers) {
      if (!synth || !Utterance) {
        handlers.error('not-available');
        return;
      }
      const utterance = new Utterance(text);
      if (lang) utterance.lang = lang;
      if (voice) utterance.voice = voice;
      utterance.rate = rate;
      utterance.addEventListener('start', () =>
        handlers.start({ rate: utterance.rate, voice: utterance.voice?.name ?? '' }),
      );
      const finish = (after: () => void) => {
        if (current === utterance) current = null;
        after();
      };
      utterance.addEventListener('end', () => finish(handlers.end));
      utterance.addEventListener('error', (event) =>
        finish(() => handlers.error((event as SpeechSynthesisErrorEvent).error ?? 'unknown')),
      );
      current = utterance;
      try {
        // A pause left by anyone (the engine is shared by the whole browser in Chromium) would hold ours.
        if (synth.paused) synth.resume();
        synth.speak(utterance);
      } catch (error) {
        current = null;
        handlers.error(error instanceof Error ? error.name : 'unknown');
      }
    },
    cancel() {
      current = null;
      try {
        synth?.cancel();
      } catch {
        // Nothing is speaking that could be stopped.
      }
    },
  };
}

function readOwn<T>(scope: typeof globalThis, key: string): T | undefined {
  try {
    return (Reflect.get(scope, key) as T | undefined) ?? undefined;
  } catch {
    return undefined;
  }
}
