import { describe, expect, it } from 'vitest';
import { authorBio } from './author-bio';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('author-bio', () => {
  it('removes author boxes', () => {
    const { removed } = runRule(
      authorBio,
      STORY + '<div class="author-bio">About the Author: Regan lives in Massachusetts.</div>',
    );
    expect(removed).toEqual(['About the Author: Regan lives in Massachusetts.']);
  });

  it('keeps an article inside an author-named wrapper', () => {
    const { removed } = runRule(authorBio, `<div class="author-info-wrap">${STORY}</div>`);
    expect(removed).toEqual([]);
  });
});
