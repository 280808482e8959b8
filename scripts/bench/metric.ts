// The scrapinghub article-extraction-benchmark metric (its evaluate.py), reproduced exactly as
// /work/shared/datasets/README.md describes it: token 4-gram shingles, multiset match per page,
// macro precision/recall over pages, F1 of the two means.

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const size = Math.min(SHINGLE_SIZE, tokens.length);
  for (let i = 0; i + size <= tokens.length; i++) {
    const key = tokens.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function countMatches(expected: string, predicted: string): PageCounts {
  const truth = shingles(expected);
  const guess = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of guess) {
    const m = truth.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of truth) fn += Math.max(0, m - (guess.get(key) ?? 0));
  return { tp, fp, fn };
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function pagePrecision({ tp, fp }: PageCounts): number | null {
  return tp + fp > 0 ? tp / (tp + fp) : null;
}

export function pageRecall({ tp, fn }: PageCounts): number | null {
  return tp + fn > 0 ? tp / (tp + fn) : null;
}

export function macroScores(pages: PageCounts[]): Scores {
  const precision = mean(pages.map(pagePrecision).filter((x): x is number => x !== null));
  const recall = mean(pages.map(pageRecall).filter((x): x is number => x !== null));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
