import { describe, expect, it } from 'vitest';
import { datesAndBylines } from './dates-and-bylines';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('dates-and-bylines', () => {
  it('removes date and byline lines', () => {
    const { removed } = runRule(
      datesAndBylines,
      '<span class="submitted-by">By Justine Coleman - 11/18/19 11:04 PM EST</span>' +
        '<time datetime="2019-11-19">Nov 19, 2019</time>' +
        STORY +
        '<p>First Published: Tuesday, November 19, 2019 08:38 AM</p><p>Updated at 1:23 p.m.</p>',
    );
    expect(removed).toEqual([
      'By Justine Coleman - 11/18/19 11:04 PM EST',
      'Nov 19, 2019',
      'First Published: Tuesday, November 19, 2019 08:38 AM',
      'Updated at 1:23 p.m.',
    ]);
  });

  it('keeps long or structural blocks with date-like names', () => {
    const { removed } = runRule(
      datesAndBylines,
      `<div class="post-meta-wrap"><div class="updated">${STORY}</div></div>`,
    );
    expect(removed).toEqual([]);
  });
});
