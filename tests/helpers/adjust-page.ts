import { extractArticle } from '../../utils/extract';
import { collapseWhitespace } from '../../utils/extract/text';
import { parseHtml } from './html';

// A small news page for the adjustments tests: a correction the newsletter rule removes, a share bar, an
// empty ad slot, and a rail Readability leaves out.
export const PAGE_URL = 'https://news.example/2024/river.html';
const para = (n: string) =>
  `<p>Paragraph ${n} of the story. The river changed its course over a single winter, and the town on its old bank found itself a mile from the water, with engineers, farmers and historians arguing about why.</p>`;

const PAGE = `<!DOCTYPE html><html><head><title>The river that moved</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article><h1>The river that moved</h1>
${para('one')}${para('two')}
<div class="newsletter-correction">Correction: an earlier version gave the wrong <a href="/flood">year</a>.</div>
${para('three')}
<div class="share-bar"><a href="https://facebook.com/share">Share on Facebook</a></div>
<div class="ad-slot" aria-hidden="true"></div>
${para('four')}
</article>
<aside class="rail"><div>Readers also liked a very different story about mountains and snow, far from here.</div></aside>
</main></body></html>`;

export function loadPage(html = PAGE): Document {
  return parseHtml(html);
}

export function shownTextOf(doc: Document): string {
  const extraction = extractArticle(doc, PAGE_URL, { window: window as never });
  if (!extraction.article) throw new Error('no article');
  const { title, textContent } = extraction.article;
  return collapseWhitespace(`${title} ${textContent}`);
}
