import { describe, expect, it } from 'vitest';
import { storyCards } from './story-cards';
import { runRule, STORY } from '../../tests/helpers/clutter';

const card = (n: number) =>
  `<article class="card"><img src="${n}.jpg"><h2><a href="/story/${n}">Teaser headline ${n}</a></h2><p>Short teaser.</p></article>`;

describe('story-cards', () => {
  it('removes short article cards with linked headlines when the page has several articles', () => {
    const { removed, text } = runRule(storyCards, STORY + card(1) + card(2) + card(3));
    expect(removed).toHaveLength(3);
    expect(text).toContain('Paragraph 5');
  });

  it('keeps a lone short article with a linked title', () => {
    const { removed } = runRule(
      storyCards,
      '<article><h2><a href="/post/1">A short note</a></h2><p>Just a few words today.</p></article>',
    );
    expect(removed).toEqual([]);
  });
});
