import { collapseWhitespace } from '../extract/text';

// A reading position is a place in the text, never a pixel offset: the same article is laid out anew at every
// window width, font size, line height and column width, and a page may gain or lose a paragraph between two
// visits (a correction above, an advertisement block gone). The block's index says where to look first; its
// quote says whether that is still the same block, and finds it again when it moved.

/** How much of the block's text identifies it: enough to tell paragraphs apart, short enough to store 1,000. */
export const QUOTE_LENGTH = 64;
/** Far above any real article's blocks or a block's characters; larger numbers are not a position. */
export const MAX_BLOCK_INDEX = 100_000;
export const MAX_OFFSET = 1_000_000;

export interface TextAnchor {
  /** Index of the block among the article's reading blocks (utils/long-read/blocks.ts). */
  block: number;
  /** The start of the block's text, whitespace collapsed. */
  quote: string;
  /** Characters of the block's text before the first line in view (0: the block's top). */
  offset: number;
}

/** The quote that identifies a block with this text. */
export function quoteOf(text: string | null | undefined): string {
  return collapseWhitespace(text).slice(0, QUOTE_LENGTH).trimEnd();
}

export function isQuote(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= QUOTE_LENGTH &&
    quoteOf(value) === value &&
    // No control characters: a quote is shown nowhere, but it is text and nothing else.
    !/[\u0000-\u001f\u007f]/.test(value)
  );
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

/** A valid copy of `raw` (unknown fields left out), or null. */
export function validateAnchor(raw: unknown): TextAnchor | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { block, quote, offset } = raw as Record<string, unknown>;
  if (!isCount(block, MAX_BLOCK_INDEX) || !isCount(offset, MAX_OFFSET) || !isQuote(quote)) return null;
  return { block, quote, offset };
}

/**
 * Where the anchored block is now, given every block's quote in order: the block at the stored index when it
 * still starts with the quote, else the block with that quote nearest to the stored index (a paragraph added
 * or removed above moves it by a few), else null: the text changed, and the reader says so.
 */
export function refindBlock(quotes: readonly string[], anchor: TextAnchor): number | null {
  if (quotes[anchor.block] === anchor.quote) return anchor.block;
  let best: number | null = null;
  for (let index = 0; index < quotes.length; index++) {
    if (quotes[index] !== anchor.quote) continue;
    if (best === null || Math.abs(index - anchor.block) < Math.abs(best - anchor.block)) best = index;
  }
  return best;
}
