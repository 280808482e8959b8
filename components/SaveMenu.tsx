import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/i18n';

export type SaveAction = 'markdown' | 'html' | 'copy';

/** What the saved file says about its saving, in the user's words. */
export interface SaveRequest {
  savedAt: Date;
  labels: { originalPage: string; savedOn: string };
}

interface SaveMenuProps {
  /** The menu opened: the converters may start loading before the user picks. */
  onOpen?: () => void;
  /** Saves or copies; resolves with the file's name, rejects when it could not. */
  onAction: (action: SaveAction, request: SaveRequest) => Promise<string>;
}

const MENU_ID = 'lectern-save-menu';
const ACTIONS: readonly SaveAction[] = ['markdown', 'html', 'copy'];
const ITEM_LABELS = { markdown: 'saveMarkdown', html: 'saveHtml', copy: 'saveCopyMarkdown' } as const;
const STATUS_FOR_MS = 6000;

function requestNow(): SaveRequest {
  const savedAt = new Date();
  const date = savedAt.toLocaleDateString(undefined, { dateStyle: 'long' });
  return { savedAt, labels: { originalPage: t('originalPage'), savedOn: t('saveSavedOn', date) } };
}

/**
 * The toolbar's Save button and its menu (the WAI-ARIA menu button pattern): Enter, Space or ArrowDown open it
 * on the first item, ArrowUp on the last; the arrows, Home and End move; Esc closes the menu only, not the
 * reader; Tab leaves it closed. What happened is said in a live status next to the button.
 */
export function SaveMenu({ onOpen, onAction }: SaveMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusOnOpen = useRef<number | null>(null);
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!open || focusOnOpen.current === null) return;
    itemRefs.current[focusOnOpen.current]?.focus();
    focusOnOpen.current = null;
  }, [open]);
  useEffect(() => () => clearTimeout(statusTimer.current), []);

  const show = (text: string) => {
    setStatus(text);
    clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus(''), STATUS_FOR_MS);
  };

  const openOn = (index: number) => {
    // The menu opens where the status shows: the last status has been read by now.
    clearTimeout(statusTimer.current);
    setStatus('');
    focusOnOpen.current = index;
    setOpen(true);
    onOpen?.();
  };

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) toggleRef.current?.focus();
  };

  const focusItem = (index: number) => {
    const count = ACTIONS.length;
    itemRefs.current[(index + count) % count]?.focus();
  };

  const onToggleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openOn(event.key === 'ArrowDown' ? 0 : ACTIONS.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const at = itemRefs.current.indexOf(event.target as HTMLButtonElement);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: ACTIONS.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key]!);
    } else if (event.key === 'Escape') {
      // The reader closes on Esc too: this one is ours.
      event.stopPropagation();
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (open && !(next && (event.currentTarget as HTMLElement).contains(next))) close(false);
  };

  const pick = (action: SaveAction) => {
    close(true);
    show(t('saveWorking'));
    onAction(action, requestNow()).then(
      (name) => show(action === 'copy' ? t('saveCopied') : t('saveDownloading', name)),
      () => show(action === 'copy' ? t('saveCopyFailed') : t('saveFailed')),
    );
  };

  return (
    <span class="save" onFocusOut={onFocusOut}>
      <button
        type="button"
        class="icon-button save-toggle"
        ref={toggleRef}
        aria-label={t('saveArticle')}
        title={t('saveArticle')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={MENU_ID}
        onClick={() => (open ? close(true) : openOn(0))}
        onKeyDown={onToggleKeyDown}
      >
        <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 12.5v1h11v-1"
            stroke="currentColor"
            stroke-width="1.6"
            fill="none"
          />
        </svg>
      </button>
      <span
        id={MENU_ID}
        class="save-menu"
        role="menu"
        aria-label={t('saveArticle')}
        hidden={!open}
        onKeyDown={onMenuKeyDown}
      >
        {ACTIONS.map((action, index) => (
          <button
            key={action}
            type="button"
            role="menuitem"
            tabIndex={-1}
            data-action={action}
            ref={(el) => {
              itemRefs.current[index] = el;
            }}
            onClick={() => pick(action)}
          >
            {t(ITEM_LABELS[action])}
          </button>
        ))}
      </span>
      <span class="save-status" role="status">
        {status}
      </span>
    </span>
  );
}
