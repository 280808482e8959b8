// Scores of one bench:extract run, each data set with its own metric, and the tables printed from them.
import type { BenchPage, DatasetKind } from './extract-datasets';
import type { ExtractorName, WorkerAnswer } from './extract-worker';
import { countMatches, macroScores, pagePrecision, pageRecall, type PageCounts } from './metric';
import { snippetRate, wordF1 } from './extract-wcxb-metric';
import { median } from './stats';

export interface PageScore {
  precision: number;
  recall: number;
  f1: number;
  /** Nothing extracted ("No article was found" or an error). */
  empty: boolean;
  ms: number | null;
  withRate?: number;
  withoutRate?: number;
  counts?: PageCounts;
}

export interface PageResult {
  dataset: string;
  kind: DatasetKind;
  id: string;
  type: string;
  site: string;
  url: string;
  scores: Partial<Record<ExtractorName, PageScore>>;
  errors: Partial<Record<ExtractorName, string>>;
}

export interface Row {
  extractor: ExtractorName;
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  empty: number;
  withRate?: number;
  withoutRate?: number;
  totalMs: number;
  medianMs: number;
}

export function scorePage(page: BenchPage, kind: DatasetKind, answer: WorkerAnswer): PageResult {
  const truth = page.truth ?? answer.truthText ?? '';
  const scores: PageResult['scores'] = {};
  for (const [name, text = ''] of Object.entries(answer.texts) as [ExtractorName, string | undefined][]) {
    const ms = answer.ms[name] ?? null;
    const empty = text.trim() === '';
    if (kind === 'wcxb') {
      scores[name] = {
        ...wordF1(text, truth),
        empty,
        ms,
        withRate: snippetRate(text, page.with ?? []),
        withoutRate: snippetRate(text, page.without ?? []),
      };
    } else {
      const counts = countMatches(truth, text);
      const precision = pagePrecision(counts) ?? 0;
      const recall = pageRecall(counts) ?? 0;
      const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
      scores[name] = { precision, recall, f1, empty, ms, counts };
    }
  }
  return {
    dataset: page.dataset,
    kind,
    id: page.id,
    type: page.type,
    site: page.site,
    url: page.url,
    scores,
    errors: answer.errors,
  };
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** One row per extractor: WCXB means over pages; the scrapinghub metric's F1 of the mean P and mean R. */
export function summarize(results: PageResult[], kind: DatasetKind, extractors: ExtractorName[]): Row[] {
  const rows: Row[] = [];
  for (const extractor of extractors) {
    const scores = results.map((r) => r.scores[extractor]).filter((s): s is PageScore => !!s);
    if (scores.length === 0) continue;
    const ms = scores.map((s) => s.ms).filter((x): x is number => x !== null);
    const base = {
      extractor,
      pages: scores.length,
      empty: scores.filter((s) => s.empty).length,
      totalMs: ms.reduce((a, b) => a + b, 0),
      // An extractor that failed on every page has no times: 0, as its error count says why.
      medianMs: ms.length ? median(ms) : 0,
    };
    if (kind === 'wcxb') {
      rows.push({
        ...base,
        precision: mean(scores.map((s) => s.precision)),
        recall: mean(scores.map((s) => s.recall)),
        f1: mean(scores.map((s) => s.f1)),
        withRate: mean(scores.map((s) => s.withRate ?? 1)),
        withoutRate: mean(scores.map((s) => s.withoutRate ?? 0)),
      });
    } else {
      rows.push({ ...base, ...macroScores(scores.map((s) => s.counts ?? { tp: 0, fp: 0, fn: 0 })) });
    }
  }
  return rows;
}

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number | undefined) => (x === undefined ? '' : `${(100 * x).toFixed(1)}%`);

export function formatRows(title: string, rows: Row[], recallOnly: boolean): string[] {
  const lines = [title];
  lines.push(
    recallOnly
      ? '  extractor     recall  empty  total s  median ms'
      : '  extractor     P      R      F1     with    without  empty  total s  median ms',
  );
  for (const r of rows) {
    const time = `${(r.totalMs / 1000).toFixed(1).padStart(7)}  ${r.medianMs.toFixed(0).padStart(9)}`;
    lines.push(
      recallOnly
        ? `  ${r.extractor.padEnd(13)} ${f3(r.recall)}   ${String(r.empty).padStart(5)}  ${time}`
        : `  ${r.extractor.padEnd(13)} ${f3(r.precision)}  ${f3(r.recall)}  ${f3(r.f1)}  ` +
            `${pct(r.withRate).padStart(6)}  ${pct(r.withoutRate).padStart(7)}  ${String(r.empty).padStart(5)}  ${time}`,
    );
  }
  return lines;
}

/** Pages where Lectern trails bare Readability most (per-page F1; recall on Readability's own pages). */
export function worstPages(results: PageResult[], kind: DatasetKind, count: number) {
  const measure = (s: PageScore | undefined) => (s ? (kind === 'readability' ? s.recall : s.f1) : 0);
  return results
    .filter((r) => r.scores.ours && r.scores.readability)
    .map((r) => ({
      id: r.id,
      type: r.type,
      site: r.site,
      ours: measure(r.scores.ours),
      readability: measure(r.scores.readability),
      delta: measure(r.scores.ours) - measure(r.scores.readability),
    }))
    .filter((r) => r.delta < 0)
    .sort((a, b) => a.delta - b.delta)
    .slice(0, count);
}
