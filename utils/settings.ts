import { storage } from 'wxt/utils/storage';

export const FONT_SIZES = [12, 14, 16, 18, 20, 22, 24, 28, 32, 36, 40] as const;
export const MIN_FONT_SIZE = FONT_SIZES[0];
export const MAX_FONT_SIZE = FONT_SIZES[FONT_SIZES.length - 1] ?? MIN_FONT_SIZE;
export const FONT_FAMILIES = ['serif', 'sans', 'mono', 'system'] as const;
export const LINE_HEIGHTS = ['compact', 'normal', 'loose'] as const;
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;

export interface ReaderSettings {
  fontSize: number;
  fontFamily: (typeof FONT_FAMILIES)[number];
  lineHeight: (typeof LINE_HEIGHTS)[number];
  width: (typeof WIDTHS)[number];
  align: (typeof ALIGNMENTS)[number];
  theme: (typeof THEMES)[number];
}

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  fontSize: 20,
  fontFamily: 'serif',
  lineHeight: 'normal',
  width: 'medium',
  align: 'start',
  theme: 'system',
});

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/**
 * Stored values come from older versions, other devices (sync) or hand edits: each field is checked on
 * its own, so one bad field falls back to its default without costing the user the others.
 */
export function normalizeSettings(raw: unknown): ReaderSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    fontSize: FONT_SIZES.includes(value.fontSize as (typeof FONT_SIZES)[number])
      ? (value.fontSize as number)
      : d.fontSize,
    fontFamily: oneOf(FONT_FAMILIES, value.fontFamily, d.fontFamily),
    lineHeight: oneOf(LINE_HEIGHTS, value.lineHeight, d.lineHeight),
    width: oneOf(WIDTHS, value.width, d.width),
    align: oneOf(ALIGNMENTS, value.align, d.align),
    theme: oneOf(THEMES, value.theme, d.theme),
  };
}

// `sync:` so the choice follows the user to their other browsers; version 1 is the first shape.
export const settingsItem = storage.defineItem<ReaderSettings>('sync:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

export async function loadSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  return settingsItem.watch((raw) => onChange(normalizeSettings(raw)));
}

/** The next size up or down the scale, staying put at either end. */
export function stepFontSize(current: number, direction: 1 | -1): number {
  const index = FONT_SIZES.findIndex((size) => size >= current);
  const from = index === -1 ? FONT_SIZES.length - 1 : index;
  const to = Math.min(FONT_SIZES.length - 1, Math.max(0, from + direction));
  return FONT_SIZES[to] ?? current;
}
