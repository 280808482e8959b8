import { describe, expect, it } from 'vitest';
import { extractAndAudit } from '../../../scripts/harness/extract-node';
import { allVectors, articlePage } from '../lib/vectors';

const vectors = allVectors('http://127.0.0.1:9');

// Each vector alone in an article body, through the same extractArticle the content script runs.
describe('XSS vectors through extraction (Node, jsdom)', () => {
  it('never yields unsafe reader HTML', () => {
    const unsafe: { id: number; category: string; problems: string[] }[] = [];
    const crashed: { id: number; error: string }[] = [];
    let articles = 0;
    for (const vector of vectors) {
      try {
        const run = extractAndAudit(articlePage([vector], { title: `Vector ${vector.id}` }));
        if (run.extraction.article) articles += 1;
        if (run.problems.length)
          unsafe.push({ id: vector.id, category: vector.category, problems: run.problems });
      } catch (error) {
        crashed.push({ id: vector.id, error: String(error) });
      }
    }
    console.log(
      `[figures] xss-node: vectors tried ${vectors.length} (dompurify ${vectors.filter((v) => v.source === 'dompurify').length}, ` +
        `own ${vectors.filter((v) => v.source === 'own').length}), articles ${articles}, unsafe outputs ${unsafe.length}, ` +
        `extraction errors ${crashed.length}`,
    );
    expect(vectors.length).toBeGreaterThan(600);
    expect(crashed).toEqual([]);
    expect(unsafe).toEqual([]);
    // A vector page that yields no article tests nothing: nearly all of them must reach the reader.
    expect(articles).toBeGreaterThan(vectors.length * 0.95);
  });
});
