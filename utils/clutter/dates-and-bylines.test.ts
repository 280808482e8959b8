import { describe, expect, it } from 'vitest';
import { datesAndBylines } from './dates-and-bylines';
import { runRule, STORY } from '../../tests/unit/clutter-helpers';

describe('dates-and-bylines', () => {
  it('removes date and byline lines', () => {
    const { removed } = runRule(
      datesAndBylines,
      '<span class="submitted-by">By Justine Coleman - 11/18/19 11:04 PM EST</span>' +
        '<time datetime="2019-11-19">Nov 19, 2019</time>' +
        STORY,
    );
    expect(removed).toEqual(['By Justine Coleman - 11/18/19 11:04 PM EST', 'Nov 19, 2019']);
  });

  it('keeps long or structural blocks with date-like names', () => {
    const { removed } = runRule(
      datesAndBylines,
      `<div class="post-meta-wrap"><div class="updated">${STORY}</div></div>`,
    );
    expect(removed).toEqual([]);
  });
});
