import { describe, expect, it } from 'vitest';
import { articleKey, MAX_KEY_LENGTH, normalizeArticleUrl } from './url';

describe('normalizeArticleUrl', () => {
  it('drops the fragment and tracking parameters, keeping the others as written and in order', () => {
    expect(
      normalizeArticleUrl(
        'https://News.Example:443/2024/story.html?utm_source=nl&id=7&fbclid=abc&page=2&gclid=x#comments',
      ),
    ).toBe('https://news.example/2024/story.html?id=7&page=2');
    expect(normalizeArticleUrl('https://news.example/story?UTM_Medium=mail&mc_cid=1&mc_eid=2&_ga=3')).toBe(
      'https://news.example/story',
    );
    expect(normalizeArticleUrl('https://news.example/story#section-3')).toBe('https://news.example/story');
  });

  it('keeps parameters that name the article, without re-encoding them', () => {
    expect(normalizeArticleUrl('https://example.org/read?p=%E2%9C%93&q=a+b&utm_x=1')).toBe(
      'https://example.org/read?p=%E2%9C%93&q=a+b',
    );
    expect(normalizeArticleUrl('https://example.org/read?utmost=1&ref=home')).toBe(
      'https://example.org/read?utmost=1&ref=home',
    );
    // An empty pair or a bare name stays as it was; a name that is not valid percent-encoding is kept.
    expect(normalizeArticleUrl('https://example.org/read?a&&b=%zz')).toBe('https://example.org/read?a&b=%zz');
  });

  it('never keeps a user name or password', () => {
    expect(normalizeArticleUrl('https://me:secret@example.org/story')).toBe('https://example.org/story');
  });

  it('takes http, https and file addresses only, and none too long to be an article’s', () => {
    expect(normalizeArticleUrl('file:///home/me/saved.html#x')).toBe('file:///home/me/saved.html');
    for (const raw of [
      'chrome://settings',
      'javascript:alert(1)',
      'data:text/html,hi',
      'not a url',
      '',
      42,
      null,
    ])
      expect(normalizeArticleUrl(raw)).toBeNull();
    const long = `https://example.org/${'a'.repeat(MAX_KEY_LENGTH)}`;
    expect(normalizeArticleUrl(long)).toBeNull();
  });

  it('is stable: a key normalises to itself', () => {
    const key = normalizeArticleUrl('https://example.org/a/b?x=1&utm_campaign=z#top')!;
    expect(normalizeArticleUrl(key)).toBe(key);
  });
});

describe('articleKey', () => {
  const page = 'https://news.example/2024/story.html?utm_source=x';

  it('is the sender’s own address, normalised', () => {
    expect(articleKey(page, page, null)).toBe('https://news.example/2024/story.html');
    // The same article reached by another link, or with a fragment, is the same key.
    expect(articleKey(`${page}#c`, 'https://news.example/2024/story.html#c', undefined)).toBe(
      'https://news.example/2024/story.html',
    );
  });

  it('takes the page’s canonical address on the sender’s own origin, relative ones resolved by the page', () => {
    expect(articleKey(page, page, 'https://news.example/story-canonical?utm_medium=a')).toBe(
      'https://news.example/story-canonical',
    );
  });

  it('ignores a canonical address on another origin, scheme or port', () => {
    for (const canonical of [
      'https://other.example/story',
      'http://news.example/story',
      'https://news.example:8443/story',
      'https://evil.news.example/story',
      'javascript:alert(1)',
    ])
      expect(articleKey(page, page, canonical)).toBe('https://news.example/2024/story.html');
  });

  it('lets a local file name only itself', () => {
    expect(articleKey('file:///a.html', 'file:///a.html', 'file:///b.html')).toBe('file:///a.html');
  });

  it('refuses a message about another page than the one that sent it (a pushState on the way)', () => {
    expect(articleKey('https://news.example/next-story', page, null)).toBeNull();
    expect(articleKey(undefined, page, null)).toBeNull();
    expect(
      articleKey('chrome-extension://abc/options.html', 'chrome-extension://abc/options.html', null),
    ).toBeNull();
  });
});
