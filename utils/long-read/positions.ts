import { validateAnchor, type TextAnchor } from './anchor';
import { MAX_KEY_LENGTH, normalizeArticleUrl } from './url';

// Reading positions are data a page's reader sent, kept in storage.local where a hand edit, another
// extension's bug or an old version could have bent them. Everything read from storage or from a message goes
// through these checks: unknown fields dropped, every value in a narrow range, a bad entry dropped and counted.
// Nothing here is executed, parsed as HTML or used as a selector: a quote is compared as a string.

/** The most articles remembered; the one read longest ago goes first. */
export const MAX_POSITIONS = 1000;

/** Where to continue, or "read to the end" (opens at the top). */
export type ReadingPosition = { finished: true } | ({ finished?: undefined } & TextAnchor);

/** As stored: the position and when it was last saved (ms since 1970), which decides what goes first. */
export type StoredPosition = ReadingPosition & { at: number };

/** Normalised article address → its position. */
export type Positions = Record<string, StoredPosition>;

/** Latest time a clock can give (ECMAScript's own limit). */
const MAX_TIME = 8.64e15;

export function validatePosition(raw: unknown): ReadingPosition | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  if ((raw as { finished?: unknown }).finished === true) return { finished: true };
  if ((raw as { finished?: unknown }).finished !== undefined) return null;
  return validateAnchor(raw);
}

function validateStored(raw: unknown): StoredPosition | null {
  const position = validatePosition(raw);
  const at = (raw as { at?: unknown } | null)?.at;
  if (!position || typeof at !== 'number' || !Number.isFinite(at) || at < 0 || at > MAX_TIME) return null;
  return { ...position, at };
}

export function isArticleKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && normalizeArticleUrl(key) === key;
}

/** Keeps the `max` most recent entries. */
export function newest(entries: [string, StoredPosition][], max = MAX_POSITIONS): [string, StoredPosition][] {
  if (entries.length <= max) return entries;
  return [...entries].sort((a, b) => b[1].at - a[1].at).slice(0, max);
}

export interface ValidatedPositions {
  positions: Positions;
  /** Entries that were not valid (or beyond the limit) and were left out. */
  dropped: number;
}

/** The valid part of the stored positions; everything else is left out and counted, never used. */
export function validatePositions(raw: unknown): ValidatedPositions {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { positions: {}, dropped: raw === undefined || raw === null ? 0 : 1 };
  const valid: [string, StoredPosition][] = [];
  let dropped = 0;
  for (const [key, value] of Object.entries(raw)) {
    const position = isArticleKey(key) ? validateStored(value) : null;
    if (position) valid.push([key, position]);
    else dropped++;
  }
  const kept = newest(valid);
  // fromEntries defines own properties: a key such as "__proto__" could never reach a prototype (and is no URL).
  return { positions: Object.fromEntries(kept), dropped: dropped + valid.length - kept.length };
}
