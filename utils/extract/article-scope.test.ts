import { describe, expect, it } from 'vitest';
import { articleScope } from './article-scope';
import { copyForExtraction } from './copy-document';
import { extractArticle } from './index';
import { parseHtml } from '../../tests/helpers/html';

function page(body: string): Document {
  return parseHtml(`<!DOCTYPE html><title>T</title><body>${body}</body>`);
}

const paragraphs = (count: number, word = 'story') =>
  Array.from(
    { length: count },
    (_, i) => `<p>Paragraph ${i + 1} of the ${word}, ${'with words '.repeat(12)}</p>`,
  ).join('');

const MENU = `<nav>${Array.from({ length: 30 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join('')}</nav>`;

describe('articleScope', () => {
  it('is the parent of the block holding the story, with the headline, byline and figure beside it', () => {
    const doc = page(
      `<header>${MENU}</header><div id="wrap"><main id="main"><article id="story"><h1>Headline</h1>` +
        `<p class="byline">By A. Writer</p><figure><img src="a.jpg"></figure>` +
        `<div id="body">${paragraphs(8)}</div></article><aside>${paragraphs(1, 'rail')}</aside></main></div>`,
    );
    expect(articleScope(doc.body)?.id).toBe('story');
  });

  it('does not count the paragraphs of footers, sidebars and cookie dialogs as the story', () => {
    const doc = page(
      `<div id="page"><article id="story"><h1>Headline</h1><div>${paragraphs(10)}</div></article>` +
        `<div class="site-sidebar">${paragraphs(4, 'sidebar')}</div>` +
        `<footer>${paragraphs(3, 'footer')}</footer><div id="cookie-popup">${paragraphs(3, 'notice')}</div></div>`,
    );
    expect(articleScope(doc.body)?.id).toBe('story');
  });

  it('reads a name as clutter only when it is the last word ("modal-enabled" wraps the story)', () => {
    const doc = page(
      `<div id="page"><div id="story" class="box article modal-enabled"><h1>Headline</h1>` +
        `<div>${paragraphs(10)}</div></div><div>${MENU}</div></div>`,
    );
    expect(articleScope(doc.body)?.id).toBe('story');
  });

  it('takes in the headline above a comment thread that holds most of the paragraphs', () => {
    const doc = page(
      `<div id="page"><main id="main"><article><h1>A short post</h1><p>Only a few words here.</p></article>` +
        `<div id="comments"><ol><li>${paragraphs(20, 'comments')}</li></ol></div></main>${MENU}</div>`,
    );
    const scope = articleScope(doc.body);
    expect(scope?.id).toBe('main');
    expect(scope?.textContent).toContain('A short post');
  });

  it('keeps a table whole: a bare row is no longer a table', () => {
    const doc = page(`<table id="layout"><tr><td>${MENU}</td><td>${paragraphs(8)}</td></tr></table>`);
    expect(articleScope(doc.body)).toBe(doc.getElementById('layout'));
  });

  it('leaves out a notice in another branch that holds a fifth of the paragraph text', () => {
    // The Telegraph's ad-blocker notice: 18 % of the page's paragraph text, beside the story's column.
    const doc = page(
      `<div id="page"><div id="main"><article><h1>Headline</h1>${paragraphs(9)}</article>${MENU}</div>` +
        `<div class="notice">${paragraphs(2, 'nudge')}</div></div>`,
    );
    expect(articleScope(doc.body)?.id).toBe('main');
  });

  it('locates a short post of a few paragraphs', () => {
    const doc = page(
      `<div id="page"><header>${MENU}</header><div id="main"><article><h1>Release notes</h1>${paragraphs(3)}` +
        `</article></div><div class="rail">${MENU}</div></div>`,
    );
    expect(articleScope(doc.body)?.id).toBe('main');
  });

  it('copies the whole body when there is too little paragraph text to locate a story', () => {
    const doc = page(`<div><div id="x"><h1>Video</h1><p>A short caption.</p></div>${MENU}</div>`);
    expect(articleScope(doc.body)).toBeNull();
  });

  it('copies the whole body when more prose lies outside than paragraph text inside', () => {
    // An old template: the story in <div>s and <br>s, <p>s only in a legal block.
    const story = Array.from({ length: 60 }, (_, i) => `Line ${i} of the story told in a div.<br>`).join('');
    const doc = page(
      `<div id="page"><div class="text">${story}</div><div><div id="legal">${paragraphs(10, 'legal')}</div></div></div>`,
    );
    expect(articleScope(doc.body)).toBeNull();
  });

  it('never writes to the page', () => {
    const doc = page(`<div id="page"><article><h1>H</h1><div>${paragraphs(8)}</div></article>${MENU}</div>`);
    const before = doc.documentElement.outerHTML;
    articleScope(doc.body);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('the scoped copy', () => {
  it('holds the scope inside copies of its ancestors, without their other children', () => {
    const doc = page(
      `<div id="page" class="site"><main><article id="story"><header><h1>H</h1></header>${paragraphs(3)}</article>` +
        `${MENU}</main><footer>f</footer></div>`,
    );
    const copy = copyForExtraction(doc, 'https://example.com/a', doc.getElementById('story'));
    expect(
      copy.body.innerHTML.startsWith('<div id="page" class="site"><main><article id="story"><header>'),
    ).toBe(true);
    expect(copy.querySelector('nav, footer')).toBeNull();
    expect(copy.querySelectorAll('p')).toHaveLength(3);
  });

  it('keeps the JSON-LD, byline and date that sit outside the scope', () => {
    const doc = page(
      `<div id="page"><div class="top"><span class="byline">By Jane Roe</span><time datetime="2024-05-01T10:00:00Z">May 1</time>` +
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD"}</script></div>` +
        `<main><article><h1>Headline</h1><div>${paragraphs(8)}</div></article>${MENU}</main></div>`,
    );
    const article = extractArticle(doc, 'https://example.com/a').article;
    expect(article?.byline).toBe('Jane Roe');
    expect(article?.publishedTime).toBe('2024-05-01T10:00:00Z');
    expect(article?.textContent).toContain('Paragraph 8 of the story');
    expect(article?.textContent).not.toContain('Section 12');
  });

  it('reads the metadata a stray element before it pushed from the head into the body', () => {
    // A <center> of ad code at the top of the head (autoracing.com.br) ends the head there for the parser: the
    // tags after it land at the start of the body, as built here.
    const doc = page(
      `<center></center><meta property="og:site_name" content="Autoracing"><meta name="author" content="Jane Roe">` +
        `<div id="page"><main><article><h1>Calendar 2018</h1><div>${paragraphs(8)}</div></article>${MENU}</main></div>`,
    );
    doc.querySelector('title')!.textContent = 'Calendar 2018 - Autoracing';
    doc.body.prepend(doc.querySelector('title')!);
    const article = extractArticle(doc, 'https://example.com/a').article;
    expect(article?.siteName).toBe('Autoracing');
    expect(article?.byline).toBe('Jane Roe');
    expect(article?.title).toBe('Calendar 2018 - Autoracing');
  });

  it('reads a byline without the markup text of a <noscript> fallback inside it (a live page)', () => {
    const doc = page(
      `<div id="page"><main><article><h1>Headline</h1><div>${paragraphs(8)}</div></article>${MENU}</main></div>`,
    );
    const byline = doc.createElement('span');
    byline.className = 'byline';
    const noscript = doc.createElement('noscript');
    // With scripting on, a <noscript>'s content is one text node holding its markup.
    noscript.append(doc.createTextNode('<img src="https://example.com/jane.jpg" alt="Jane">'));
    byline.append('By Jane Roe ', noscript);
    doc.querySelector('h1')!.after(byline);
    expect(extractArticle(doc, 'https://example.com/a').article?.byline).toBe('Jane Roe');
  });
});
