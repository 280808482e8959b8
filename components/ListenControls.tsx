import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { ListenController, ListenSnapshot, Notice } from '../utils/listen/controller';
import { SPEECH_RATES, type SpeechRate } from '../utils/settings';

/** The controller's state, re-rendered on every change. */
export function useListenState(controller: ListenController): ListenSnapshot {
  const [state, setState] = useState(controller.snapshot());
  useEffect(() => {
    setState(controller.snapshot());
    return controller.subscribe(() => setState(controller.snapshot()));
  }, [controller]);
  return state;
}

export const noticeText = (notice: Notice) => t(notice.key, notice.args);

/** A voice's name in a menu; an online voice says so (the browser sends it the text to speak). */
export const voiceLabel = (voice: SpeechSynthesisVoice) =>
  voice.localService ? voice.name : t('listenVoiceOnline', voice.name);

const isActive = (state: ListenSnapshot) => state.status === 'starting' || state.status === 'playing';

/** Why the Listen button would not simply start reading, for its tooltip; null when it would. */
export function engineProblem(state: ListenSnapshot): string | null {
  if (state.engine === 'missing') return t('listenNoEngine');
  if (state.status === 'error' && state.notice) return noticeText(state.notice);
  if (state.status !== 'idle') return null;
  if (state.engine === 'loading') return t('listenVoicesLoading');
  if (state.engine === 'none') return t('listenNoVoices');
  return null;
}

function playLabel(state: ListenSnapshot): string {
  if (state.engine === 'missing') return t('listenLabel');
  if (isActive(state)) return t('listenPause');
  if (state.status === 'paused' || state.status === 'error') return t('listenResume');
  return t('listenLabel');
}

/** The toolbar's Listen button: starts, pauses and resumes; its tooltip says why when it cannot read. */
export function ListenButton({ controller }: { controller: ListenController }) {
  const state = useListenState(controller);
  const label = playLabel(state);
  const problem = engineProblem(state);
  return (
    <button
      type="button"
      class="icon-button listen-toggle"
      aria-label={label}
      title={problem ? t('listenUnavailableTitle', problem) : label}
      data-status={state.status}
      onClick={(event) => controller.press(event.timeStamp)}
    >
      {isActive(state) ? <PauseIcon /> : <ListenIcon />}
    </button>
  );
}

export interface PlayerProps {
  controller: ListenController;
  /** The voices for the article's language, best first ([] while the engine lists none). */
  voices: () => readonly SpeechSynthesisVoice[];
}

/**
 * The panel shown while listening: the offer to continue, the controls, the notice, and Stop. Plus a
 * polite status region that is always there (a live region added together with its text is not announced).
 */
export function ListenPlayer({ controller, voices }: PlayerProps) {
  const state = useListenState(controller);
  const announcement = useAnnouncement(state);
  const continueRef = useRef<HTMLButtonElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  const focusWasInPlayer = useRef(false);
  const shown = state.status !== 'idle' || state.notice !== null;
  useEffect(() => {
    if (state.status === 'offer') continueRef.current?.focus();
  }, [state.status]);
  // A control that disappears under the focus (the offer's buttons, the whole player on Stop) must not drop
  // keyboard users out of the reader: the focus moves to the play button, else the toolbar's Listen button.
  useEffect(() => {
    const reader = liveRef.current?.closest('.reader');
    // Not focusout: removing the focused element fires nothing, and that is the case to catch.
    const onFocusIn = (event: Event) =>
      (focusWasInPlayer.current = (event.target as Element).closest?.('.listen-player') != null);
    reader?.addEventListener('focusin', onFocusIn);
    return () => reader?.removeEventListener('focusin', onFocusIn);
  }, []);
  useFocusKeptInPlayer(liveRef, focusWasInPlayer);

  return (
    <>
      <div class="listen-live" role="status" aria-live="polite" ref={liveRef}>
        {announcement}
      </div>
      {shown ? (
        <div
          class="listen-player"
          role="region"
          aria-label={t('listenPlayerLabel')}
          data-status={state.status}
          data-rate={state.spoken ? String(state.spoken.rate) : undefined}
          data-voice={state.spoken?.voice || undefined}
        >
          {state.status === 'offer' ? (
            <div class="listen-offer">
              <p>{t('listenOffer')}</p>
              <button type="button" ref={continueRef} onClick={() => controller.continueListening()}>
                {t('listenContinue')}
              </button>
              <button type="button" onClick={() => controller.startOver()}>
                {t(state.scrolled ? 'listenFromHere' : 'listenFromStart')}
              </button>
            </div>
          ) : state.engine !== 'missing' && state.status !== 'idle' ? (
            <Controls controller={controller} state={state} voices={voices()} />
          ) : null}
          {state.notice ? <p class="listen-notice">{noticeText(state.notice)}</p> : null}
          <button
            type="button"
            class="icon-button listen-stop"
            aria-label={t('listenStop')}
            title={t('listenStop')}
            onClick={() => controller.stop()}
          >
            <StopIcon />
          </button>
        </div>
      ) : null}
    </>
  );
}

