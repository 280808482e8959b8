// The pages bench:speed serves: the data set's, ungzipped, and the reference page grown to several sizes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Options } from './speed-options';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REFERENCE_PAGE = join(ROOT, 'tests/fixtures/news--korea-times-reference/source.html');
const SCALES = [1, 10, 100];

/** The data set, ungzipped into a folder the test server can mount. */
export function unpackPages(
  dataDir: string,
  into: string,
  { limit, only }: Pick<Options, 'limit' | 'only'>,
): { id: string; url: string }[] {
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string }
  >;
  const ids = Object.keys(truth)
    .sort()
    .filter((id) => only.length === 0 || only.some((prefix) => id.startsWith(prefix)));
  const chosen = limit > 0 ? ids.slice(0, limit) : ids;
  mkdirSync(join(into, 'pages'), { recursive: true });
  for (const id of chosen) {
    const html = gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`)));
    writeFileSync(join(into, 'pages', `${id}.html`), html);
  }
  return chosen.map((id) => ({ id, url: truth[id]!.url }));
}

/**
 * The reference page grown to `scale` times its size by repeating its story's paragraphs (numbered, so no
 * two copies are the same text). The clutter around the story stays as it is.
 */
function scaledReferencePage(source: string, scale: number): string {
  const start = source.indexOf('<p>Top diplomats');
  const end = source.indexOf('</div>', source.lastIndexOf('<p>Earlier in the day'));
  if (start < 0 || end < 0) throw new Error('the reference page changed: its story was not found');
  const story = source.slice(start, end);
  const target = source.length * scale;
  const copies: string[] = [];
  for (let n = 2; source.length + copies.join('').length < target; n++) {
    copies.push(story.replace(/<p>/g, `<p>(${n}) `));
  }
  return source.slice(0, end) + copies.join('') + source.slice(end);
}

export function writeScaledPages(into: string): { scale: number; bytes: number }[] {
  const source = readFileSync(REFERENCE_PAGE, 'utf8');
  mkdirSync(join(into, 'scale'), { recursive: true });
  return SCALES.map((scale) => {
    const html = scaledReferencePage(source, scale);
    writeFileSync(join(into, 'scale', `${scale}x.html`), html);
    return { scale, bytes: Buffer.byteLength(html) };
  });
}
