import { describe, expect, it } from 'vitest';
import { uiLabels } from './ui-labels';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('ui-labels', () => {
  it('removes gallery counters and control labels', () => {
    const { removed } = runRule(
      uiLabels,
      STORY +
        '<p>Image <span>1</span> <span>of</span> <span>23</span></p><div>Caption Close</div><a>Enlarge Image</a>',
    );
    expect(removed).toEqual(['Image 1 of 23', 'Caption Close', 'Enlarge Image']);
  });

  it('keeps short prose and labelled images', () => {
    const { removed } = runRule(
      uiLabels,
      '<p>Close to home.</p><a><img src="x.jpg">Print</a><a href="/more">more</a>' + STORY,
    );
    expect(removed).toEqual([]);
  });
});
