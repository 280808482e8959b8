import { describe, expect, it } from 'vitest';
import { fixLazyImages, isPlaceholderSrc } from './lazy-images';
import { absoluteSrcset, makeUrlsAbsolute } from './absolute-urls';
import { removeDuplicateCaptions } from './captions';
import { removeEmptyWrappers } from './empty-wrappers';
import { countWords, linkDensity } from './text';
import { normalizeDate } from './metadata';
import { parseHtml } from '../../tests/helpers/html';

function body(html: string): HTMLElement {
  return parseHtml(`<!DOCTYPE html><body>${html}</body>`).body;
}

describe('lazy images', () => {
  it('recognizes placeholders', () => {
    expect(isPlaceholderSrc('data:image/gif;base64,R0lGODlhAQABAAAAACw=')).toBe(true);
    expect(isPlaceholderSrc('/img/blank.gif')).toBe(true);
    expect(isPlaceholderSrc('')).toBe(true);
    expect(isPlaceholderSrc('/img/photo.jpg')).toBe(false);
  });

  it('moves data-src / data-srcset / data-lazy-src into place', () => {
    const root = body(
      '<img src="data:image/gif;base64,R0lGOD" data-src="a.jpg" data-srcset="a-2x.jpg 2x">' +
        '<img src="/spacer.gif" data-lazy-src="b.jpg"><img src="real.jpg" data-src="other.jpg">' +
        '<picture><source data-srcset="c.webp"><img data-src="c.jpg"></picture>',
    );
    fixLazyImages(root);
    const imgs = root.querySelectorAll('img');
    expect(imgs[0]?.getAttribute('src')).toBe('a.jpg');
    expect(imgs[0]?.getAttribute('srcset')).toBe('a-2x.jpg 2x');
    expect(imgs[1]?.getAttribute('src')).toBe('b.jpg');
    expect(imgs[2]?.getAttribute('src')).toBe('real.jpg');
    expect(root.querySelector('source')?.getAttribute('srcset')).toBe('c.webp');
    expect(imgs[3]?.getAttribute('src')).toBe('c.jpg');
  });
});

describe('absolute URLs', () => {
  it('resolves href, src, srcset and poster against the base', () => {
    const root = body(
      '<a href="../x.html">x</a><img src="i.jpg" srcset="i.jpg 1x, /j.jpg 2x"><video poster="p.jpg"><source src="v.mp4"></video>',
    );
    makeUrlsAbsolute(root, 'https://site.test/a/b/page.html');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://site.test/a/x.html');
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://site.test/a/b/i.jpg');
    expect(root.querySelector('img')?.getAttribute('srcset')).toBe(
      'https://site.test/a/b/i.jpg 1x, https://site.test/j.jpg 2x',
    );
    expect(root.querySelector('video')?.getAttribute('poster')).toBe('https://site.test/a/b/p.jpg');
    expect(root.querySelector('source')?.getAttribute('src')).toBe('https://site.test/a/b/v.mp4');
  });

  it('splits srcset candidates with and without descriptors', () => {
    expect(absoluteSrcset('a.jpg, b.jpg 2x,c.jpg 3x', 'https://s.test/')).toBe(
      'https://s.test/a.jpg, https://s.test/b.jpg 2x, https://s.test/c.jpg 3x',
    );
  });

  it('keeps commas inside srcset URLs', () => {
    expect(absoluteSrcset('/w_300,h_200/a.jpg 300w, /w_600,h_400/a.jpg 600w', 'https://s.test/')).toBe(
      'https://s.test/w_300,h_200/a.jpg 300w, https://s.test/w_600,h_400/a.jpg 600w',
    );
  });
});

describe('duplicate captions', () => {
  const caption = 'Visitors fill the main square on the opening night, Friday.';

  it('removes the twin paragraph of a figcaption', () => {
    const root = body(
      `<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure><p>${caption}</p><p>Body.</p>`,
    );
    removeDuplicateCaptions(root);
    expect(root.querySelectorAll('p')).toHaveLength(1);
    expect(root.querySelector('figcaption')?.textContent).toBe(caption);
  });

  it('removes a truncated copy beside an image', () => {
    const root = body(
      `<div><img src="a.jpg"></div><div><div>${caption} less</div><div>Visitors fill the main square on the ... more</div></div>`,
    );
    removeDuplicateCaptions(root);
    expect(root.textContent).not.toContain('... more');
  });

  it('finds twins whatever their case and white space', () => {
    const shouted = `  ${caption.toUpperCase().replace(/ /g, '\n   ')}`;
    const root = body(`<div><img src="a.jpg"></div><div><div>${shouted}</div><div>${caption}</div></div>`);
    removeDuplicateCaptions(root);
    expect(root.querySelectorAll('div div')).toHaveLength(1);
  });

  it('removes a later copy of a caption that ends in a "read more" toggle', () => {
    const short = 'Photo: Meg Kinnard, AP';
    const root = body(
      `<figure><img src="a.jpg"><figcaption>${short}</figcaption></figure><p>The story goes on here.</p>` +
        `<p>${short} ... read more</p>`,
    );
    removeDuplicateCaptions(root);
    expect(root.textContent).not.toContain('read more');
  });

  it('keeps repeated paragraphs that are not captions', () => {
    const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.';
    const root = body(`<p>${text}</p><p>${text}</p>`);
    removeDuplicateCaptions(root);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });
});

describe('empty wrappers', () => {
  it('removes wrappers without text or media, keeps images', () => {
    const root = body('<div><span> </span><p><br></p></div><div><img src="a.jpg"></div><p>Text</p>');
    removeEmptyWrappers(root);
    expect(root.children).toHaveLength(2);
    expect(root.querySelector('img')).not.toBeNull();
  });

  it('leaves a space where a wrapper of spaces stood between two words (Sphinx signatures)', () => {
    const root = body(
      '<dt><em><span>class</span><span class="w"> </span></em><span>UpdateCacheMiddleware</span></dt>',
    );
    removeEmptyWrappers(root);
    expect(root.textContent).toBe('class UpdateCacheMiddleware');
  });

  it('keeps the line break an otherwise empty inline wrapper holds', () => {
    const root = body('<p><span>Compact Weight Bench</span><span><br></span><span>Price: $299</span></p>');
    removeEmptyWrappers(root);
    expect(root.innerHTML).toBe('<p><span>Compact Weight Bench</span><br><span>Price: $299</span></p>');
  });
});

describe('text helpers', () => {
  it('counts words in spaced and unspaced scripts', () => {
    expect(countWords('Three small words')).toBe(3);
    expect(countWords('商標権侵害になるのでしょうか')).toBe(7);
  });

  it('measures link density', () => {
    expect(linkDensity(body('<a href="/">all links</a>'))).toBe(1);
    expect(linkDensity(body('plain text only'))).toBe(0);
  });

  it('normalizes dates to ISO 8601, keeping ISO offsets', () => {
    expect(normalizeDate('2024-10-29T16:52:00+09:00')).toBe('2024-10-29T16:52:00+09:00');
    expect(normalizeDate('Tue, 19 Nov 2019 10:48:00 GMT')).toBe('2019-11-19T10:48:00.000Z');
    expect(normalizeDate('sometime')).toBe('sometime');
    expect(normalizeDate(null)).toBeNull();
  });
});
