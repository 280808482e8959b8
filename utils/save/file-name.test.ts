import { describe, expect, it } from 'vitest';
import { fileNameFor, MAX_NAME_BYTES } from './file-name';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('fileNameFor', () => {
  it('keeps an ordinary title as it is', () => {
    expect(fileNameFor('Top diplomats of S. Korea, EU to hold talks next week', 'md')).toBe(
      'Top diplomats of S. Korea, EU to hold talks next week.md',
    );
  });

  it('keeps Korean, and other scripts, whole', () => {
    expect(fileNameFor('서울 시민 10명 중 7명 "대중교통 만족": 설문 결과', 'md')).toBe(
      "서울 시민 10명 중 7명 '대중교통 만족' - 설문 결과.md",
    );
    expect(fileNameFor('افتتاح مكتبة جديدة', 'html')).toBe('افتتاح مكتبة جديدة.html');
  });

  it('replaces the characters Windows forbids, and control characters', () => {
    const name = fileNameFor('a<b>c:d"e/f\\g|h?i*j\u0000k\u001fl\u007fm', 'md');
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f]/);
    expect(name).toBe("a b c-d'e-f-g-h i j k l m.md");
    expect(fileNameFor('Why C#: part 2/3', 'md')).toBe('Why C# - part 2-3.md');
  });

  it('drops invisible characters that reorder text (a right-to-left override could fake the extension)', () => {
    expect(fileNameFor('invoice\u202Egpj.exe', 'md')).toBe('invoice gpj.exe.md');
    expect(fileNameFor('zero\u200Bwidth\uFEFF', 'md')).toBe('zero width.md');
  });

  it('trims leading dots (hidden files) and trailing dots and spaces (dropped by Windows)', () => {
    expect(fileNameFor('  ...hidden...  ', 'md')).toBe('hidden.md');
    expect(fileNameFor('Wait for it. . .', 'md')).toBe('Wait for it.md');
  });

  it('never gives a name Windows reserves, with or without extensions, in any case', () => {
    for (const title of [
      'CON',
      'con',
      'Prn',
      'AUX',
      'NUL',
      'COM1',
      'com9',
      'LPT1',
      'lpt9',
      'COM¹',
      'NUL.tar',
      'con .x',
    ])
      expect(fileNameFor(title, 'md'), title).toMatch(/^_/);
    expect(fileNameFor('CONTENT', 'md')).toBe('CONTENT.md');
    expect(fileNameFor('COM10', 'md')).toBe('COM10.md');
  });

  it('falls back to a name when the title leaves nothing', () => {
    expect(fileNameFor('', 'md')).toBe('article.md');
    expect(fileNameFor(' ?*? ', 'html')).toBe('article.html');
    expect(fileNameFor('...', 'md')).toBe('article.md');
  });

  it('cuts long titles to the byte limit at whole characters, extension kept', () => {
    const english = fileNameFor('word '.repeat(100), 'html');
    expect(bytes(english)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(english).toMatch(/^word( word)*\.html$/);
    // Three bytes a syllable in UTF-8: the cut must not split one.
    const korean = fileNameFor('가'.repeat(200), 'md');
    expect(bytes(korean)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(korean).toMatch(/^가+\.md$/);
    expect(korean.length).toBe(Math.floor((MAX_NAME_BYTES - 3) / 3) + 3);
    // An emoji with a skin tone and a joiner sequence stays whole or goes whole.
    const family = '👩‍👩‍👧‍👦';
    const emoji = fileNameFor(`${'a'.repeat(MAX_NAME_BYTES - 6)}${family}`, 'md');
    expect(emoji).toBe(`${'a'.repeat(MAX_NAME_BYTES - 6)}.md`);
  });

  it('does not let a cut leave a reserved name or a trailing dot', () => {
    const name = fileNameFor(`CON.${'x'.repeat(300)}`, 'md');
    expect(name.startsWith('_CON.')).toBe(true);
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    const dots = fileNameFor(`${'a'.repeat(MAX_NAME_BYTES - 5)}. . . . tail`, 'md');
    expect(dots).toBe(`${'a'.repeat(MAX_NAME_BYTES - 5)}.md`);
  });
});
