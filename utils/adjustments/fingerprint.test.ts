import { describe, expect, it } from 'vitest';
import {
  bestMatch,
  cssPath,
  fingerprintOf,
  matchScore,
  similarity,
  textKey,
  type Fingerprint,
} from './fingerprint';
import { collapseWhitespace } from '../extract/text';
import { bodyOf } from '../../tests/helpers/html';

const matches = (stored: Fingerprint, candidate: Fingerprint) => matchScore(stored, candidate) >= 0;

const body = bodyOf;

const LONG =
  'The river changed its course over a single winter, and the town on its old bank found itself a mile from the water.';

describe('fingerprints', () => {
  it('keeps a block’s text with whitespace collapsed, cut to a prefix', () => {
    expect(collapseWhitespace('  a\n\t b  ')).toBe('a b');
    const root = body(`<p>  ${'word '.repeat(200)}</p>`);
    expect(textKey(root.firstElementChild!)).toHaveLength(300);
  });

  it('names an image-only block by its alt text, else its file name', () => {
    const root = body('<figure><img src="/a/b/photo.jpg?x=1"></figure><p><img alt="A map"></p>');
    expect(textKey(root.children[0]!)).toBe('photo.jpg');
    expect(textKey(root.children[1]!)).toBe('A map');
  });

  it('records a CSS path as data: tags and at most two plain class tokens', () => {
    const root = body('<main><div class="story a{b} c d"><p class="x">Hi</p></div></main>');
    const p = root.querySelector('p')!;
    expect(cssPath(p, root)).toEqual(['main', 'div.story.c', 'p.x']);
    expect(fingerprintOf(p, root)).toEqual({ text: 'Hi', path: ['main', 'div.story.c', 'p.x'] });
  });

  it('matches a block after a small edit, whatever the case, but not a different block', () => {
    const edited = LONG.replace('single', 'lone').toUpperCase();
    expect(similarity(LONG, edited)).toBeGreaterThan(0.8);
    expect(matches({ text: LONG, path: ['p'] }, { text: edited, path: ['div', 'p'] })).toBe(true);
    const other =
      'Historians point to a similar event four hundred years ago, recorded in a parish register.';
    expect(matches({ text: LONG, path: ['p'] }, { text: other, path: ['p'] })).toBe(false);
  });

  it('accepts a weaker text match only at the same path', () => {
    const half = 'Share on Facebook Share on X';
    const changed = 'Share on Facebook Share on Threads Share by mail';
    expect(similarity(half, changed)).toBeLessThan(0.8);
    expect(matches({ text: half, path: ['div.share'] }, { text: changed, path: ['div.share'] })).toBe(true);
    expect(matches({ text: half, path: ['div.share'] }, { text: changed, path: ['aside'] })).toBe(false);
  });

  it('matches a block without text only by its exact path', () => {
    expect(matches({ text: '', path: ['figure'] }, { text: '', path: ['figure'] })).toBe(true);
    expect(matches({ text: '', path: ['figure'] }, { text: '', path: ['div', 'figure'] })).toBe(false);
    expect(matches({ text: '', path: [] }, { text: '', path: [] })).toBe(false);
  });

  it('picks the best of several blocks a fingerprint fits, not the first', () => {
    const para = (n: string) =>
      `Paragraph ${n} of the story, where the river changed its course over one winter.`;
    const blocks = ['one', 'two', 'three'].map((n) => ({ text: para(n), path: ['p'] }));
    expect(bestMatch({ text: para('two'), path: ['p'] }, blocks, (b) => b)).toBe(blocks[1]);
    expect(bestMatch({ text: 'Something else entirely.', path: ['p'] }, blocks, (b) => b)).toBeUndefined();
  });
});
