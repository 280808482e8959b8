import { describe, expect, it } from 'vitest';
import { spokenText } from './spoken';

describe('spokenText', () => {
  it('reads a link as its site name', () => {
    expect(spokenText('See https://www.example.com/a/very/long/path?x=1&y=2 for more.')).toBe(
      'See example.com for more.',
    );
    expect(spokenText('Visit www.korea.kr.')).toBe('Visit korea.kr.');
  });

  it('collapses whitespace and names a run of the same emoji once', () => {
    expect(spokenText('  Hot   news 🔥🔥🔥 \n today  ')).toBe('Hot news 🔥 today');
    expect(spokenText('Mixed 🎉👍 kept')).toBe('Mixed 🎉👍 kept');
  });

  it('leaves numbers for the engine to read', () => {
    expect(spokenText('It rose 3.5% to $1,234.56.')).toBe('It rose 3.5% to $1,234.56.');
  });

  it('has nothing to say for punctuation alone', () => {
    expect(spokenText(' — ')).toBe('');
    expect(spokenText('* * *')).toBe('');
    expect(spokenText('')).toBe('');
  });
});
