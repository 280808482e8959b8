import { describe, expect, it } from 'vitest';
import { comments } from './comments';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('comments', () => {
  it('removes comment widgets', () => {
    const { removed } = runRule(
      comments,
      STORY +
        '<div id="disqus_thread">Disqus</div><ol class="comment-list"><li>First!</li></ol><div id="respond">Reply</div>',
    );
    expect(removed).toEqual(['Disqus', 'First!', 'Reply']);
  });

  it('keeps an article whose container is misleadingly named "comment"', () => {
    const { removed } = runRule(comments, `<div class="comment">${STORY}</div>`);
    expect(removed).toEqual([]);
  });
});
