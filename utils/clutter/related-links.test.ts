import { describe, expect, it } from 'vitest';
import { relatedLinks } from './related-links';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('related-links', () => {
  it('removes "Related:" / "SEE MORE:" lines and site promos', () => {
    const { removed } = runRule(
      relatedLinks,
      STORY +
        '<p><strong>SEE MORE</strong>: <a href="/x">Hong Kong protests: students under siege</a></p>' +
        '<p>Related: <a href="/y">SpaceX Starship in pictures</a></p>' +
        '<p>CLICK HERE TO GET THE FOX NEWS APP</p>' +
        '<p><strong><a href="/z">TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS</a></strong></p>' +
        '<p>Subscribe to the 9to5Toys YouTube Channel for all of the latest videos!</p>',
    );
    expect(removed).toHaveLength(5);
  });

  it('keeps calls to action that belong to the story', () => {
    const { removed } = runRule(
      relatedLinks,
      '<p>Sign up for a <a href="https://hulu.test">Hulu</a> ad-free account for $11.99 a month</p>' +
        '<p>Click here to get more information or download this game.</p>' +
        '<p>Related research suggests the effect is real, the authors wrote in their paper.</p>' +
        '<p>NASA AND ESA AGREED ON THE PLAN, <a href="/x">the agencies said</a>.</p>' +
        STORY,
    );
    expect(removed).toEqual([]);
  });
});
