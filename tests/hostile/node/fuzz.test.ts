import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { FuzzResult } from '../lib/fuzz-worker';

const PAGES = Number(process.env.FUZZ_PAGES ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 6);
// A hang detector, well above the slowest page seen (about 30 s for jsdom to build a 9,000-deep page on a
// loaded 2-core machine; extraction itself stays far below): a page past it counts as a hang.
const PAGE_LIMIT_MS = 60_000;

interface Failure {
  index: number;
  why: string;
  recipe?: string[];
}

class FuzzRunner {
  private worker = this.spawn();

  private spawn(): Worker {
    // jsdom attaches and detaches subtrees recursively: 9,000-deep trees need a deeper stack than the default.
    return new Worker(new URL('../lib/fuzz-worker-entry.mjs', import.meta.url), {
      resourceLimits: { stackSizeMb: 256 },
    });
  }

  /** The page's result, or a failure reason when the worker hung past the limit or died. */
  run(index: number): Promise<FuzzResult | string> {
    return new Promise((resolve) => {
      const done = (value: FuzzResult | string) => {
        clearTimeout(timer);
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
        resolve(value);
      };
      const restart = async (why: string) => {
        await this.worker.terminate();
        this.worker = this.spawn();
        done(why);
      };
      const onMessage = (result: FuzzResult) => done(result);
      const onError = (error: Error) => void restart(`worker died: ${error.message}`);
      const timer = setTimeout(() => void restart(`hung for more than ${PAGE_LIMIT_MS} ms`), PAGE_LIMIT_MS);
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      this.worker.postMessage({ seed: SEED, index });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

describe('fuzzed HTML through extraction (Node, jsdom)', () => {
  it(`${PAGES} seeded adversarial pages: no throw, no hang, every output passes the invariants`, async () => {
    const runner = new FuzzRunner();
    const failures: Failure[] = [];
    const times: number[] = [];
    let maxExtractMs = 0;
    let articles = 0;
    let bytes = 0;
    try {
      for (let index = 0; index < PAGES; index++) {
        const result = await runner.run(index);
        if (typeof result === 'string') {
          failures.push({ index, why: result });
          continue;
        }
        times.push(result.ms);
        if (result.extractMs > maxExtractMs) maxExtractMs = result.extractMs;
        bytes += result.bytes;
        if (result.outcome === 'article') articles += 1;
        if (result.outcome === 'threw')
          failures.push({ index, why: `threw ${result.error}`, recipe: result.recipe });
        if (result.problems.length)
          failures.push({
            index,
            why: `unsafe: ${result.problems.slice(0, 5).join('; ')}`,
            recipe: result.recipe,
          });
      }
    } finally {
      await runner.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `[figures] fuzz: seed ${SEED}, pages ${PAGES}, failures ${failures.length}, articles ${articles}, ` +
        `${(bytes / 1e6).toFixed(0)} MB of HTML, per page ms p50 ${percentile(sorted, 0.5).toFixed(0)} ` +
        `p99 ${percentile(sorted, 0.99).toFixed(0)} max ${(sorted.at(-1) ?? 0).toFixed(0)} (jsdom parsing included); ` +
        `extractArticle alone max ${maxExtractMs.toFixed(0)} ms`,
    );
    expect(failures).toEqual([]);
    expect(times.length).toBe(PAGES);
  }, 1_800_000);
});
