import { describe, expect, it } from 'vitest';
import { tagLists } from './tag-lists';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('tag-lists', () => {
  it('removes tag lists', () => {
    const { removed } = runRule(
      tagLists,
      STORY + '<div class="post-tags"><a href="/t/a">stock car</a>, <a href="/t/b">interlagos</a></div>',
    );
    expect(removed).toEqual(['stock car, interlagos']);
  });

  it('keeps topic-named blocks of prose', () => {
    const { removed } = runRule(tagLists, `<div class="topic">${STORY}</div>`);
    expect(removed).toEqual([]);
  });
});