function Controls(props: {
  controller: ListenController;
  state: ListenSnapshot;
  voices: readonly SpeechSynthesisVoice[];
}) {
  const { controller, state, voices } = props;
  const label = playLabel(state);
  const voiceValue = state.savedVoice && state.voice === state.savedVoice ? state.savedVoice : '';
  return (
    <div class="listen-controls">
      <IconButton label={t('listenPreviousParagraph')} onClick={() => controller.previousParagraph()}>
        <path d="M3 3v12M15 3 7 9l8 6z" />
      </IconButton>
      <IconButton label={t('listenPreviousSentence')} onClick={() => controller.previousSentence()}>
        <path d="M13 3 5 9l8 6z" />
      </IconButton>
      <button
        type="button"
        class="icon-button listen-play"
        aria-label={label}
        title={label}
        onClick={(event) => controller.press(event.timeStamp)}
      >
        {isActive(state) ? <PauseIcon /> : <PlayIcon />}
      </button>
      <IconButton label={t('listenNextSentence')} onClick={() => controller.nextSentence()}>
        <path d="m5 3 8 6-8 6z" />
      </IconButton>
      <IconButton label={t('listenNextParagraph')} onClick={() => controller.nextParagraph()}>
        <path d="M15 3v12M3 3l8 6-8 6z" />
      </IconButton>
      <label class="listen-field">
        <span>{t('listenSpeed')}</span>
        <select
          name="listenRate"
          value={String(state.rate)}
          onChange={(event) =>
            controller.setRate(Number((event.currentTarget as HTMLSelectElement).value) as SpeechRate)
          }
        >
          {SPEECH_RATES.map((rate) => (
            <option key={rate} value={String(rate)}>
              {t('listenSpeedValue', String(rate))}
            </option>
          ))}
        </select>
      </label>
      <label class="listen-field">
        <span>{t('listenVoice')}</span>
        <select
          name="listenVoice"
          value={voiceValue}
          onChange={(event) => controller.setVoice((event.currentTarget as HTMLSelectElement).value)}
        >
          <option value="">
            {state.voice && !voiceValue
              ? t('listenVoiceAutomatic', state.voice)
              : t('listenVoiceAutomaticNone')}
          </option>
          {voices.map((voice) => (
            <option key={voice.name} value={voice.name}>
              {voiceLabel(voice)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/**
 * After each render: when the focus was in the player and the element holding it went away (the DOM moves
 * focus to nothing), it goes to the play button if there is one, else to the toolbar's Listen button.
 */
function useFocusKeptInPlayer(
  anchor: { current: HTMLElement | null },
  focusWasInPlayer: { current: boolean },
): void {
  useLayoutEffect(() => {
    const root = anchor.current?.getRootNode() as ShadowRoot | Document | undefined;
    if (!root || !focusWasInPlayer.current) return;
    const active = root.activeElement;
    // Lost: nothing focused in the shadow root (a document, in tests, falls back to its body).
    const lost =
      !active || !active.isConnected || active === root.querySelector('.reader') || active === doc(root).body;
    if (!lost) return;
    focusWasInPlayer.current = false;
    const target =
      root.querySelector<HTMLElement>('.listen-player .listen-play') ??
      root.querySelector<HTMLElement>('.listen-player button') ??
      root.querySelector<HTMLElement>('.listen-toggle');
    const shownTarget = target && (typeof target.checkVisibility !== 'function' || target.checkVisibility());
    (shownTarget ? target : root.querySelector<HTMLElement>('.reader'))?.focus();
  });
}

const doc = (root: ShadowRoot | Document) => ('body' in root ? root : root.ownerDocument);

/** What the status region says: the notice, else the state ("Reading aloud", "Paused", "Stopped"). */
function useAnnouncement(state: ListenSnapshot): string {
  const wasActive = useRef(false);
  let text = '';
  if (state.notice) text = noticeText(state.notice);
  else if (isActive(state)) text = t('listenReading');
  else if (state.status === 'paused') text = t('listenPaused');
  else if (state.status === 'idle' && wasActive.current) text = t('listenStopped');
  wasActive.current = state.status !== 'idle' && state.status !== 'offer';
  return text;
}

function IconButton(props: { label: string; onClick: () => void; children: ComponentChildren }) {
  return (
    <button
      type="button"
      class="icon-button"
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
    >
      <svg
        width="18"
        height="18"
        viewBox="0 0 18 18"
        aria-hidden="true"
        focusable="false"
        fill="currentColor"
      >
        {props.children}
      </svg>
    </button>
  );
}

function ListenIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path d="M2 7h3l4-3.5v11L5 11H2z" fill="currentColor" />
      <path
        d="M11.5 6.5a3.5 3.5 0 0 1 0 5M13.5 4.5a6.3 6.3 0 0 1 0 9"
        stroke="currentColor"
        stroke-width="1.5"
        fill="none"
        stroke-linecap="round"
      />
    </svg>
  );
}

function PauseIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false" fill="currentColor">
      <rect x="4" y="3" width="3.5" height="12" rx="1" />
      <rect x="10.5" y="3" width="3.5" height="12" rx="1" />
    </svg>
  );
}

function PlayIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false" fill="currentColor">
      <path d="M5 3l10 6-10 6z" />
    </svg>
  );
}

function StopIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false" fill="currentColor">
      <rect x="4" y="4" width="10" height="10" rx="1.5" />
    </svg>
  );
}
