import { describe, expect, it } from 'vitest';
import { readerStyle, resolveTheme, THEME_TOKENS, type ThemeTokens } from './themes';
import { DEFAULT_SETTINGS } from '../utils/settings';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT: (keyof ThemeTokens)[] = ['fg', 'muted', 'accent'];
const BACKGROUNDS: (keyof ThemeTokens)[] = ['bg', 'surface'];

describe('theme colours', () => {
  it('computes WCAG contrast correctly (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [name, tokens] of Object.entries(THEME_TOKENS)) {
    for (const text of TEXT) {
      for (const background of BACKGROUNDS) {
        it(`${name}: ${text} on ${background} is at least 7:1`, () => {
          expect(contrast(tokens[text], tokens[background])).toBeGreaterThanOrEqual(7);
        });
      }
    }
    it(`${name}: control borders reach 3:1 against the background`, () => {
      expect(contrast(tokens.border, tokens.bg)).toBeGreaterThanOrEqual(3);
    });
  }

  it('resolves "match system" from the system scheme', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
  });

  it('hands the tokens to CSS as custom properties', () => {
    const style = readerStyle({ ...DEFAULT_SETTINGS, fontSize: 24, lineHeight: 2 }, 'sepia');
    expect(style['--bg']).toBe(THEME_TOKENS.sepia.bg);
    expect(style['--fg']).toBe(THEME_TOKENS.sepia.fg);
    expect(style['--reader-font-size']).toBe('24px');
    expect(style['--reader-line-height']).toBe('2');
  });
});
