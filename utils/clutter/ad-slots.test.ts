import { describe, expect, it } from 'vitest';
import { adSlots } from './ad-slots';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('ad-slots', () => {
  it('removes ad containers and "Advertisement" labels', () => {
    const { removed } = runRule(
      adSlots,
      STORY +
        '<div id="div-gpt-ad-123" class="ad_slot"><span>Ad</span></div>' +
        '<ins class="adsbygoogle"></ins><p>Advertisement</p><div data-ad-unit="/1/x"></div>',
    );
    expect(removed).toHaveLength(4);
  });

  it('keeps names that merely contain the letters "ad"', () => {
    const { removed } = runRule(
      adSlots,
      `<div class="header"><h1>Head</h1></div><div class="readable download">${STORY}</div>`,
    );
    expect(removed).toEqual([]);
  });

  it('keeps headings whatever their name says (Kadence\'s "kt-adv-heading" is an advanced heading)', () => {
    const heading =
      '<h3 class="kt-adv-heading104_a wp-block-kadence-advancedheading">3. Armrest Adjustability</h3>';
    expect(runRule(adSlots, `${STORY}${heading}${STORY}`).removed).toEqual([]);
  });
});
