import { describe, expect, it } from 'vitest';
import { findThread } from './thread';
import { extractArticle } from './index';
import { parseHtml } from '../../tests/helpers/html';

const FORUM_URL = 'https://forum.example.org/t/which-plane-to-buy/1234';
const ARTICLE_URL = 'https://news.example.com/2026/12/07/story';

function page(body: string, head = ''): Document {
  return parseHtml(
    `<!DOCTYPE html><html><head><title>Which plane to buy? - Forum</title>${head}</head><body>${body}</body></html>`,
  );
}

const sentence = (n: number, topic: string) =>
  `Reply ${n} about ${topic}: ${'I have flown both models for years and would pick the older one. '.repeat(2)}`;

/** A post as engines draw one: author, time, text, the reply's quote, a comment-named toolbar. */
function post(n: number, author: string, extra = ''): string {
  return (
    `<div class="message message-${n}" id="post-${n}"><div class="message-user"><a href="/u/${author}">${author}</a>` +
    `<time datetime="2026-12-0${n}T10:00:00Z">Dec ${n}</time></div>` +
    `<div class="message-body">${extra}<p>${sentence(n, 'planes')}</p></div>` +
    `<div class="comment-count"><a href="#">Reply</a></div></div>`
  );
}

const NAV = `<nav>${Array.from({ length: 12 }, (_, i) => `<a href="/c${i}">Category ${i}</a>`).join('')}</nav>`;

function forumPage(posts = 4): Document {
  const quote = '<blockquote class="quote">Original poster said: which plane should I buy?</blockquote>';
  return page(
    `${NAV}<h1>Which plane to buy?</h1><div class="thread">` +
      Array.from({ length: posts }, (_, i) => post(i + 1, `user${i + 1}`, i === 1 ? quote : '')).join('') +
      `</div><footer><p>${'Forum rules and legal notes. '.repeat(10)}</p></footer>`,
  );
}

