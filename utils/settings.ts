import { browser } from 'wxt/browser';

export const FONT_SIZES = [12, 13, 14, 15, 16, 18, 20, 22, 24, 26, 28, 32, 36, 40] as const;
export const MIN_FONT_SIZE = FONT_SIZES[0];
export const MAX_FONT_SIZE = FONT_SIZES[FONT_SIZES.length - 1] ?? MIN_FONT_SIZE;
export const FONT_FAMILIES = ['serif', 'sans', 'mono', 'system'] as const;
/** Unitless multipliers: the browser's `line-height` takes them as they are, so the column never drifts. */
export const LINE_HEIGHTS = [1.4, 1.6, 1.8, 2] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
/** Listen (speech) rate, a multiplier of the voice's normal speed. */
export const SPEECH_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
/** The reading pace behind "time left", in words per minute. */
export const MIN_WORDS_PER_MINUTE = 100;
export const MAX_WORDS_PER_MINUTE = 600;
/** A voice's name as the browser lists it; longer is not a voice name but junk. */
const MAX_VOICE_NAME = 200;

export type FontFamily = (typeof FONT_FAMILIES)[number];
export type LineHeight = (typeof LINE_HEIGHTS)[number];
export type ContentWidth = (typeof WIDTHS)[number];
export type Alignment = (typeof ALIGNMENTS)[number];
export type ThemeChoice = (typeof THEMES)[number];
export type SpeechRate = (typeof SPEECH_RATES)[number];

export interface ReaderSettings {
  fontSize: number;
  fontFamily: FontFamily;
  lineHeight: LineHeight;
  width: ContentWidth;
  align: Alignment;
  theme: ThemeChoice;
  /** Listen: speed, and the chosen voice's name ('' picks the best voice for the article's language). */
  speechRate: SpeechRate;
  speechVoice: string;
  /** Long reads: the pace for "time left", and whether the reading position is remembered per article. */
  wordsPerMinute: number;
  rememberPosition: boolean;
}

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  fontSize: 20,
  fontFamily: 'serif',
  lineHeight: 1.6,
  width: 'medium',
  align: 'start',
  theme: 'system',
  speechRate: 1,
  speechVoice: '',
  wordsPerMinute: 230,
  rememberPosition: true,
});

/** Version 1 stored the line height as a name; version 2 stores the multiplier (four steps instead of three). */
const V1_LINE_HEIGHTS: Readonly<Record<string, LineHeight>> = { compact: 1.4, normal: 1.6, loose: 1.8 };

function oneOf<T extends string | number>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A size between two steps (hand edit, another version) snaps to the nearest step; anything else is corrupt. */
function readFontSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.fontSize;
  if (value < MIN_FONT_SIZE || value > MAX_FONT_SIZE) return DEFAULT_SETTINGS.fontSize;
  return FONT_SIZES.reduce<number>(
    (best, size) => (Math.abs(size - value) < Math.abs(best - value) ? size : best),
    MIN_FONT_SIZE,
  );
}

function readWordsPerMinute(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.wordsPerMinute;
  return Math.round(Math.min(MAX_WORDS_PER_MINUTE, Math.max(MIN_WORDS_PER_MINUTE, value)));
}

function readVoice(value: unknown): string {
  return typeof value === 'string' && value.length <= MAX_VOICE_NAME ? value : DEFAULT_SETTINGS.speechVoice;
}

function readLineHeight(value: unknown): LineHeight {
  // A browser still on version 1 can write the old name into `sync:` after this one migrated.
  const legacy = typeof value === 'string' ? V1_LINE_HEIGHTS[value] : undefined;
  return legacy ?? oneOf(LINE_HEIGHTS, value, DEFAULT_SETTINGS.lineHeight);
}

/**
 * Stored values come from older versions, other devices (sync) or hand edits: each field is checked on
 * its own, so one bad field falls back to its default without costing the user the others.
 */
export function normalizeSettings(raw: unknown): ReaderSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    fontSize: readFontSize(value.fontSize),
    fontFamily: oneOf(FONT_FAMILIES, value.fontFamily, d.fontFamily),
    lineHeight: readLineHeight(value.lineHeight),
    width: oneOf(WIDTHS, value.width, d.width),
    align: oneOf(ALIGNMENTS, value.align, d.align),
    theme: oneOf(THEMES, value.theme, d.theme),
    speechRate: oneOf(SPEECH_RATES, value.speechRate, d.speechRate),
    speechVoice: readVoice(value.speechVoice),
    wordsPerMinute: readWordsPerMinute(value.wordsPerMinute),
    rememberPosition:
      typeof value.rememberPosition === 'boolean' ? value.rememberPosition : d.rememberPosition,
  };
}

export function migrateV1ToV2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null) return old;
  const value = old as Record<string, unknown>;
  return { ...value, lineHeight: readLineHeight(value.lineHeight) };
}

/** Version 3 adds Listen's speed and voice and the long-read settings, each at its default. */
export function migrateV2ToV3(old: unknown): unknown {
  if (typeof old !== 'object' || old === null) return old;
  const d = DEFAULT_SETTINGS;
  return {
    speechRate: d.speechRate,
    speechVoice: d.speechVoice,
    wordsPerMinute: d.wordsPerMinute,
    rememberPosition: d.rememberPosition,
    ...old,
  };
}

/** Where the settings live, seen the same way from every context (background, options page, reader). */
export interface SettingsStore {
  load(): Promise<ReaderSettings>;
  update(patch: Partial<ReaderSettings>): Promise<ReaderSettings>;
  reset(): Promise<ReaderSettings>;
  watch(onChange: (settings: ReaderSettings) => void): () => void;
}

/**
 * `sync:` so the choice follows the user to their other browsers. Where the browser has no sync area
 * (some Firefox forks, Firefox with sync storage switched off in about:config) the same item lives in `local:`.
 */
export const settingsArea: 'sync' | 'local' = browser.storage?.sync ? 'sync' : 'local';
export const SETTINGS_KEY = 'settings';

/** The next size up or down the scale, staying put at either end. */
export function stepFontSize(current: number, direction: 1 | -1): number {
  const index = FONT_SIZES.findIndex((size) => size >= current);
  const from = index === -1 ? FONT_SIZES.length - 1 : index;
  const to = Math.min(FONT_SIZES.length - 1, Math.max(0, from + direction));
  return FONT_SIZES[to] ?? current;
}
