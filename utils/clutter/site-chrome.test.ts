import { describe, expect, it } from 'vitest';
import { siteChrome } from './site-chrome';
import { runRule, STORY } from '../../tests/helpers/clutter';

describe('site-chrome', () => {
  it('removes the page header and footer landmarks', () => {
    const { removed } = runRule(
      siteChrome,
      '<header>Masthead</header>' +
        STORY +
        '<footer>© Site · LETTER</footer><div role="contentinfo">Legal</div>',
    );
    expect(removed).toEqual(['Masthead', '© Site · LETTER', 'Legal']);
  });

  it("keeps a story's own header and footer", () => {
    const { removed } = runRule(
      siteChrome,
      '<article><header><h1>Title</h1></header><p>Body</p><footer>Notes</footer></article>',
    );
    expect(removed).toEqual([]);
  });
});
