import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment } from '../utils/sanitize';

/** The article's HTML, put into the DOM only through the sanitizer (never innerHTML). */
export function ArticleBody({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    container.replaceChildren(sanitizeToFragment(html, container.ownerDocument.defaultView as never));
  }, [html]);
  return <div class="article-body" ref={ref} />;
}
