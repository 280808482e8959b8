import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../utils/extract/article';
import { stepFontSize, type ReaderSettings } from '../utils/settings';
import { announceArticleBody } from '../utils/page/reader-bridge';
import { ArticleView } from './ArticleView';
import { focusableIn } from './focus';
import { ReaderFrame } from './ReaderFrame';
import { Toolbar } from './Toolbar';

interface ReaderProps {
  article: Article;
  settings: ReaderSettings;
  onSettingsChange: (patch: Partial<ReaderSettings>) => void;
  onClose: () => void;
  /** The page's address, for the "original page" link. */
  url?: string;
}

const TITLE_ID = 'lectern-title';
const FONT_KEYS: Readonly<Record<string, 1 | -1>> = { '+': 1, '=': 1, '-': -1, _: -1 };

export function Reader({ article, settings, onSettingsChange, onClose, url }: ReaderProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    rootRef.current?.focus({ preventScroll: true });
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const root = rootRef.current;
    if (!root) return;
    if (event.key === 'Tab') {
      trapTab(root, event);
      return;
    }
    const direction = FONT_KEYS[event.key];
    if (!direction || event.ctrlKey || event.metaKey || event.altKey || isFormField(event.target)) return;
    event.preventDefault();
    onSettingsChange({ fontSize: stepFontSize(settings.fontSize, direction) });
  };

  const onScroll = () => {
    const root = rootRef.current;
    const bar = barRef.current;
    if (!root || !bar) return;
    const range = root.scrollHeight - root.clientHeight;
    bar.style.transform = `scaleX(${range > 0 ? Math.min(1, root.scrollTop / range) : 0})`;
  };

  return (
    <ReaderFrame
      settings={settings}
      ref={rootRef}
      role="dialog"
      aria-modal="true"
      aria-labelledby={TITLE_ID}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onScroll={onScroll}
    >
      <div class="progress" aria-hidden="true">
        <div class="progress-bar" ref={barRef} />
      </div>
      <Toolbar settings={settings} onChange={onSettingsChange} onClose={onClose} />
      <ArticleView
        article={article}
        url={url ?? globalThis.location?.href ?? ''}
        titleId={TITLE_ID}
        onShowOriginal={onClose}
        onBodyFilled={(body) => announceArticleBody(body, article)}
      />
    </ReaderFrame>
  );
}

function isFormField(target: EventTarget | null): boolean {
  return target instanceof Element && target.matches('input, select, textarea, [contenteditable]');
}

/** Keeps Tab inside the dialog: past the last control it wraps to the first, and back. */
function trapTab(root: HTMLElement, event: KeyboardEvent) {
  const focusable = focusableIn(root);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  const outside = !active || !root.contains(active);
  if (event.shiftKey && (active === first || active === root || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
