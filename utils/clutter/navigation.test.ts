import { describe, expect, it } from 'vitest';
import { navigation } from './navigation';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('navigation', () => {
  it('removes nav landmarks and link-heavy menus', () => {
    const { removed } = runRule(
      navigation,
      '<nav><a href="/">Home</a></nav><div class="breadcrumbs"><a href="/news">News</a> › <a href="/world">World</a></div>' +
        STORY,
    );
    expect(removed).toHaveLength(2);
  });

  it('keeps prose in a block named like a menu', () => {
    const { removed } = runRule(
      navigation,
      '<div class="menu-description"><p>The tasting menu changes every week and costs forty dollars.</p></div>' +
        STORY,
    );
    expect(removed).toEqual([]);
  });
});
