// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '.';
import { renewCustomizedBuiltIns } from './customized-built-ins';
import { parseHtml } from '../../tests/helpers/html';

const PROSE =
  'The harbour authority said the new ferry terminal would open in the spring, after two winters of delays. ';

function page(body: string): Document {
  return parseHtml(`<!doctype html><title>T</title><body>${body}</body>`);
}

describe('renewCustomizedBuiltIns', () => {
  it('replaces each element with an is attribute by a plain one with the same tag, attributes and children', () => {
    const doc = page(
      '<p is="x-para" class="lead" title="t">Text <em>here</em></p><img is="" alt="a" src="i.jpg">',
    );
    renewCustomizedBuiltIns(doc);
    expect(doc.body.innerHTML).toBe(
      '<p class="lead" title="t">Text <em>here</em></p><img alt="a" src="i.jpg">',
    );
  });

  it('keeps attributes whose names setAttribute would refuse (a broken alt text)', () => {
    const doc = page('<img is="" src="i.jpg" alert,="">');
    renewCustomizedBuiltIns(doc);
    expect(doc.body.innerHTML).toBe('<img src="i.jpg" alert,="">');
  });

  it('keeps a story paragraph marked is="…" in the article, without the attribute', () => {
    const story = [1, 2, 3].map((n) => `<p${n === 2 ? ' is="x-para"' : ''}>${n}. ${PROSE.repeat(3)}</p>`);
    const { article } = extractArticle(
      page(`<article><h1>Ferry terminal</h1>${story.join('')}</article>`),
      'https://example.com/a',
      { window: window as never },
    );
    expect(article?.content).not.toMatch(/\sis=/);
    expect(article?.textContent).toContain('2. The harbour authority');
  });
});
