import { describe, expect, it } from 'vitest';
import { settingsWidgets } from './settings-widgets';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('settings-widgets', () => {
  it('removes font-size pickers', () => {
    const { removed } = runRule(
      settingsWidgets,
      '<div class="view_site_setting"><span>Settings</span><span>ⓕ font-size</span><ul><li>-2</li><li>-1</li><li>0</li><li>+1</li><li>+2</li></ul></div>' +
        STORY +
        '<div class="size-picker">A A A</div>',
    );
    expect(removed).toHaveLength(2);
  });

  it('keeps images whose wrapper is named for a size', () => {
    const { removed } = runRule(
      settingsWidgets,
      '<figure class="size-large"><img src="a.jpg"></figure>' + STORY,
    );
    expect(removed).toEqual([]);
  });

  it("keeps paragraphs set in one of WordPress's preset font sizes", () => {
    const caption = '<p class="has-text-align-center has-small-font-size">Making progress</p>';
    expect(runRule(settingsWidgets, `${STORY}${caption}`).removed).toEqual([]);
  });
});
