import { useLayoutEffect, useRef } from 'preact/hooks';
import { afterNextFrame } from '../utils/page/after-next-frame';
import { holdBackAfter } from './hold-back';
import { LINE_HEIGHTS, MIN_FONT_SIZE } from '../utils/settings';
import { sanitizeToFragment } from '../utils/sanitize';

/** Blocks that scroll sideways when wider than the column: keyboard users need to reach them to scroll. */
const SIDE_SCROLLERS = 'pre, table';

/** More characters than a line of the widest column holds at the smallest font size. */
const MOST_CHARS_PER_LINE = 100;

/**
 * Characters of text that fill the window at the densest settings (smallest font, tightest lines, widest
 * column): the first frame needs no more, whatever the user chose.
 */
function firstScreenChars(win: Window): number {
  return Math.ceil(win.innerHeight / (MIN_FONT_SIZE * LINE_HEIGHTS[0])) * MOST_CHARS_PER_LINE;
}

/**
 * The article's HTML, put into the DOM only through the sanitizer (never innerHTML). What lies below the first
 * screen comes in a frame later: on long articles, styling and laying out every paragraph before the first
 * frame was most of the time from the click to the article on screen. Until then the body is aria-busy.
 * `onFilled` hears of the whole body after that frame.
 */
export function ArticleBody({ html, onFilled }: { html: string; onFilled?: (body: HTMLElement) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    const win = container.ownerDocument.defaultView!;
    const fragment = sanitizeToFragment(html, win as never);
    const putBack = holdBackAfter(fragment, firstScreenChars(win));
    container.replaceChildren(fragment);
    let current = true;
    const finish = () => {
      if (!current) return;
      putBack?.(container);
      container.removeAttribute('aria-busy');
      for (const block of container.querySelectorAll<HTMLElement>(SIDE_SCROLLERS)) block.tabIndex = 0;
      onFilled?.(container);
    };
    if (putBack) container.setAttribute('aria-busy', 'true');
    // Even a body that is whole is reported after the frame: on a later open the after-paint features are
    // already in the page and take it over at once (Listen, contents, long reads), work the first frame
    // need not wait for.
    void afterNextFrame().then(finish);
    return () => {
      current = false;
    };
  }, [html]);
  return <div class="article-body" ref={ref} />;
}
