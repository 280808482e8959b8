import { describe, expect, it } from 'vitest';
import { keptShare, keptTooLittle, mayBeFragment, paragraphText, prefersWholePage } from './fallback';
import { extractArticle, type Article } from './index';
import { bodyOf, parseHtml } from '../../tests/helpers/html';

function article(words: number): Article {
  const textContent = Array.from({ length: words }, () => 'word').join(' ');
  return { wordCount: words, textContent } as Article;
}

const prose = (chars: number) => `<p>${'x'.repeat(chars)}</p>`;

describe('mayBeFragment', () => {
  it('weighs a very short article against the prose of the whole page', () => {
    const short = article(20); // 99 characters
    expect(mayBeFragment(short, bodyOf(prose(1000)))).toBe(1000);
    expect(mayBeFragment(short, bodyOf(prose(300)))).toBeNull();
  });

  it('never second-guesses an article of 150 words or more, nor measures the page for it', () => {
    expect(mayBeFragment(article(150), bodyOf(prose(100_000)))).toBeNull();
  });

  it('counts prose only: link text and scripts do not make a page look longer', () => {
    const body = bodyOf(
      `<a href="/a">${'y'.repeat(2000)}</a><script>${'z'.repeat(2000)}</script>${prose(50)}`,
    );
    expect(mayBeFragment(article(20), body)).toBeNull();
  });

  it('tries the whole page when nothing was found', () => {
    expect(mayBeFragment(null, bodyOf(prose(10)))).toBe(10);
  });
});

describe('prefersWholePage', () => {
  it("takes the whole page's article only when it is clearly longer", () => {
    expect(prefersWholePage(article(100), article(125))).toBe(true);
    expect(prefersWholePage(article(100), article(124))).toBe(false);
    expect(prefersWholePage(null, article(25))).toBe(true);
    expect(prefersWholePage(null, article(3))).toBe(false); // a sign-in form's labels
    expect(prefersWholePage(null, null)).toBe(false);
    expect(prefersWholePage(article(100), null)).toBe(false);
  });
});

describe('extractArticle on a listing the clutter rules cut down', () => {
  it("shows bare Readability's view of the whole page instead of one card", () => {
    // Each item is a story card to the clutter rules, which leave the intro and the last card.
    const card = (n: number) =>
      `<article class="card"><h3><a href="/item/${n}">Course ${n}: spreadsheets for planners</a></h3>` +
      `<p>${'A practical week on budgets, forecasts and the formulas behind them, taught on real cases. '.repeat(2)}</p></article>`;
    const doc = parseHtml(
      `<!DOCTYPE html><html><head><title>Courses</title></head><body><main><h1>Courses</h1>` +
        `<div class="intro"><p>Twelve courses this autumn.</p></div><section class="cards">` +
        Array.from({ length: 12 }, (_, i) => card(i + 1)).join('') +
        '</section></main></body></html>',
    );
    const text = extractArticle(doc, 'https://school.example/courses').article?.textContent ?? '';
    expect(text).toContain('Course 1:');
    expect(text).toContain('Course 12:');
    const cut = extractArticle(doc, 'https://school.example/courses', { fallback: 'off' }).article;
    expect(cut?.wordCount).toBeLessThan(150);
    expect(cut?.textContent ?? '').not.toContain('Course 1:');
  });
});

describe('keptShare and keptTooLittle', () => {
  const text = (chars: number) => ({ textContent: 'x'.repeat(chars) }) as Article;

  it("gives the share of the cleaned scope's paragraph text Readability kept; under half is too little", () => {
    expect(keptShare(text(400), 1000)).toBe(0.4);
    expect(keptTooLittle(0.4)).toBe(true);
    expect(keptTooLittle(0.5)).toBe(false);
    // The fit's 'always' run tries up to 0.7.
    expect(keptTooLittle(0.6, true)).toBe(true);
    expect(keptTooLittle(0.7, true)).toBe(false);
  });

  it('weighs nothing when nothing was found, or the scope had no paragraphs', () => {
    expect(keptShare(null, 1000)).toBeNull();
    expect(keptShare(text(10), 0)).toBeNull();
  });

  it('measures paragraph text with its spaces collapsed', () => {
    expect(paragraphText(bodyOf('<p>a  b\n c</p><div>not a paragraph</div><p>d</p>'))).toBe(6);
  });
});

describe('extractArticle when Readability keeps a part of the cleaned scope', () => {
  it('shows the cleaned scope instead', () => {
    // Readability drops a block its name calls unlikely ("remark"), which the clutter rules have no reason to.
    const para = (topic: string) =>
      `<p>${`The ${topic} of the bread: fold the dough, let it rest, shape it. `.repeat(5)}</p>`;
    const doc = parseHtml(
      `<!DOCTYPE html><html><head><title>Bread</title></head><body><main><h1>Everyday bread</h1>` +
        `<div class="text">${para('method')}${para('timing')}</div>` +
        `<div class="remark">${para('first remark')}${para('second remark')}${para('third remark')}</div>` +
        '</main></body></html>',
    );
    const shares: number[] = [];
    const bare = extractArticle(doc, 'https://bake.example/bread', {
      scopeFallback: 'off',
      onKeptShare: (share) => shares.push(share),
    }).article;
    expect(bare?.textContent ?? '').not.toContain('third remark');
    expect(shares[0]).toBeLessThan(0.5);
    const text = extractArticle(doc, 'https://bake.example/bread').article?.textContent ?? '';
    expect(text).toContain('The method of the bread');
    expect(text).toContain('The third remark of the bread');
  });
});
