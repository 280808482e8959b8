import { describe, expect, it } from 'vitest';
import { isTooLarge, MAX_DEPTH, MAX_ELEMENTS } from './size-guard';
import { parseHtml } from '../../tests/helpers/html';

function page(body: string): Document {
  return parseHtml(`<!DOCTYPE html><body>${body}</body>`);
}

/** `levels` nested divs built with DOM calls (the parser caps nesting; a page's script does not). */
function nested(levels: number): Document {
  const doc = page('');
  let parent: Element = doc.body;
  for (let i = 0; i < levels; i++) parent = parent.appendChild(doc.createElement('div'));
  parent.textContent = 'deepest';
  return doc;
}

describe('isTooLarge', () => {
  it('lets an ordinary page through', () => {
    expect(isTooLarge(page('<article><h1>T</h1><p>One.</p><p>Two.</p></article>'))).toBe(false);
  });

  it('stops at nesting deeper than the limit', () => {
    expect(isTooLarge(nested(MAX_DEPTH - 5))).toBe(false);
    expect(isTooLarge(nested(MAX_DEPTH + 5))).toBe(true);
  });

  it('stops at more elements than the limit', () => {
    expect(isTooLarge(page('<i></i>'.repeat(MAX_ELEMENTS - 10)))).toBe(false);
    expect(isTooLarge(page('<i></i>'.repeat(MAX_ELEMENTS + 10)))).toBe(true);
  }, 30_000);

  it('walks the real tree when the page clobbers the properties it reads', () => {
    const doc = nested(MAX_DEPTH + 5);
    doc.body.insertAdjacentHTML(
      'afterbegin',
      '<img name="documentElement"><form><input name="firstElementChild"><input name="nextElementSibling"><input name="parentElement"></form>',
    );
    expect(isTooLarge(doc)).toBe(true);
  });

  it('counts the real elements when the page clobbers the document method it calls', () => {
    const clobber = '<img name="getElementsByTagName">';
    expect(isTooLarge(page(clobber + '<p>Short.</p>'))).toBe(false);
    expect(isTooLarge(page(clobber + '<i></i>'.repeat(MAX_ELEMENTS + 10)))).toBe(true);
  }, 30_000);
});
