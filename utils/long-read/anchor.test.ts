import { describe, expect, it } from 'vitest';
import { QUOTE_LENGTH, quoteOf, refindBlock, validateAnchor } from './anchor';
import { readingBlocks } from './blocks';

const paragraphs = (texts: string[]) => {
  const body = document.createElement('div');
  for (const text of texts) body.append(Object.assign(document.createElement('p'), { textContent: text }));
  return body;
};

const ARTICLE = Array.from(
  { length: 12 },
  (_, i) => `Paragraph ${i + 1} of the long read, with enough words to stand on its own as a block of text.`,
);

describe('the anchor’s quote', () => {
  it('is the start of the block’s text, whitespace collapsed', () => {
    expect(quoteOf('  The   river\n\trose  ')).toBe('The river rose');
    expect(quoteOf('x'.repeat(200))).toHaveLength(QUOTE_LENGTH);
    // Cut at a space: no trailing space, so a quote always equals its own quote.
    const cut = quoteOf(`${'a'.repeat(QUOTE_LENGTH - 1)} bcd`);
    expect(cut).toBe('a'.repeat(QUOTE_LENGTH - 1));
  });

  it('is taken from each reading block, innermost first, skipping empty ones and the reader’s own controls', () => {
    const body = document.createElement('div');
    const list = document.createElement('ul');
    list.innerHTML = '<li><p>Item paragraph</p></li><li>Plain item</li>';
    const control = Object.assign(document.createElement('div'), { className: 'lectern-control' });
    control.append(Object.assign(document.createElement('p'), { textContent: 'Remove this' }));
    body.append(paragraphs(['First', '   ']), list, control);
    expect(readingBlocks(body).map((block) => block.quote)).toEqual([
      'First',
      'Item paragraph',
      'Plain item',
    ]);
  });

  it('counts the words of every block and of the rest of the article from it', () => {
    const blocks = readingBlocks(paragraphs(['one two three', 'four five', 'six']));
    expect(blocks.map((block) => [block.words, block.wordsFromHere])).toEqual([
      [3, 6],
      [2, 3],
      [1, 1],
    ]);
  });
});

describe('re-finding the anchored block', () => {
  const quotes = (texts: string[]) => readingBlocks(paragraphs(texts)).map((block) => block.quote);
  const anchor = { block: 8, quote: quoteOf(ARTICLE[8]), offset: 40 };

  it('finds it where it was', () => {
    expect(refindBlock(quotes(ARTICLE), anchor)).toBe(8);
  });

  it('finds it further down when paragraphs were added above', () => {
    const edited = [
      ...ARTICLE.slice(0, 3),
      'Correction: a paragraph added.',
      'Update: another one.',
      ...ARTICLE.slice(3),
    ];
    expect(refindBlock(quotes(edited), anchor)).toBe(10);
  });

  it('finds it further up when a paragraph above was removed', () => {
    const edited = [...ARTICLE.slice(0, 2), ...ARTICLE.slice(3)];
    expect(refindBlock(quotes(edited), anchor)).toBe(7);
  });

  it('says it is lost when the anchored paragraph itself is gone or reworded at its start', () => {
    expect(refindBlock(quotes([...ARTICLE.slice(0, 8), ...ARTICLE.slice(9)]), anchor)).toBeNull();
    const reworded = [...ARTICLE];
    reworded[8] = `Rewritten: ${ARTICLE[8]}`;
    expect(refindBlock(quotes(reworded), anchor)).toBeNull();
  });

  it('picks the nearest of two blocks with the same quote', () => {
    const twins = ['Advertisement', 'a', 'b', 'c', 'd', 'e', 'f', 'Advertisement', 'g', 'h', 'Advertisement'];
    expect(refindBlock(twins, { block: 9, quote: 'Advertisement', offset: 0 })).toBe(10);
    expect(refindBlock(twins, { block: 6, quote: 'Advertisement', offset: 0 })).toBe(7);
    expect(refindBlock(twins, { block: 1, quote: 'Advertisement', offset: 0 })).toBe(0);
  });

  it('beyond the end of a shorter article, still finds the quote', () => {
    expect(refindBlock(['x', 'y'], { block: 500, quote: 'y', offset: 0 })).toBe(1);
  });
});

describe('validateAnchor', () => {
  it('keeps a valid anchor and nothing else of the object', () => {
    expect(
      validateAnchor({ block: 3, quote: 'The river rose', offset: 12, html: '<img onerror=x>' }),
    ).toEqual({
      block: 3,
      quote: 'The river rose',
      offset: 12,
    });
  });

  it('refuses anything out of shape', () => {
    for (const raw of [
      null,
      'block 3',
      [3, 'x', 0],
      { block: -1, quote: 'x', offset: 0 },
      { block: 1.5, quote: 'x', offset: 0 },
      { block: 1e9, quote: 'x', offset: 0 },
      { block: 1, quote: 'x', offset: Number.NaN },
      { block: 1, quote: '', offset: 0 },
      { block: 1, quote: ' padded ', offset: 0 },
      { block: 1, quote: 'x'.repeat(QUOTE_LENGTH + 1), offset: 0 },
      { block: 1, quote: 'bell\u0007', offset: 0 },
      { block: 1, quote: { toString: () => 'x' }, offset: 0 },
      { block: '1', quote: 'x', offset: 0 },
    ])
      expect(validateAnchor(raw), JSON.stringify(raw)).toBeNull();
  });
});
