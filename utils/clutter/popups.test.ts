import { describe, expect, it } from 'vitest';
import { popups } from './popups';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('popups', () => {
  it('removes dialogs and popup boxes with their "X CLOSE" buttons', () => {
    const { removed, text } = runRule(
      popups,
      STORY +
        '<div class="kt_popup" role="dialog"><p>Subscribe</p><span>X CLOSE</span></div>' +
        '<div class="modal-wrapper">Sign in</div>',
    );
    expect(removed).toHaveLength(2);
    expect(text).not.toContain('X CLOSE');
  });

  it('keeps inline links named popup and a story shown in a modal', () => {
    const { removed } = runRule(
      popups,
      '<p>He said <a class="popup" href="#n1">the easiest way of life</a> is best.</p>' +
        `<div class="render-target-modal">${STORY}</div>`,
    );
    expect(removed).toEqual([]);
  });
});
