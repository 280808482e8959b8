import { describe, expect, it } from 'vitest';
import { headingAnchors } from './heading-anchors';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('heading-anchors', () => {
  it('removes the permalink symbols of documentation headings', () => {
    const { removed, text } = runRule(
      headingAnchors,
      STORY +
        '<h2 id="install">Install<a class="headerlink" href="#install">¶</a></h2>' +
        '<h3 id="pin">Pin a version <a class="hash-link" href="#pin">#</a></h3>' +
        '<h3 id="use">Use<a class="anchor" href="#use" aria-label="Permalink"></a></h3>',
    );
    expect(removed).toEqual(['¶', '#', '']);
    expect(text).toContain('Pin a version');
  });

  it('keeps in-page links with words, and symbols outside headings', () => {
    const { removed } = runRule(
      headingAnchors,
      STORY + '<h2><a href="#setup">Setup</a></h2><p>Footnote <a href="#fn1">#</a></p>',
    );
    expect(removed).toEqual([]);
  });
});
