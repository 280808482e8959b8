import { describe, expect, it } from 'vitest';
import { hoverCards } from './hover-cards';
import { runRule } from '../../tests/helpers/clutter';

const CARD =
  '<span class="rollover-people-block"><span class="rollover-block"><img src="/omar.jpg" alt="">' +
  '<a class="name" href="/people/ilhan-omar">Ilhan Omar</a>' +
  '<a class="people-articles" href="/a">Hillicon Valley: Progressives oppose funding bill</a> ' +
  '<a class="people-articles" href="/b">Sanders doubles down</a></span></span>';

describe('hover-cards', () => {
  it('removes the card shown on hover and keeps the linked name in the sentence', () => {
    const { removed, text } = runRule(
      hoverCards,
      '<p>He threatened to kill Rep. <span class="rollover-people">' +
        `<a class="rollover-people-link" href="/people/ilhan-omar">Ilhan Omar</a>${CARD}</span>, police said.</p>`,
    );
    expect(removed).toHaveLength(1);
    expect(text).toContain('Rep. Ilhan Omar');
    expect(text).not.toContain('Hillicon Valley');
  });

  it('keeps plain tooltips, and cards outside running text', () => {
    const { removed } = runRule(
      hoverCards,
      '<p>The <span class="tooltip">GDP<span class="tooltip-text">gross domestic product</span></span> grew.</p>' +
        '<div class="popover-panel"><img src="/x.jpg" alt=""><a href="/1">One</a><a href="/2">Two</a></div>',
    );
    expect(removed).toEqual([]);
  });
});
