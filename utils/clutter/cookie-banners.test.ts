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
});
