import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment } from '../utils/sanitize';

/** Blocks that scroll sideways when wider than the column: keyboard users need to reach them to scroll. */
const SIDE_SCROLLERS = 'pre, table';

/** The article's HTML, put into the DOM only through the sanitizer (never innerHTML). */
export function ArticleBody({ html, onFilled }: { html: string; onFilled?: (body: HTMLElement) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    container.replaceChildren(sanitizeToFragment(html, container.ownerDocument.defaultView as never));
    for (const block of container.querySelectorAll<HTMLElement>(SIDE_SCROLLERS)) block.tabIndex = 0;
    onFilled?.(container);
  }, [html]);
  return <div class="article-body" ref={ref} />;
}
