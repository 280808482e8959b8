import { describe, expect, it } from 'vitest';
import { teasers } from './teasers';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('teasers', () => {
  it('removes rails of teasers for other stories', () => {
    const { removed } = runRule(
      teasers,
      STORY +
        '<div class="rail__item"><a href="/x"><img src="t.jpg"></a><h3>RANDY ANDY</h3><span>Prince parties</span></div>',
    );
    expect(removed).toEqual(['RANDY ANDYPrince parties']);
  });

  it('keeps a long story in a sidebar-named layout without links', () => {
    const { removed } = runRule(teasers, `<div class="with-sidebar">${STORY}</div>`);
    expect(removed).toEqual([]);
  });
});
