import { describe, expect, it } from 'vitest';
import { photoCredits } from './photo-credits';
import { runRule, STORY } from '../../tests/helpers/clutter';

const IMAGE = '<img src="https://example.com/europa.jpg" alt="">';

describe('photo-credits', () => {
  it("removes the credit beside a picture's caption, and keeps the caption", () => {
    const { removed, text } = runRule(
      photoCredits,
      STORY +
        `<div class="image">${IMAGE}<div class="caption-text">A plume of water vapour.</div>` +
        '<div class="credit">(Image: © NASA/ESA)</div></div>' +
        `<figure>${IMAGE}<figcaption><span class="img__credit">Shutterstock</span></figcaption></figure>`,
    );
    expect(removed).toEqual(['(Image: © NASA/ESA)', 'Shutterstock']);
    expect(text).toContain('A plume of water vapour.');
  });

  it('keeps a caption named with its credit, credits far from any picture, and long credit sections', () => {
    const credits = `<section class="credits"><h2>Credits</h2><p>${'Directed by a person. '.repeat(10)}</p></section>`;
    const { removed } = runRule(
      photoCredits,
      STORY +
        `<figure>${IMAGE}<figcaption class="image__caption-credit">John M. Ford in 1987.</figcaption></figure>` +
        '<div class="credit-card-offers">Compare card offers</div>' +
        `<div>${IMAGE}${credits}</div>`,
    );
    expect(removed).toEqual([]);
  });
});
