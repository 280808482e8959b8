import { afterEach, describe, expect, it } from 'vitest';
import { LINE_BREAK } from './sentences';
import { UnitWalker, type Unit } from './units';

let root: HTMLElement;

function article(html: string): HTMLElement {
  root = document.createElement('article');
  root.className = 'page';
  // Test markup only, written here: the real article body comes through the sanitizer.
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => root?.remove());

const describeUnit = (unit: Unit | null) =>
  unit === null
    ? null
    : unit.kind === 'text'
      ? unit.text.replace(/[ \t\n\r]+/g, ' ').trim()
      : `[${unit.kind}]`;

function all(walker: UnitWalker): string[] {
  const seen: string[] = [];
  for (let unit = walker.first(); unit; unit = walker.after(unit)) seen.push(describeUnit(unit)!);
  return seen;
}

function allBackwards(walker: UnitWalker): string[] {
  let last = walker.first();
  for (let next = last && walker.after(last); next; next = walker.after(next)) last = next;
  const seen: string[] = [];
  for (let unit = last; unit; unit = walker.before(unit)) seen.unshift(describeUnit(unit)!);
  return seen;
}

const ARTICLE = `
  <header class="article-header">
    <p class="site-name">The Daily</p>
    <h1>The title</h1>
    <p class="meta"><span>By someone</span><span>5 min read</span></p>
  </header>
  <div class="article-body">
    <div id="readability-page-1">
      <p>First <a href="#">linked</a> paragraph. <em>Still</em> first.</p>
      <figure><img alt="a photo"><figcaption>A caption.</figcaption></figure>
      <ul><li>Item one <ul><li>Nested item</li></ul> item one again</li><li>Item two</li></ul>
      <pre><code>const x = 1;</code></pre>
      <p>Line one<br>line two</p>
      <p>   </p>
      <p hidden>Hidden paragraph.</p>
      <table><tr><td>cell</td></tr></table>
      <blockquote><p>Quoted.</p></blockquote>
      <button class="remove-this">Remove this</button>
      <p aria-hidden="true">Not for readers.</p>
      <p>Last paragraph.</p>
    </div>
  </div>
  <footer class="article-footer"><a href="#">original page</a></footer>`;

const EXPECTED = [
  'The title',
  'First linked paragraph. Still first.',
  'A caption.',
  'Item one',
  'Nested item',
  'item one again',
  'Item two',
  '[code]',
  `Line one${LINE_BREAK}line two`,
  '[table]',
  'Quoted.',
  'Last paragraph.',
];

describe('UnitWalker', () => {
  it('walks the title and the body paragraph by paragraph, skipping what is not read', () => {
    expect(all(new UnitWalker(article(ARTICLE)))).toEqual(EXPECTED);
  });

  it('walks the same units backwards', () => {
    expect(allBackwards(new UnitWalker(article(ARTICLE)))).toEqual(EXPECTED);
  });

  it('splits a unit into sentences and maps them onto its text nodes', () => {
    const walker = new UnitWalker(article(ARTICLE));
    const first = walker.after(walker.first()!)!;
    expect(first.kind).toBe('text');
    if (first.kind !== 'text') return;
    expect(first.sentences.map(({ start, end }) => first.text.slice(start, end))).toEqual([
      'First linked paragraph.',
      'Still first.',
    ]);
    expect(first.segments.map((segment) => segment.node?.data)).toEqual([
      'First ',
      'linked',
      ' paragraph. ',
      'Still',
      ' first.',
    ]);
    expect(first.block.tagName).toBe('P');
  });

  it('starts from any node, and finds nothing past the end', () => {
    const page = article(ARTICLE);
    const walker = new UnitWalker(page);
    expect(describeUnit(walker.from(page.querySelector('blockquote')))).toBe('Quoted.');
    expect(describeUnit(walker.from(page.querySelector('pre')))).toBe('[code]');
    expect(describeUnit(walker.from(page.querySelector('.remove-this')))).toBe('Last paragraph.');
    expect(walker.from(page.querySelector('.article-footer'))).toBeNull();
    expect(walker.before(walker.first()!)).toBeNull();
  });

  it('takes the language from the nearest lang attribute', () => {
    const page = article('<p>English.</p><p lang="ko">한국어 문장.</p>');
    page.setAttribute('lang', 'en');
    const walker = new UnitWalker(page);
    const first = walker.first()!;
    expect(first.lang).toBe('en');
    expect(walker.after(first)!.lang).toBe('ko');
  });

  it('finds nothing in an empty article, and one unit in a one-word one', () => {
    expect(new UnitWalker(article('<div class="article-body"><p> </p></div>')).first()).toBeNull();
    expect(all(new UnitWalker(article('<div class="article-body"><p>Word</p></div>')))).toEqual(['Word']);
  });

  it('gives a path that leads back to the same node in the same article rendered again', () => {
    const walker = new UnitWalker(article(ARTICLE));
    let unit = walker.first()!;
    for (let i = 0; i < 5; i++) unit = walker.after(unit)!;
    const path = walker.pathOf(unit.first)!;
    root.remove();
    const again = new UnitWalker(article(ARTICLE));
    expect(describeUnit(again.from(again.nodeAt(path)))).toBe(describeUnit(unit));
  });
});
