import { parentPort } from 'node:worker_threads';
import { extractAndAudit } from '../../../scripts/harness/extract-node';
import { generatePage } from '../../../scripts/harness/fuzz-generator';

export interface FuzzRequest {
  seed: number;
  index: number;
}

export interface FuzzResult {
  index: number;
  ms: number;
  bytes: number;
  recipe: string[];
  /** extractArticle alone, without jsdom building the page (the browser's work, not the reader's). */
  extractMs: number;
  outcome: 'article' | 'no-article' | 'threw';
  problems: string[];
  error?: string;
}

// Runs in a worker thread so the test can kill a page that hangs instead of hanging itself.
parentPort?.on('message', ({ seed, index }: FuzzRequest) => {
  const page = generatePage(seed, index);
  const started = performance.now();
  let result: Omit<FuzzResult, 'ms'>;
  try {
    const run = extractAndAudit(page.html);
    const outcome = run.extraction.article ? 'article' : 'no-article';
    const { extractMs, problems } = run;
    result = { index, bytes: page.html.length, recipe: page.recipe, extractMs, outcome, problems };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    result = {
      index,
      bytes: page.html.length,
      recipe: page.recipe,
      extractMs: Number.NaN,
      outcome: 'threw',
      problems: [],
      error: message,
    };
  }
  parentPort?.postMessage({ ...result, ms: performance.now() - started } satisfies FuzzResult);
});
