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

  it("removes documentation pages' edit links and forum posts' toolbar labels", () => {
    const { removed } = runRule(
      uiLabels,
      STORY +
        '<a href="https://github.com/x/edit/main/docs/a.md">Edit this page</a>' +
        '<div class="actions"><a href="/r">Reply</a> <a href="/q">Quote</a></div>' +
        '<div class="bbCodeBlock-expandLink">Click to expand...</div>',
    );
    expect(removed).toEqual(['Edit this page', 'Reply', 'Quote', 'Click to expand...']);
  });

  it('keeps the same words as links in prose', () => {
    const { removed } = runRule(
      uiLabels,
      STORY +
        '<p>Divers inspected the foundations; their <a href="report.pdf">report</a> found no cracks.</p>',
    );
    expect(removed).toEqual([]);
  });
});
