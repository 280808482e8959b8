// Fingerprints say which block a site rule means without storing the block itself: its text (whitespace
// collapsed, cut to a prefix; compared without case) and its CSS path as plain data (tag names and a few class
// tokens). Both survive small page changes — a reworded word, a new paragraph above, an extra class —
// and neither is ever handed to querySelector: matching compares strings, nothing is executed.

import { collapseWhitespace } from '../extract/text';

export interface Fingerprint {
  /** Text prefix, whitespace collapsed; for a block without text, its images' alt texts or file names. */
  text: string;
  /** Segments from the article (or page) root down to the block: `tag` or `tag.class.class`. */
  path: string[];
}

export const MAX_TEXT = 300;
export const MAX_PATH = 32;
const MAX_CLASSES = 2;
/** A class token we keep in a path; anything else (hashes, odd characters) is left out. */
export const CLASS_TOKEN = /^[A-Za-z][\w-]{0,39}$/;
/** A path segment as stored: a lower-case tag name, then at most two class tokens. */
export const PATH_SEGMENT = /^[a-z][a-z0-9-]{0,30}(?:\.[A-Za-z][\w-]{0,39}){0,2}$/;
const TEXT_MATCH = 0.8;
const TEXT_MATCH_SAME_PATH = 0.5;

function fileName(src: string | null): string {
  return (src ?? '').split(/[?#]/)[0]?.split('/').pop() ?? '';
}

export function textKey(el: Element): string {
  const text = collapseWhitespace(el.textContent);
  if (text) return text.slice(0, MAX_TEXT);
  const images = el.localName === 'img' ? [el] : Array.from(el.getElementsByTagName('img'));
  const names = images.map((img) => img.getAttribute('alt')?.trim() || fileName(img.getAttribute('src')));
  return collapseWhitespace(names.filter(Boolean).join(' ')).slice(0, MAX_TEXT);
}

function segment(el: Element): string {
  const classes = Array.from(el.classList)
    .filter((token) => CLASS_TOKEN.test(token))
    .slice(0, MAX_CLASSES);
  return [el.localName, ...classes].join('.');
}

/**
 * The path from `root` (exclusive) down to `el`, at most MAX_PATH segments, nearest ones kept. `parentOf`
 * answers for blocks already taken out of their document (a clutter removal remembers where it sat).
 */
export function cssPath(
  el: Element,
  root: Element | null,
  parentOf: (node: Element) => Element | null = (node) => node.parentElement,
): string[] {
  const path: string[] = [];
  for (let node: Element | null = el; node && node !== root; node = parentOf(node)) {
    path.unshift(segment(node));
  }
  return path.filter((part) => PATH_SEGMENT.test(part)).slice(-MAX_PATH);
}

export function fingerprintOf(el: Element, root: Element | null): Fingerprint {
  return { text: textKey(el), path: cssPath(el, root) };
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(' ').filter(Boolean));
}

/** Dice coefficient of the two texts' word sets: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = words(a);
  const right = words(b);
  if (left.size + right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

function samePath(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/**
 * How well a stored fingerprint fits a block, or -1 when it does not mean this block: nearly the same
 * words, or fairly similar words at the same place; a block without any text only by its exact path.
 */
export function matchScore(stored: Fingerprint, candidate: Fingerprint): number {
  const same = samePath(stored.path, candidate.path);
  if (!stored.text && !candidate.text) return same && stored.path.length > 0 ? 1 : -1;
  const score = similarity(stored.text, candidate.text) + (same ? 0.01 : 0);
  return score >= TEXT_MATCH || (same && score >= TEXT_MATCH_SAME_PATH) ? score : -1;
}

/** The candidate a stored fingerprint fits best (paragraphs alike but for a word must not all match). */
export function bestMatch<T>(
  stored: Fingerprint,
  candidates: T[],
  print: (c: T) => Fingerprint,
): T | undefined {
  let best: T | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = matchScore(stored, print(candidate));
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

const PREVIEW_CHARS = 100;

/** What the panel shows of a block: the start of its text, or `fallback` (image names) when it has none. */
export function previewOf(el: Element, fallback = ''): string {
  const text = collapseWhitespace(el.textContent) || fallback;
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
}
