import { describe, expect, it } from 'vitest';
import { cookieBanners } from './cookie-banners';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('cookie-banners', () => {
  it('removes consent banners', () => {
    const { removed } = runRule(
      cookieBanners,
      STORY + '<div id="onetrust-banner-sdk">We use cookies</div><div class="cookie-notice">Accept</div>',
    );
    expect(removed).toEqual(['We use cookies', 'Accept']);
  });

  it('keeps an article about cookies', () => {
    const { removed } = runRule(cookieBanners, `<div class="recipe-cookies">${STORY}</div>`);
    expect(removed).toEqual([]);
  });

  it('keeps a documentation section about cookies, named after its title', () => {
    const section =
      '<section id="cookies"><h3>Cookies</h3><p>To read cookies use the cookies attribute; to set them, ' +
      'set_cookie on the response.</p><pre># use cookies.get(key) instead of cookies[key]</pre></section>';
    const banner =
      '<div class="cookie-bar">This site uses cookies.</div><div class="cookies"></div>' +
      '<div class="cookie-infobar">Reddit uses cookies and similar technologies to keep the site running.</div>';
    const { removed } = runRule(cookieBanners, `${STORY}${section}${banner}`);
    expect(removed).toEqual([
      'This site uses cookies.',
      '',
      'Reddit uses cookies and similar technologies to keep the site running.',
    ]);
  });

  it('keeps Adobe Experience Manager components, whose classes all start with "cmp-"', () => {
    const { removed } = runRule(
      cookieBanners,
      `<div class="cmp-container"><div class="cmp-text"><p>We secure your cloud.</p></div></div>` +
        '<div class="cmp-banner">We and our partners use cookies</div><div id="cmpbox">Accept all</div>',
    );
    expect(removed).toEqual(['We and our partners use cookies', 'Accept all']);
  });
});
