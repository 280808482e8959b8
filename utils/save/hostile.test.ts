// @vitest-environment node
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { auditElements, elementsOf } from '../../scripts/harness/invariants';
import { allVectors, articlePage, type Vector } from '../../tests/hostile/lib/vectors';
import { showInReader } from '../../tests/helpers/saved-reader';
import type { Article } from '../extract/article';
import { sanitizeToFragment } from '../sanitize';
import { exportArticle } from './export-article';
import { SAVED_PAGE_POLICY } from './html-file';

// Save's input is the sanitized article the reader shows; its own allow-listed copy is a second line. Every XSS
// vector of the hostile suite goes through both lines, and through the second alone: no saved file, Markdown
// (rendered by a permissive viewer) or HTML, may hold anything that runs or loads what the page chose.
const vectors = allVectors('http://127.0.0.1:9');
const URL_OF_PAGE = 'https://hostile.example/story';
const LABELS = { originalPage: 'Original page', savedOn: 'Saved' };

// Node environment with a jsdom window of our own: the vectors' loader reads its files through Node's URL.
const { window } = new JSDOM('<!DOCTYPE html><body></body>', { url: 'https://hostile.example/' });
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html');

// A viewer as permissive as note apps are: raw HTML rendered, and every link kept (markdown-it would drop
// javascript: links itself; here they must not be there to drop).
const viewer = new MarkdownIt({ html: true, linkify: false });
viewer.validateLink = () => true;

/** Problems of a rendered or saved tree, as the hostile suite judges the reader's own DOM. */
function problemsIn(root: ParentNode, allowStyle = false): string[] {
  return auditElements(elementsOf(root), {
    allowStyle: (el) => allowStyle && el.attributes.some(([n, v]) => n === 'class' && v === 'reader'),
  }).filter((problem) => !problem.includes('without rel noopener'));
}

/** Every problem of the two files saved from `body`, shown with `article`. */
function savedFileProblems(body: HTMLElement, article: Article): string[] {
  const source = { body, article, url: URL_OF_PAGE, savedAt: new Date(0), labels: LABELS };
  const problems: string[] = [];

  const rendered = parse(viewer.render(exportArticle('markdown', source).text));
  problems.push(...problemsIn(rendered.body).map((problem) => `md: ${problem}`));
  // Raw HTML in the Markdown at all (beyond a table cell's <br>) is a problem, even a harmless one.
  const rawTags = Array.from(rendered.body.querySelectorAll('*'), (el) => el.localName).filter(
    (tag) => !MARKDOWN_TAGS.has(tag),
  );
  if (rawTags.length) problems.push(`md: raw HTML ${[...new Set(rawTags)].join(', ')}`);

  const page = parse(exportArticle('html', source).text);
  problems.push(...problemsIn(page.body, true).map((problem) => `html: ${problem}`));
  const head = Array.from(page.head.children, (el) => el.localName).join(',');
  if (head !== 'meta,meta,meta,meta,title,style') problems.push(`html: head holds ${head}`);
  if (page.head.children[1]?.getAttribute('content') !== SAVED_PAGE_POLICY)
    problems.push('html: policy changed');
  if (page.querySelectorAll('style').length !== 1) problems.push('html: a second stylesheet');
  return problems;
}

function articleWith(batch: Vector[]): Article {
  // The metadata is page text too: the vectors go into every field a file shows.
  const payloads = batch.map((vector) => vector.payload).join(' ');
  return {
    title: `Vectors ${batch[0]!.id}-${batch.at(-1)!.id} ${payloads}`,
    byline: payloads,
    siteName: payloads,
    publishedTime: payloads,
    lang: 'en',
    dir: null,
  } as Article;
}

/**
 * The vectors in batches, each parsed on its own (one cannot swallow the next) into one article body per batch:
 * jsdom makes a document per saved file, too slow to make two per vector on a loaded machine.
 */
function unsafeBatches(show: (vector: Vector) => Node): { ids: string; problems: string[] }[] {
  const unsafe: { ids: string; problems: string[] }[] = [];
  for (let start = 0; start < vectors.length; start += BATCH) {
    const batch = vectors.slice(start, start + BATCH);
    const body = window.document.createElement('div');
    for (const vector of batch) {
      const block = window.document.createElement('div');
      block.append(show(vector));
      body.append(block);
    }
    const problems = savedFileProblems(body, articleWith(batch));
    if (problems.length) unsafe.push({ ids: `${batch[0]!.id}-${batch.at(-1)!.id}`, problems });
  }
  return unsafe;
}

const BATCH = 50;

describe("saving a hostile page: every XSS vector of the hostile suite (DOMPurify's and ours)", () => {
  it('gives files with nothing executable from the article as the reader shows it (sanitized)', () => {
    expect(vectors.length).toBeGreaterThan(600);
    const unsafe = unsafeBatches((vector) =>
      sanitizeToFragment(`<p>Vector ${vector.id}: ${vector.payload} end.</p>`, window as never),
    );
    expect(unsafe).toEqual([]);
  }, 300_000);

  it('gives files with nothing executable even from the raw vectors, with no sanitizer before Save', () => {
    const unsafe = unsafeBatches((vector) => {
      // Parsed into an inert document: nothing in it loads or runs while the copy reads it.
      const parsed = parse(`<!DOCTYPE html><body><p>Vector ${vector.id}: ${vector.payload} end.</p>`);
      const nodes = window.document.createDocumentFragment();
      nodes.append(...Array.from(parsed.body.childNodes));
      return nodes;
    });
    expect(unsafe).toEqual([]);
  }, 300_000);

  it("saves the reference vectors' pages end to end through extraction, as the reader shows them", () => {
    // A sample through the whole path (the full set runs through extraction in tests/hostile/node).
    const sample = vectors.filter((vector) => vector.id % 50 === 0);
    const unsafe: { id: number; problems: string[] }[] = [];
    for (const vector of sample) {
      window.document.body.replaceChildren();
      const shown = showInReader(
        articlePage([vector], { title: `Vector ${vector.id}` }),
        URL_OF_PAGE,
        'light',
        undefined,
        window as never,
      );
      const problems = savedFileProblems(shown.body, shown.article);
      if (problems.length) unsafe.push({ id: vector.id, problems });
    }
    expect(sample.length).toBeGreaterThan(15);
    expect(unsafe).toEqual([]);
  }, 300_000);
});

/** What markdown-it makes of Markdown syntax alone: any other element came from raw HTML in the file. */
const MARKDOWN_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'img',
  'em',
  'strong',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'hr',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
