import type { SpeakRequest, SpeechEngine, UtteranceHandlers } from '../../utils/listen/engine';

export interface SpokenUtterance extends SpeakRequest {
  handlers: UtteranceHandlers;
  cancelled: boolean;
}

/**
 * A speech engine that speaks nothing: it records each utterance and lets the test play the engine's part
 * (start, end, errors), in the order a real one would.
 */
export class FakeEngine implements SpeechEngine {
  available = true;
  settled = true;
  list: SpeechSynthesisVoice[] = [];
  spoken: SpokenUtterance[] = [];
  cancels = 0;
  private watchers = new Set<() => void>();

  voices(): readonly SpeechSynthesisVoice[] {
    return this.list;
  }

  voicesSettled(): boolean {
    return this.settled;
  }

  watchVoices(onChange: () => void): () => void {
    this.watchers.add(onChange);
    return () => this.watchers.delete(onChange);
  }

  setVoices(voices: { name: string; lang: string; default?: boolean }[]): void {
    this.list = voices.map(
      (v) => ({ localService: true, default: false, voiceURI: v.name, ...v }) as SpeechSynthesisVoice,
    );
    for (const watcher of this.watchers) watcher();
  }

  speak(request: SpeakRequest, handlers: UtteranceHandlers): void {
    if (!this.available) return handlers.error('not-available');
    this.spoken.push({ ...request, handlers, cancelled: false });
  }

  cancel(): void {
    this.cancels++;
    // A real engine reports the cancelled utterance as interrupted, after the cancel call returns.
    for (const utterance of this.spoken) {
      if (!utterance.cancelled) {
        utterance.cancelled = true;
        queueMicrotask(() => utterance.handlers.error('interrupted'));
      }
    }
  }

  get last(): SpokenUtterance {
    const last = this.spoken[this.spoken.length - 1];
    if (!last) throw new Error('nothing was spoken');
    return last;
  }

  /** The last utterance starts and ends, as the engine would say it. */
  finishLast(): void {
    const last = this.last;
    last.handlers.start({ rate: last.rate, voice: last.voice?.name ?? '' });
    last.cancelled = true;
    last.handlers.end();
  }

  startLast(): void {
    const last = this.last;
    last.handlers.start({ rate: last.rate, voice: last.voice?.name ?? '' });
  }

  texts(): string[] {
    return this.spoken.map((utterance) => utterance.text);
  }
}
