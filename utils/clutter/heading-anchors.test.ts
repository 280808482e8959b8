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

  it('removes an icon link that stands beside the heading it points at', () => {
    // Twilio's Paste design system: the icon's <title> is its only text.
    const icon = (id: string) =>
      `<a href="#${id}"><svg><title>${id} page anchor</title><path d=""></path></svg></a>`;
    const { removed, text } = runRule(
      headingAnchors,
      STORY +
        `<div><h2 id="get-a-number">Get a number</h2>${icon('get-a-number')}</div>` +
        `<div><h2 id="send">Send</h2>${icon('elsewhere')}</div>` +
        '<div><h2 id="reply">Reply</h2><a href="#reply">Back to the reply section</a></div>',
    );
    expect(removed).toEqual(['get-a-number page anchor']);
    expect(text).toContain('Get a number');
    expect(text).toContain('Back to the reply section');
  });
});
