import { describe, expect, it } from 'vitest';
import { LINE_BREAK, MAX_SENTENCE_CHARS, splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits plain sentences on . ! and ?', () => {
    expect(split('It rained. Did it stop? No! It went on.')).toEqual([
      'It rained.',
      'Did it stop?',
      'No!',
      'It went on.',
    ]);
  });

  it('keeps titles, initials, months and references with what follows', () => {
    expect(split('Dr. Kim met Mr. Lee on Oct. 28 in room No. 5. They talked.')).toEqual([
      'Dr. Kim met Mr. Lee on Oct. 28 in room No. 5.',
      'They talked.',
    ]);
    expect(split('Top diplomats of S. Korea and J. K. Rowling came. Then they left.')).toEqual([
      'Top diplomats of S. Korea and J. K. Rowling came.',
      'Then they left.',
    ]);
    expect(split('Fruit, e.g. apples, vs. pears, see Fig. 3 for it.')).toEqual([
      'Fruit, e.g. apples, vs. pears, see Fig. 3 for it.',
    ]);
  });

  it('keeps dotted acronyms whole and does not split before a lower-case word', () => {
    expect(split('The U.S. Army said so. The U.N. agreed.')).toEqual([
      'The U.S. Army said so.',
      'The U.N. agreed.',
    ]);
    expect(split('It ended at 5 p.m. and then... well, nothing. Next day it rained.')).toEqual([
      'It ended at 5 p.m. and then... well, nothing.',
      'Next day it rained.',
    ]);
  });

  it('never splits inside numbers, decimals, versions or addresses', () => {
    expect(split('Prices rose 3.5% to $1,234.56 in v2.0.1 (see example.com/a.b). Good.')).toEqual([
      'Prices rose 3.5% to $1,234.56 in v2.0.1 (see example.com/a.b).',
      'Good.',
    ]);
    expect(split('Read https://example.com/news/2024.10.28/story.html today. Then stop.')).toEqual([
      'Read https://example.com/news/2024.10.28/story.html today.',
      'Then stop.',
    ]);
  });

  it('ends a sentence after a number when a new one starts', () => {
    expect(split('Troops arrived in 2023. Many stayed. 10 left.')).toEqual([
      'Troops arrived in 2023.',
      'Many stayed.',
      '10 left.',
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(split('He said, "Stop here." Then he left. (It was late.) "Why?" she asked.')).toEqual([
      'He said, "Stop here."',
      'Then he left.',
      '(It was late.)',
      '"Why?" she asked.',
    ]);
    expect(split('“This partnership matters. It will last,” it said. Von der Leyen agreed.')).toEqual([
      '“This partnership matters.',
      'It will last,” it said.',
      'Von der Leyen agreed.',
    ]);
  });

  it('splits Korean sentences, which have no capitals, and keeps Korean dates whole', () => {
    expect(split('외교부는 화요일 회담을 연다고 밝혔다. 양측은 협력을 논의할 예정이다! 정말요?')).toEqual([
      '외교부는 화요일 회담을 연다고 밝혔다.',
      '양측은 협력을 논의할 예정이다!',
      '정말요?',
    ]);
    expect(split('회담은 2024. 10. 28. 서울에서 열린다. 끝.')).toEqual([
      '회담은 2024. 10. 28. 서울에서 열린다.',
      '끝.',
    ]);
  });

  it('splits Chinese and Japanese punctuation without spaces, quotes included', () => {
    expect(split('今天下雨。明天晴天！真的吗？')).toEqual(['今天下雨。', '明天晴天！', '真的吗？']);
    expect(split('彼は「行こう。」と言った。雨だった。')).toEqual([
      '彼は「行こう。」',
      'と言った。',
      '雨だった。',
    ]);
  });

  it('treats a line break as the end of a sentence, and drops empty pieces', () => {
    expect(split(`Roses are red${LINE_BREAK}violets are blue${LINE_BREAK}${LINE_BREAK}  `)).toEqual([
      'Roses are red',
      'violets are blue',
    ]);
    expect(split('')).toEqual([]);
    expect(split('   \n  ')).toEqual([]);
    expect(split('Word')).toEqual(['Word']);
    expect(split('...')).toEqual(['...']);
  });

  it('cuts a very long sentence at a clause mark or a space, never mid-word', () => {
    const clause = 'the river kept rising and the town watched it from the bridge';
    const long = `${Array.from({ length: 12 }, () => clause).join(', ')}.`;
    const pieces = split(long);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(pieces.join(' ')).toBe(long);
    const unbroken = 'x'.repeat(MAX_SENTENCE_CHARS * 2 + 5);
    expect(split(unbroken).join('')).toBe(unbroken);
  });

  it('returns offsets into the original text, surrounding spaces excluded', () => {
    const text = '  One.   Two.  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 6 },
      { start: 9, end: 13 },
    ]);
  });

  it('handles emoji and code-like text without throwing', () => {
    expect(split('Great news 🎉🎉! Call fn(a.b, c.d) now. Done 👍')).toEqual([
      'Great news 🎉🎉!',
      'Call fn(a.b, c.d) now.',
      'Done 👍',
    ]);
  });
});
