import { readFileSync } from 'node:fs';
import { ownVectors } from '../vectors/own-vectors';

export interface Vector {
  /** Stable number: the sentinel and the beacon report it. */
  id: number;
  source: 'dompurify' | 'own';
  category: string;
  payload: string;
}

interface DomPurifyEntry {
  title: string;
  payload: string;
}

const DOMPURIFY_FILE = new URL('../vectors/dompurify-vectors.json', import.meta.url);

/** DOMPurify's published vectors (they report through alert(), which the browser tests see as dialogs). */
function domPurifyVectors(): Omit<Vector, 'id'>[] {
  const entries = JSON.parse(readFileSync(DOMPURIFY_FILE, 'utf8')) as DomPurifyEntry[];
  return entries.map((entry) => ({ source: 'dompurify', category: entry.title, payload: entry.payload }));
}

/** Every vector with its placeholders filled: `$X` calls `sentinel(id, this)`, `{{BEACON}}` is `beacon/<id>`. */
export function allVectors(beaconBase: string, sentinel = '__xss'): Vector[] {
  const own = ownVectors().map((vector) => ({ source: 'own' as const, ...vector }));
  return [...domPurifyVectors(), ...own].map((vector, id) => ({
    ...vector,
    id,
    payload: vector.payload
      .replaceAll('$X', `${sentinel}(${id},this)`)
      .replaceAll('{{BEACON}}', `${beaconBase}/beacon/${id}`),
  }));
}

const FILLER =
  'The council met on Tuesday to discuss the budget for the coming year, and members agreed that the ' +
  'library, the parks and the bus routes would all keep their funding, while the new bridge would wait.';

/**
 * An article page holding `vectors`, each inside a paragraph of ordinary prose and followed by a marker
 * paragraph (`id="mk-<id>"`): a marker missing from the parsed page shows the vector swallowed the rest.
 */
export function articlePage(vectors: Vector[], options: { title: string; head?: string }): string {
  const sections = vectors
    .map(
      (vector) =>
        `<p>${FILLER} Vector ${vector.id} follows. ${vector.payload} ${FILLER}</p>\n` +
        `<p id="mk-${vector.id}">${FILLER} End of vector ${vector.id}.</p>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${options.title}</title>${options.head ?? ''}</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>${options.title}</h1>
<p class="byline">By A. Reporter</p>
<p>${FILLER} ${FILLER}</p>
${sections}
<p>${FILLER} ${FILLER}</p>
</article></main>
<footer><p>Copyright</p></footer>
</body></html>`;
}
