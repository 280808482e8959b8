import { describe, expect, it } from 'vitest';
import { topLists } from './top-lists';
import { runRule, STORY } from '../../tests/helpers/clutter';

const links = (n: number) =>
  `<ol>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Headline number ${i}</a></li>`).join('')}</ol>`;

describe('top-lists', () => {
  it('removes "Top 10 Stories", most-read and related lists', () => {
    const { text } = runRule(
      topLists,
      STORY +
        `<section><h3>Top 10 Stories</h3>${links(10)}</section>` +
        `<div class="most-read">${links(5)}</div>` +
        `<h2>Don't miss</h2>${links(3)}`,
    );
    expect(text).not.toMatch(/Top 10 Stories|Headline number|Don't miss/);
    expect(text).toContain('Paragraph 5');
  });

  it('keeps prose under a misleading "related" class', () => {
    const { removed } = runRule(topLists, `<div class="related">${STORY}</div>`);
    expect(removed).toEqual([]);
  });

  it('keeps a reference page\'s "See also" links, and still removes "Also read" teasers', () => {
    const { text } = runRule(
      topLists,
      `${STORY}<h2>Also read</h2>${links(3)}<section><h2>See also</h2>${links(2)}</section>`,
    );
    expect(text).toContain('See also');
    expect(text).not.toContain('Also read');
  });
});
