import { describe, expect, it } from 'vitest';
import { shareBars } from './share-bars';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('share-bars', () => {
  it('removes share bars by name, by sharer links and by share-button images', () => {
    const { text, removed } = runRule(
      shareBars,
      STORY +
        '<div class="social-share">Share</div>' +
        '<ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a></li><li><a href="https://twitter.com/intent/tweet?url=x">t</a></li></ul>' +
        '<ol><li><a href="javascript:k()"><img alt="Kakao share button"></a></li><li><a href="mailto:?subject=x"><img alt="Mail share button"></a></li></ol>',
    );
    expect(removed).toHaveLength(3);
    expect(text).toContain('Paragraph 0');
  });

  it('keeps lists of ordinary links and long text in share-named containers', () => {
    const { removed } = runRule(
      shareBars,
      '<ul><li><a href="https://a.test">Source A</a></li><li><a href="https://b.test">Source B</a></li></ul>' +
        `<div class="shared-story">${STORY}</div>`,
    );
    expect(removed).toEqual([]);
  });
});
