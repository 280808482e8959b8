import type { MessageKey } from '../i18n';
import { SPEECH_RATES, type ReaderSettings, type SpeechRate } from '../settings';
import type { SpeechEngine, SpokenWith } from './engine';
import { isInView, keepInView, SentenceHighlight } from './highlight';
import { PRESSED_MARK, SPOKEN_MARK, STARTED_MARK } from './marks';
import { PREFIX_CHARS, type PositionMemory, type SavedPosition } from './positions';
import { spokenText } from './spoken';
import { UnitWalker, type Unit } from './units';
import { chooseVoice, languageName, primaryLanguage } from './voices';

/**
 * Listen's state: where reading is, what the engine does, what the user is told. One utterance per sentence;
 * pausing cancels and resuming says the sentence again (speech-dispatcher ignores pause(): the utterance
 * neither pauses nor ends). Every utterance carries a token, so the events of one cancelled or replaced
 * arrive and change nothing.
 */

export type ListenStatus = 'idle' | 'offer' | 'starting' | 'playing' | 'paused' | 'error';

export interface Notice {
  key: MessageKey;
  args?: string[];
}

export interface ListenSnapshot {
  status: ListenStatus;
  /** 'missing': no speech synthesis; 'loading': no voices listed yet; 'none': the list settled empty. */
  engine: 'missing' | 'loading' | 'none' | 'ready';
  notice: Notice | null;
  rate: SpeechRate;
  /** The saved voice choice ('' automatic). */
  savedVoice: string;
  /** The voice chosen for the article's language, or null (the engine picks). */
  voice: string | null;
  /** A remembered position of this article waits to be offered. */
  canContinue: boolean;
  /** The reader is scrolled: starting over begins at the first paragraph on screen. */
  scrolled: boolean;
  /** What the engine was given for the utterance speaking now. */
  spoken: SpokenWith | null;
}

export type ListenSettings = Pick<ReaderSettings, 'speechRate' | 'speechVoice' | 'rememberPosition'>;

export interface ListenView {
  /** The article element the units are read from (title and body). */
  root: Element;
  /** The reader's scrolling element. */
  scroller: Element;
  /** The free band of the viewport (below the toolbar, above the player), in client coordinates. */
  band(): { top: number; bottom: number };
  reducedMotion(): boolean;
}

export interface ListenDeps {
  engine: SpeechEngine;
  view: ListenView;
  settings: ListenSettings;
  saveSettings(patch: Partial<ListenSettings>): void;
  positions: PositionMemory;
  articleKey: string;
  articleLang: string | null;
  /** The user's languages (navigator.languages), for the region of a voice, and the UI language. */
  preferredLanguages: readonly string[];
  uiLanguage: string;
  /** Localized text for spoken notes (skipped code and tables). */
  message(key: MessageKey): string;
  /** Listening started or resumed here (another reader elsewhere should stop). */
  onSpeaking?(): void;
  timers?: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;
}

/** Past this without a start event, the user is told the engine has not started (reading still waits). */
export const SLOW_START_MS = 3000;
/** Moves in quick succession (a held key) are said once, when they stop. */
export const SETTLE_MOVES_MS = 150;
// An utterance that neither ends nor fails within this (plus time per character) means a stuck engine.
const STALL_BASE_MS = 15_000;
const STALL_PER_CHAR_MS = 150;

const INTERRUPTIONS = new Set(['interrupted', 'canceled']);

export class ListenController {
  private readonly walker: UnitWalker;
  private readonly highlight = new SentenceHighlight();
  private readonly listeners = new Set<() => void>();
  private readonly timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;
  private unit: Unit | null = null;
  private index = 0;
  private token = 0;
  private inFlight = false;
  private marking = false;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private stallTimer: ReturnType<typeof setTimeout> | undefined;
  private moveTimer: ReturnType<typeof setTimeout> | undefined;
  private saved: SavedPosition | undefined;
  private settings: ListenSettings;
  private disposed = false;
  /** Whether this stretch of listening has been reported (once per start or resume, not per sentence). */
  private reported = false;
  private state: ListenSnapshot;

