import { describe, expect, it } from 'vitest';
import { unhideLoadingGuards } from './loading-guards';
import { bodyOf } from '../../tests/helpers/html';

const PROSE = 'A paragraph of the story with enough words in it to count as the text of the page. ';

describe('unhideLoadingGuards', () => {
  it('shows a wrapper that hides the whole page until a script runs', () => {
    const body = bodyOf(
      '<div id="__next"><div style="visibility:hidden;min-height:100vh">' +
        `<div aria-hidden="true"><p>${PROSE.repeat(8)}</p></div><p>${PROSE}</p></div></div>`,
    );
    unhideLoadingGuards(body);
    const guard = body.querySelector('#__next > div') as HTMLElement;
    expect(guard.style.visibility).toBe('');
    expect(guard.style.minHeight).toBe('100vh');
    // Only the guard: a block hidden inside the page stays hidden.
    expect(body.querySelector('[aria-hidden="true"]')).not.toBeNull();
  });

  it('leaves a hidden part of the page hidden', () => {
    // Readability's "visibility-hidden" test page: half of the text is hidden, and stays so.
    const body = bodyOf(
      `<article><h1>Lorem</h1><div style="visibility: hidden;"><p>${PROSE}</p></div><p>${PROSE}</p></article>`,
    );
    unhideLoadingGuards(body);
    expect(body.querySelector('div')?.getAttribute('style')).toBe('visibility: hidden;');
  });

  it('leaves a deep hidden block alone even when it holds the text', () => {
    const body = bodyOf(
      `<div><div><div><div><div><div hidden><p>${PROSE}</p></div></div></div></div></div></div>`,
    );
    unhideLoadingGuards(body);
    expect(body.querySelector('[hidden]')).not.toBeNull();
  });
});
