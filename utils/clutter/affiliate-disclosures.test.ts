import { describe, expect, it } from 'vitest';
import { affiliateDisclosures } from './affiliate-disclosures';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('affiliate-disclosures', () => {
  it('removes affiliate and commission disclosures', () => {
    const { removed } = runRule(
      affiliateDisclosures,
      '<p><em>This post may contain affiliate and/or referral links. Please see my disclosure page.</em></p>' +
        STORY +
        '<div>Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.</div>',
    );
    expect(removed).toHaveLength(2);
  });

  it('keeps stories that merely mention commissions', () => {
    const { removed } = runRule(
      affiliateDisclosures,
      '<p>The commission said on Monday it would publish the report next week.</p>' + STORY,
    );
    expect(removed).toEqual([]);
  });
});