describe('findThread', () => {
  it('finds every post of a discussion, in order, each post wide enough to hold its author and time', () => {
    const thread = findThread(forumPage(), FORUM_URL);
    expect(thread?.posts.map((p) => p.id)).toEqual(['post-1', 'post-2', 'post-3', 'post-4']);
    expect(thread?.bodyKind).toBe('div.message-body');
  });

  it('needs the page to say it is a discussion: the same markup on an article address is not searched', () => {
    expect(findThread(forumPage(), ARTICLE_URL)).toBeNull();
  });

  it('takes schema.org markup as saying so, wherever the page lives', () => {
    const doc = page(
      `<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1>Which plane to buy?</h1>` +
        `<div class="thread">${[1, 2, 3].map((n) => post(n, `u${n}`)).join('')}</div></div>`,
    );
    expect(findThread(doc, ARTICLE_URL)?.posts).toHaveLength(3);
  });

  it('leaves an article with comments under it to the article path (the story comes before the replies)', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>${sentence(i, 'the story itself')}</p>`).join('');
    const doc = page(
      `<h1>Story</h1><div class="entry">${story}</div>` +
        `<div class="thread">${[1, 2, 3].map((n) => post(n, `u${n}`)).join('')}</div>`,
    );
    expect(findThread(doc, 'https://blog.example.org/forum/post-about-planes')).toBeNull();
  });

  it("takes the post's text, not the cell around it that repeats once more (XenForo's quick-reply box)", () => {
    const cell = (inner: string) => `<div class="message-cell message-cell--main">${inner}</div>`;
    const doc = page(
      `<h1>Which plane to buy?</h1>` +
        [1, 2, 3, 4, 5]
          .map((n) => cell(`<time>Dec ${n}</time><div class="bbWrapper">${sentence(n, 'planes')}</div>`))
          .join('') +
        cell('<form><textarea></textarea><button>Post reply</button></form>'),
    );
    expect(findThread(doc, FORUM_URL)?.bodyKind).toBe('div.bbWrapper');
  });

  it("does not take a board's notices or a consent panel above the thread for an article", () => {
    const notice = `<ul class="notices"><li>${'Scam alert: never send money to a member you have not met. '.repeat(6)}</li></ul>`;
    const consent = `<div id="onetrust-consent-sdk"><p>${'We and our partners store data on your device. '.repeat(8)}</p></div>`;
    const doc = page(
      `${consent}${notice}<h1>Q</h1><div class="thread">${[1, 2, 3].map((n) => post(n, `u${n}`)).join('')}</div>`,
    );
    expect(findThread(doc, FORUM_URL)?.posts).toHaveLength(3);
  });

  it("does not take an FAQ's questions and answers for a discussion (FAQPage in JSON-LD or microdata)", () => {
    const chart = [1, 2, 3].map((n) => post(n, `product${n}`)).join('');
    const faq = (data: string) => `<script type="application/ld+json">${data}</script>`;
    const ld = JSON.stringify({
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'Which?', acceptedAnswer: { '@type': 'Answer', text: 'This.' } },
      ],
    });
    expect(findThread(page(`<h1>Best planes</h1>${chart}`, faq(ld)), ARTICLE_URL)).toBeNull();
    const microdata =
      `<div itemscope itemtype="https://schema.org/FAQPage"><div itemscope itemprop="mainEntity" ` +
      `itemtype="https://schema.org/Question">Which?</div></div>`;
    expect(findThread(page(`<h1>Best planes</h1>${chart}${microdata}`), ARTICLE_URL)).toBeNull();
    // The same question without the FAQ around it is a Q&A page's.
    const question = JSON.stringify({ '@type': 'Question', name: 'Which?' });
    expect(findThread(page(`<h1>Which?</h1>${chart}`, faq(question)), ARTICLE_URL)?.posts).toHaveLength(3);
  });

  it("does not take a blog post's paragraphs for posts when every paragraph has the same class (Wix)", () => {
    const paragraphs = Array.from(
      { length: 12 },
      (_, i) => `<div data-breakout="normal"><p class="Hasdr">${sentence(i, 'catering')}</p></div>`,
    );
    expect(findThread(page(`<h1>Catering</h1><div>${paragraphs.join('')}</div>`), FORUM_URL)).toBeNull();
  });

  it("takes an answer's text, not the answer with the comments under it (Stack Exchange)", () => {
    // The comments hold as much prose as the answers' text, as on electronics.stackexchange.
    const comment = (n: number) =>
      `<li class="comment js-comment"><span class="comment-copy">${sentence(n, 'the comments')}</span></li>`;
    const answer = (n: number) =>
      `<div class="post-layout"><div class="s-prose js-post-body"><p>${sentence(n, 'wiring')}</p></div>` +
      `<div class="comments js-comments-container"><ul class="comments-list">${comment(n)}</ul></div></div>`;
    const doc = page(`<h1>How does wiring work?</h1>${[1, 2, 3].map(answer).join('')}`);
    expect(findThread(doc, 'https://electronics.stackexchange.com/questions/1/wiring')?.bodyKind).toBe(
      'div.js-post-body.s-prose',
    );
  });

  it("does not take a popover's cards for posts (Invision Community's install-this-app steps)", () => {
    const card = (n: number) => `<div class="iCard"><p>${sentence(n, 'installing the app')}</p></div>`;
    const doc = page(
      `<i-card popover id="install">${[1, 2, 3, 4, 5, 6].map(card).join('')}</i-card>` +
        `<h1>Roadmap?</h1><div class="thread">${[1, 2].map((n) => post(n, `u${n}`)).join('')}</div>`,
    );
    expect(findThread(doc, FORUM_URL)?.bodyKind).toBe('div.message-body');
  });

  it("does not take a folded summary above the first post for an article (physicsforums' machine summary)", () => {
    const summary = [1, 2].map((i) => `<p>${sentence(i, 'the summary')}</p>`).join('');
    const thread = `<div class="thread">${[1, 2, 3].map((n) => post(n, `u${n}`)).join('')}</div>`;
    const folded = `<details><summary>Click For Summary</summary>${summary}</details>`;
    expect(findThread(page(`<h1>Q</h1>${folded}${thread}`), FORUM_URL)?.posts).toHaveLength(3);
    // Unfolded, the same text is an article above its comments.
    const open = `<details open><summary>Summary</summary>${summary}</details>`;
    expect(findThread(page(`<h1>Q</h1>${open}${thread}`), FORUM_URL)).toBeNull();
  });

  it('is not fooled by one post: a single block of text is not a thread', () => {
    expect(findThread(forumPage(1), FORUM_URL)).toBeNull();
  });
});

describe('extractArticle on a discussion', () => {
  it('keeps every post with its author, time and quote, and the thread title; drops the navigation and footer', () => {
    const result = extractArticle(forumPage(), FORUM_URL);
    const article = result.article;
    expect(article?.title).toBe('Which plane to buy?');
    const text = article?.textContent ?? '';
    for (let n = 1; n <= 4; n++) {
      expect(text).toContain(`Reply ${n} about planes`);
      expect(text).toContain(`user${n}`);
    }
    expect(text).toContain('Original poster said');
    expect(article?.content).toContain('<time');
    expect(text).not.toContain('Category 3');
    expect(text).not.toContain('Forum rules');
    // Posts in page order.
    expect(text.indexOf('Reply 1 about')).toBeLessThan(text.indexOf('Reply 4 about'));
  });

  it('removes comment widgets around a post, never the post text a comment-named element holds', () => {
    const doc = page(
      `<h1>Q</h1>` +
        [1, 2, 3]
          .map(
            (n) =>
              `<div class="answer" id="a${n}"><div class="post-text comment-body"><p>${sentence(n, 'answers')}</p></div>` +
              `<div class="comments"><p>Nitpick ${n}: ${'a remark under the answer. '.repeat(3)}</p></div></div>`,
          )
          .join(''),
    );
    const text = extractArticle(doc, 'https://qa.example.org/questions/1/q').article?.textContent ?? '';
    expect(text).toContain('Reply 3 about answers');
    expect(text).not.toContain('Nitpick');
  });
});
