import { JSDOM } from 'jsdom';
import { extractArticle, type Extraction } from '../../utils/extract';
import { sanitizeToFragment } from '../../utils/sanitize';
import { auditElements, elementsOf } from './invariants';

export interface NodeRun {
  extraction: Extraction;
  /** Problems in the Article's HTML as the reader will parse it, and in the fragment the reader mounts. */
  problems: string[];
  /** jsdom's own parsing of the page (the browser's work, not the reader's) and extractArticle's time. */
  parseMs: number;
  extractMs: number;
}

/**
 * Extracts `html` the way the content script does (on a clone, never running page scripts), then audits both
 * the HTML string the Article carries and the DOM fragment ArticleBody builds from it.
 */
export function extractAndAudit(html: string, url = 'https://example.test/article'): NodeRun {
  const started = performance.now();
  const dom = new JSDOM(html, { url });
  buildDeepTrees(dom.window.document);
  const parseMs = performance.now() - started;
  try {
    const extraction = extractArticle(dom.window.document, url);
    const extractMs = performance.now() - started - parseMs;
    if (!extraction.article) return { extraction, problems: [], parseMs, extractMs };
    const content = extraction.article.content;
    const reparsed = new dom.window.DOMParser().parseFromString(`<body>${content}`, 'text/html');
    const fragment = sanitizeToFragment(content, dom.window as never);
    const problems = [...auditElements(elementsOf(reparsed.body)), ...auditElements(elementsOf(fragment))];
    return { extraction, problems, parseMs, extractMs };
  } finally {
    closeQuietly(dom);
  }
}

/** jsdom tears a window down recursively and overflows the stack on 5,000-deep trees: a harness limit only. */
function closeQuietly(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
}

/**
 * Expands `<x data-fuzz-deep="N" data-fuzz-tags="a b">text</x>` into N nested elements around its text,
 * with DOM calls as a page's script would: HTML parsers cannot produce such depths in reasonable time.
 */
function buildDeepTrees(doc: Document): void {
  for (const marker of Array.from(doc.querySelectorAll('[data-fuzz-deep]'))) {
    const tags = (marker.getAttribute('data-fuzz-tags') ?? 'div').split(' ');
    // Bottom-up, on detached nodes: appending under a deep parent costs jsdom a walk of all its ancestors.
    let tree: Node = doc.createTextNode(marker.textContent ?? '');
    for (let level = Number(marker.getAttribute('data-fuzz-deep')); level > 0; level--) {
      const wrapper = doc.createElement(tags[level % tags.length] ?? 'div');
      wrapper.appendChild(tree);
      tree = wrapper;
    }
    marker.replaceChildren(tree);
  }
}
