import type { ContentWidth, FontFamily, ReaderSettings, ThemeChoice } from '../utils/settings';

/** Colour tokens of one theme. Every text colour is checked for 7:1 against both backgrounds (tests). */
export interface ThemeTokens {
  /** Page background. */
  bg: string;
  /** Toolbar, code blocks, table headers. */
  surface: string;
  /** Body text. */
  fg: string;
  /** Byline, captions, secondary text. */
  muted: string;
  /** Links, focus rings, the progress bar. */
  accent: string;
  /** Control borders and rules: 3:1 against the background (non-text contrast). */
  border: string;
}

export type ResolvedTheme = Exclude<ThemeChoice, 'system'>;

export const THEME_TOKENS: Readonly<Record<ResolvedTheme, ThemeTokens>> = {
  light: {
    bg: '#fdfdfb',
    surface: '#f0f0ea',
    fg: '#1b1b1b',
    muted: '#45454a',
    accent: '#0a4a94',
    border: '#767672',
  },
  sepia: {
    bg: '#f4ecd8',
    surface: '#e9dec3',
    fg: '#2b2118',
    muted: '#4a3b2a',
    accent: '#6e2f0a',
    border: '#8a7a5e',
  },
  dark: {
    bg: '#161616',
    surface: '#242424',
    fg: '#e8e6e3',
    muted: '#c4c1bb',
    accent: '#a8c8ff',
    border: '#8a8a8a',
  },
};

export const FONT_STACKS: Readonly<Record<FontFamily, string>> = {
  serif: "Charter, 'Bitstream Charter', 'Iowan Old Style', Georgia, 'Noto Serif', 'Noto Serif CJK KR', serif",
  sans: "'Helvetica Neue', Arial, 'Noto Sans', 'Noto Sans CJK KR', sans-serif",
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
};

/** Column widths in em of the reading size, so a bigger font keeps the same number of words a line. */
export const COLUMN_WIDTHS: Readonly<Record<ContentWidth, string>> = {
  narrow: '28em',
  medium: '34em',
  wide: '44em',
};

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): ResolvedTheme {
  if (choice !== 'system') return choice;
  return systemDark ? 'dark' : 'light';
}

/** The custom properties reader.css reads; set inline on the reader root so no theme CSS is duplicated. */
export function readerStyle(settings: ReaderSettings, theme: ResolvedTheme): Record<string, string> {
  const tokens = THEME_TOKENS[theme];
  return {
    '--bg': tokens.bg,
    '--surface': tokens.surface,
    '--fg': tokens.fg,
    '--muted': tokens.muted,
    '--accent': tokens.accent,
    '--border': tokens.border,
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-font': FONT_STACKS[settings.fontFamily],
    '--reader-line-height': String(settings.lineHeight),
    '--reader-width': COLUMN_WIDTHS[settings.width],
    '--reader-align': settings.align,
    'color-scheme': theme === 'dark' ? 'dark' : 'light',
  };
}