  constructor(private readonly deps: ListenDeps) {
    this.walker = new UnitWalker(deps.view.root);
    this.timers = deps.timers ?? globalThis;
    this.settings = { ...deps.settings };
    this.saved = this.settings.rememberPosition ? deps.positions.get(deps.articleKey) : undefined;
    this.state = {
      status: 'idle',
      engine: this.engineState(),
      notice: null,
      rate: this.settings.speechRate,
      savedVoice: this.settings.speechVoice,
      voice: null,
      canContinue: this.saved !== undefined,
      scrolled: false,
      spoken: null,
    };
    this.state.voice = this.voiceFor(deps.articleLang)?.name ?? null;
  }

  snapshot(): ListenSnapshot {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The toolbar button: start (or offer to continue), pause, or resume. `at` is the press's event time. */
  press(at?: number): void {
    if (this.disposed) return;
    // No engine: the press is answered with why, whatever the state.
    if (!this.deps.engine.available) return this.set({ status: 'error', notice: { key: 'listenNoEngine' } });
    switch (this.state.status) {
      case 'idle':
        if (this.saved) return this.set({ status: 'offer', notice: null, scrolled: this.isScrolled() });
        this.markPress(at);
        return this.startOver();
      case 'offer':
        this.markPress(at);
        return this.continueListening();
      case 'starting':
      case 'playing':
        return this.pause();
      case 'paused':
      case 'error':
        this.markPress(at);
        return this.resume();
    }
  }

  /** Reads from the beginning, or from the first paragraph on screen when the reader is scrolled. */
  startOver(): void {
    if (this.disposed || !this.deps.engine.available) return;
    this.saved = undefined;
    this.stopSpeaking();
    this.highlight.clear();
    const scrolled = this.isScrolled();
    const unit = scrolled ? this.walker.firstOnScreen(this.deps.view.band().top) : this.walker.first();
    this.go(unit ?? this.walker.first(), 0, { follow: true });
  }

  /** Reads from where listening stopped last time the reader showed this article. */
  continueListening(): void {
    const saved = this.saved;
    if (!saved) return this.startOver();
    this.saved = undefined;
    this.stopSpeaking();
    this.highlight.clear();
    const found = this.resolve(saved);
    if (!found) return this.startOver();
    this.go(found.unit, found.index, { follow: true });
  }

  pause(notice: Notice | null = null): void {
    if (this.state.status !== 'starting' && this.state.status !== 'playing') {
      if (notice && this.state.status !== 'idle') this.set({ notice });
      return;
    }
    this.stopSpeaking();
    this.remember();
    this.set({ status: 'paused', notice, spoken: null });
  }

  resume(): void {
    if (!this.unit) return this.startOver();
    this.speakCurrent({ follow: true });
  }

  /** Ends listening: silence, no highlight, the place remembered for the next open. */
  stop(): void {
    this.stopSpeaking();
    this.remember();
    this.highlight.clear();
    this.unit = null;
    this.index = 0;
    // The place is kept for the next open of the reader; in this one, Listen starts from the screen.
    this.saved = undefined;
    this.set({ status: 'idle', notice: null, spoken: null, canContinue: false });
  }

  nextSentence(): void {
    this.move((unit, index) =>
      unit.kind === 'text' && index + 1 < unit.sentences.length
        ? { unit, index: index + 1 }
        : this.unitAfter(unit),
    );
  }

  previousSentence(): void {
    this.move((unit, index) => {
      if (index > 0) return { unit, index: index - 1 };
      const before = this.walker.before(unit);
      return before ? { unit: before, index: lastIndex(before) } : { unit, index: 0 };
    });
  }

  nextParagraph(): void {
    this.move((unit) => this.unitAfter(unit));
  }

  previousParagraph(): void {
    this.move((unit) => {
      const before = this.walker.before(unit);
      return { unit: before ?? unit, index: 0 };
    });
  }

  /** A new speed: saved, and used from the next sentence on. */
  setRate(rate: SpeechRate): void {
    if (!SPEECH_RATES.includes(rate)) return;
    this.settings.speechRate = rate;
    this.deps.saveSettings({ speechRate: rate });
    this.set({ rate });
  }

  /** One step slower or faster on the speed scale. */
  stepRate(direction: 1 | -1): void {
    const at = SPEECH_RATES.indexOf(this.settings.speechRate);
    const next = SPEECH_RATES[Math.min(SPEECH_RATES.length - 1, Math.max(0, at + direction))];
    if (next !== undefined && next !== this.settings.speechRate) this.setRate(next);
  }

  /** A voice by name ('' automatic): saved, and used from the next sentence on. */
  setVoice(name: string): void {
    this.settings.speechVoice = name;
    this.deps.saveSettings({ speechVoice: name });
    this.set({ savedVoice: name, voice: this.voiceFor(this.deps.articleLang)?.name ?? null });
  }

  /** The stored settings changed elsewhere (options page, another tab). */
  settingsChanged(settings: ListenSettings): void {
    this.settings = { ...settings };
    this.set({
      rate: settings.speechRate,
      savedVoice: settings.speechVoice,
      voice: this.voiceFor(this.deps.articleLang)?.name ?? null,
    });
  }

  /** The engine's voice list changed. */
  voicesChanged(): void {
    this.set({ engine: this.engineState(), voice: this.voiceFor(this.deps.articleLang)?.name ?? null });
  }

  /** The reader closes, or the page goes away: silence now, and nothing of ours is left in the article. */
  dispose(): void {
    if (this.disposed) return;
    this.stop();
    this.disposed = true;
    this.listeners.clear();
  }

  // ---- reading ----

  private go(unit: Unit | null, index: number, options: { follow: boolean }): void {
    if (!unit) return this.finish();
    this.unit = unit;
    this.index = index;
    this.speakCurrent(options);
  }

  private move(step: (unit: Unit, index: number) => { unit: Unit; index: number } | null): void {
    const status = this.state.status;
    if (!this.unit || this.disposed || status === 'idle' || status === 'offer') return;
    const playing = status === 'starting' || status === 'playing';
    this.stopSpeaking();
    this.highlight.clear();
    if (!this.walker.contains(this.unit.first)) return this.lost();
    const next = step(this.unit, this.index);
    if (next) {
      this.unit = next.unit;
      this.index = next.index;
    }
    this.follow(this.highlight.show(this.unit, this.index), true);
    if (!playing) {
      this.remember();
      return this.set({ notice: null });
    }
    // Said once the presses stop: a held key would otherwise start and cancel the engine many times a second.
    this.set({ status: 'starting', notice: null });
    const token = this.token;
    this.moveTimer = this.timers.setTimeout(() => {
      if (token === this.token) this.speakCurrent({ follow: true });
    }, SETTLE_MOVES_MS);
  }

  private unitAfter(unit: Unit): { unit: Unit; index: number } | null {
    const after = this.walker.after(unit);
    return after ? { unit: after, index: 0 } : null;
  }

  /**
   * Says the sentence at the current position. `follow`: scroll it into view if needed (the user pressed
   * something, or was following the previous sentence; not when they scrolled away to look elsewhere).
   */
  private speakCurrent(options: { follow: boolean }): void {
    if (this.disposed) return;
    this.stopSpeaking();
    this.highlight.clear();
    // Skip what has nothing to say (a lone dash), a bounded number of times per call.
    for (let guard = 0; this.unit && guard < 10_000; guard++) {
      if (!this.walker.contains(this.unit.first)) return this.lost();
      const utterance = this.utteranceFor(this.unit, this.index);
      if (utterance) return this.say(utterance, options.follow);
      const next = this.nextPosition(this.unit, this.index);
      if (!next) break;
      this.unit = next.unit;
      this.index = next.index;
    }
    this.finish();
  }

  private nextPosition(unit: Unit, index: number): { unit: Unit; index: number } | null {
    if (unit.kind === 'text' && index + 1 < unit.sentences.length) return { unit, index: index + 1 };
    return this.unitAfter(unit);
  }

  private utteranceFor(unit: Unit, index: number): { text: string; lang: string | null } | null {
    if (unit.kind !== 'text')
      return {
        text: this.deps.message(unit.kind === 'code' ? 'listenCodeSkipped' : 'listenTableSkipped'),
        lang: this.deps.uiLanguage,
      };
    const span = unit.sentences[index];
    if (!span) return null;
    const text = spokenText(unit.text.slice(span.start, span.end));
    return text ? { text, lang: unit.lang ?? this.deps.articleLang } : null;
  }

  private say(utterance: { text: string; lang: string | null }, follow: boolean): void {
    const unit = this.unit!;
    const voice = this.voiceFor(utterance.lang);
    const token = ++this.token;
    this.inFlight = true;
    const voices = this.deps.engine.voices().length;
    const missingVoice: Notice | null =
      voice === null && voices > 0 && primaryLanguage(utterance.lang) !== ''
        ? {
            key: 'listenNoVoiceForLanguage',
            args: [languageName(utterance.lang ?? '', this.deps.uiLanguage)],
          }
        : null;
    // Sent before the highlight: marking the sentence makes the browser lay the article out again, and the
    // engine can start on the sentence meanwhile.
    this.deps.engine.speak(
      { text: utterance.text, lang: utterance.lang, voice, rate: this.settings.speechRate },
      {
        start: (spoken) => {
          if (token !== this.token) return;
          if (this.marking) {
            this.marking = false;
            performance.mark?.(STARTED_MARK);
          }
          this.timers.clearTimeout(this.slowTimer);
          this.set({ status: 'playing', notice: missingVoice, spoken });
        },
        end: () => {
          if (token !== this.token) return;
          this.clearTimers();
          this.inFlight = false;
          // Whether the user still follows is read before the highlight's stand-ins are put back, and the
          // next position after: the walk goes through the article's own nodes.
          const following = isInView(this.highlight.shown, this.deps.view.band());
          this.highlight.clear();
          const next = this.nextPosition(unit, this.index);
          if (!next) return this.finish();
          this.unit = next.unit;
          this.index = next.index;
          this.speakCurrent({ follow: following });
        },
        error: (code) => {
          if (token !== this.token) return;
          this.clearTimers();
          this.inFlight = false;
          this.token++;
          this.remember();
          if (INTERRUPTIONS.has(code))
            return this.set({ status: 'paused', notice: { key: 'listenInterrupted' }, spoken: null });
          const key =
            this.deps.engine.voices().length === 0 ? 'listenEngineUnavailable' : 'listenEngineFailed';
          this.set({ status: 'error', notice: { key, args: [code] }, spoken: null });
        },
      },
    );
    if (this.marking) performance.mark?.(SPOKEN_MARK);
    this.follow(this.highlight.show(unit, this.index), follow, true);
    // The engine refused at once (its error already said why).
    if (token !== this.token) return;
    const engine = this.engineState();
    const waiting: Notice | null =
      engine === 'loading'
        ? { key: 'listenVoicesLoading' }
        : engine === 'none'
          ? { key: 'listenNoVoices' }
          : null;
    this.set({ status: 'starting', engine, notice: waiting ?? missingVoice, spoken: null });
    this.slowTimer = this.timers.setTimeout(() => {
      if (token === this.token && this.state.status === 'starting')
        this.set({ notice: { key: 'listenSlowStart' } });
    }, SLOW_START_MS);
    this.stallTimer = this.timers.setTimeout(
      () => {
        if (token !== this.token) return;
        this.stopSpeaking();
        this.set({ status: 'error', notice: { key: 'listenStalled' }, spoken: null });
      },
      STALL_BASE_MS + (STALL_PER_CHAR_MS * utterance.text.length) / this.settings.speechRate,
    );
    if (!this.reported) {
      this.reported = true;
      this.deps.onSpeaking?.();
    }
  }

  private finish(): void {
    this.stopSpeaking();
    this.highlight.clear();
    this.unit = null;
    this.index = 0;
    this.saved = undefined;
    this.deps.positions.delete(this.deps.articleKey);
    this.set({ status: 'idle', notice: { key: 'listenFinished' }, spoken: null, canContinue: false });
  }

  private lost(): void {
    this.stopSpeaking();
    this.highlight.clear();
    this.unit = null;
    this.set({ status: 'idle', notice: { key: 'listenLost' }, spoken: null });
  }

  private stopSpeaking(): void {
    this.token++;
    if (this.state.status !== 'starting' && this.state.status !== 'playing') this.reported = false;
    this.clearTimers();
    if (this.inFlight) this.deps.engine.cancel();
    this.inFlight = false;
  }

  private clearTimers(): void {
    this.timers.clearTimeout(this.slowTimer);
    this.timers.clearTimeout(this.stallTimer);
    this.timers.clearTimeout(this.moveTimer);
  }

  private follow(shown: readonly HTMLElement[], follow: boolean, afterFrame = false): void {
    if (!follow || shown.length === 0) return;
    const scroll = () => {
      if (shown[0]?.isConnected)
        keepInView(shown, this.deps.view.scroller, this.deps.view.band(), !this.deps.view.reducedMotion());
    };
    // While the engine starts on a sentence, the page is laid out for the scroll a frame later, not in the
    // same task: the engine's start event waits for this thread.
    if (afterFrame && typeof requestAnimationFrame === 'function') requestAnimationFrame(scroll);
    else scroll();
  }

  // ---- positions ----

  private remember(): void {
    const unit = this.unit;
    if (!unit || !this.settings.rememberPosition) return;
    // The path is taken with the highlight's stand-ins put back, so it leads to the rendered article's nodes.
    const shown = this.highlight.shown.length > 0;
    if (shown) this.highlight.clear();
    const path = this.walker.pathOf(unit.first);
    if (path) {
      const position: SavedPosition = {
        path,
        prefix: unitPrefix(unit),
        offset: unit.kind === 'text' ? (unit.sentences[this.index]?.start ?? 0) : 0,
      };
      this.deps.positions.set(this.deps.articleKey, position);
    }
    if (shown) this.highlight.show(unit, this.index);
  }

  private resolve(saved: SavedPosition): { unit: Unit; index: number } | null {
    const node = this.walker.nodeAt(saved.path);
    const unit = node ? this.walker.from(node) : null;
    if (!unit || unitPrefix(unit) !== saved.prefix) return null;
    if (unit.kind !== 'text') return { unit, index: 0 };
    const index = unit.sentences.findIndex((span) => span.end > saved.offset);
    return { unit, index: Math.max(0, index) };
  }

  // ---- helpers ----

  private voiceFor(lang: string | null): SpeechSynthesisVoice | null {
    return chooseVoice(
      this.deps.engine.voices(),
      this.settings.speechVoice,
      lang ?? this.deps.uiLanguage,
      this.deps.preferredLanguages,
    );
  }

  private engineState(): ListenSnapshot['engine'] {
    const engine = this.deps.engine;
    if (!engine.available) return 'missing';
    if (engine.voices().length > 0) return 'ready';
    return engine.voicesSettled() ? 'none' : 'loading';
  }

  private isScrolled(): boolean {
    return this.deps.view.scroller.scrollTop > 0;
  }

  private markPress(at?: number): void {
    this.marking = true;
    try {
      performance.mark?.(PRESSED_MARK, at === undefined ? undefined : { startTime: at });
    } catch {
      performance.mark?.(PRESSED_MARK);
    }
  }

  private set(patch: Partial<ListenSnapshot>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function lastIndex(unit: Unit): number {
  return unit.kind === 'text' ? Math.max(0, unit.sentences.length - 1) : 0;
}

function unitPrefix(unit: Unit): string {
  const text = unit.kind === 'text' ? unit.text : (unit.block.textContent ?? '');
  return text.replace(/\s+/gu, ' ').trim().slice(0, PREFIX_CHARS);
}
