import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { LongReadSession, LongReadState } from '../utils/long-read/session';
import { tocTree, type TocEntry } from '../utils/long-read/toc';

const PANEL_ID = 'lectern-contents';

export function useLongRead(session: LongReadSession): LongReadState {
  const [state, setState] = useState(session.state);
  useEffect(() => {
    setState(session.state);
    return session.subscribe(() => setState(session.state));
  }, [session]);
  return state;
}

/** The toolbar's "Contents" button (in the feature slot); shown only for articles with enough headings. */
export function ContentsButton({ session }: { session: LongReadSession }) {
  const { headings, tocOpen } = useLongRead(session);
  if (headings.length === 0) return null;
  return (
    <button
      type="button"
      class="icon-button contents-toggle"
      aria-label={t('contentsButton')}
      title={t('contentsButtonTitle')}
      aria-expanded={tocOpen}
      aria-controls={PANEL_ID}
      onClick={() => session.setTocOpen(!tocOpen)}
    >
      <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M5 3.5h9M5 8h9M7.5 12.5h6.5" stroke="currentColor" stroke-width="1.6" fill="none" />
        <circle cx="2.2" cy="3.5" r="1.2" fill="currentColor" />
        <circle cx="2.2" cy="8" r="1.2" fill="currentColor" />
        <circle cx="4.7" cy="12.5" r="1.2" fill="currentColor" />
      </svg>
    </button>
  );
}

function overlapsSideways(a: Element, b: Element): boolean {
  const one = a.getBoundingClientRect();
  const two = b.getBoundingClientRect();
  return one.left < two.right && two.left < one.right && one.width > 0;
}

function ContentsPanel({ session, state }: { session: LongReadSession; state: LongReadState }) {
  const { headings, current, tocOpen } = state;
  const panelRef = useRef<HTMLElement>(null);
  const tree = tocTree(headings);

  // Opening moves the focus to the current section's entry: the list is what the user came for.
  useEffect(() => {
    if (!tocOpen) return;
    const panel = panelRef.current;
    const entry =
      panel?.querySelector<HTMLButtonElement>('button[aria-current]') ?? panel?.querySelector('button');
    entry?.focus({ preventScroll: true });
    entry?.scrollIntoView({ block: 'nearest' });
  }, [tocOpen]);

  const jump = (index: number) => {
    const heading = headings[index]?.el;
    if (!heading) return;
    session.jumpToHeading(heading);
    // Beside the text (a wide window) the list stays; over it, it steps aside for the heading.
    if (panelRef.current && overlapsSideways(panelRef.current, heading)) session.setTocOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Esc closes the list first, not the whole reader.
    event.stopPropagation();
    session.setTocOpen(false);
    const root = panelRef.current?.getRootNode() as ParentNode | undefined;
    root?.querySelector<HTMLElement>('.contents-toggle')?.focus();
  };

  const list = (entries: TocEntry[]) => (
    <ol>
      {entries.map((entry) => (
        <li key={entry.index}>
          <button
            type="button"
            class={entry.index === current ? 'is-current' : undefined}
            aria-current={entry.index === current ? 'location' : undefined}
            onClick={() => jump(entry.index)}
          >
            {entry.text}
          </button>
          {entry.children.length ? list(entry.children) : null}
        </li>
      ))}
    </ol>
  );

  return (
    <nav
      id={PANEL_ID}
      ref={panelRef}
      class="contents-panel"
      aria-label={t('contentsPanel')}
      hidden={!tocOpen}
      onKeyDown={onKeyDown}
    >
      <p class="contents-hint">{t('contentsHint')}</p>
      {list(tree)}
    </nav>
  );
}

function OfferBar({ session, state }: { session: LongReadSession; state: LongReadState }) {
  if (state.offer === 'continue') {
    return (
      <div class="long-read-bar" role="group" aria-label={t('continueGroup')}>
        <button
          type="button"
          class="continue-reading"
          title={t('continueReadingTitle')}
          aria-keyshortcuts="c"
          onClick={() => session.continueReading()}
        >
          {t('continueReading')}
        </button>
        <span class="long-read-dot" aria-hidden="true">
          ·
        </span>
        <button type="button" class="start-from-top" onClick={() => session.startFromTop()}>
          {t('startFromTop')}
        </button>
      </div>
    );
  }
  if (state.offer === 'lost' || state.offer === 'unavailable') {
    return (
      <div class="long-read-bar long-read-note" role="status">
        <span>{t(state.offer === 'lost' ? 'positionLost' : 'positionUnavailable')}</span>
        <button type="button" class="long-read-dismiss" onClick={() => session.dismiss()}>
          {t('dismissNote')}
        </button>
      </div>
    );
  }
  return null;
}

/** Under the toolbar: the offer to continue (or a note), the time left, and the table of contents' panel. */
export function LongReadLayer({ session }: { session: LongReadSession }) {
  const state = useLongRead(session);
  return (
    <>
      <OfferBar session={session} state={state} />
      {state.minutesLeft !== null ? (
        <p class="time-left">{t('timeLeft', String(state.minutesLeft))}</p>
      ) : null}
      {state.headings.length ? <ContentsPanel session={session} state={state} /> : null}
    </>
  );
}
