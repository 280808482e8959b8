import { describe, expect, it } from 'vitest';
import { backToTop } from './back-to-top';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('back-to-top', () => {
  it('removes "go top" and back-to-top links', () => {
    const { removed } = runRule(
      backToTop,
      STORY +
        '<a href="#wrap" class="top_btn">go top</a><div class="back-to-top">↑</div><a href="#top">Back to top</a>',
    );
    expect(removed).toEqual(['go top', '↑', 'Back to top']);
  });

  it('keeps in-page links with real text', () => {
    const { removed } = runRule(
      backToTop,
      STORY + '<p><a href="#fn1">see the footnote on top scores</a></p>',
    );
    expect(removed).toEqual([]);
  });
});
