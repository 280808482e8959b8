// A file name from the article's title that every desktop system accepts as it is: Windows forbids
// <>:"/\|?* and control characters, reserves CON, PRN, AUX, NUL, COM1-9 and LPT1-9 (with any extension) and
// drops trailing dots and spaces; Linux and macOS file systems allow 255 bytes a name, some encrypted home
// folders about 140. Letters of every script (Korean included) are kept.

/** Bytes of UTF-8 for the whole name, extension included: under eCryptfs's 143, with room for " (1)". */
export const MAX_NAME_BYTES = 136;
const FALLBACK = 'article';

const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Invisible characters that reorder or hide text: a right-to-left override can make "gpj.exe" read "exe.jpg".
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

/** Whole characters (grapheme clusters: a Korean syllable, an emoji with its modifiers) of `text`. */
function characters(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl)
    return Array.from(
      new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
      (s) => s.segment,
    );
  return Array.from(text);
}

/** At most `maxBytes` of `text`, cut between words when one ends in the last half, else between characters. */
function truncateToBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let out = '';
  for (const char of characters(text)) {
    if (byteLength(out + char) > maxBytes) break;
    out += char;
  }
  const lastSpace = out.lastIndexOf(' ');
  return lastSpace > out.length / 2 ? out.slice(0, lastSpace) : out;
}

/** Leading dots hide a file on Linux and macOS; trailing dots and spaces vanish on Windows. */
function trimEnds(text: string): string {
  return text.replace(/^[\s.]+|[\s.]+$/g, '');
}

/** `title` as a safe file name ending in `.extension`. */
export function fileNameFor(title: string, extension: string): string {
  const suffix = `.${extension}`;
  let base = title
    .normalize('NFC')
    .replace(INVISIBLE, ' ')
    .replace(/\s*:\s+/g, ' - ')
    .replace(/[/\\|:]/g, '-')
    .replace(/"/g, "'")
    .replace(/[<>?*]/g, ' ')
    .replace(/\s+/g, ' ');
  const limit = MAX_NAME_BYTES - byteLength(suffix);
  base = trimEnds(truncateToBytes(trimEnds(base), limit));
  if (!base) base = FALLBACK;
  if (RESERVED.test(base.split('.')[0]!.trim())) base = `_${trimEnds(truncateToBytes(base, limit - 1))}`;
  return base + suffix;
}
