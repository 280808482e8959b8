// Benchmark (not a test): our extraction vs bare Readability vs Defuddle on saved pages, scored with the
// article-extraction-benchmark metric. Usage:
//   npm run bench:extract -- --data DIR [--data DIR2] [--only ours,readability] [--dump] [--filter ID]
// DIR is either the article-extraction-dev layout (ground-truth.json + html/<id>.html.gz) or Readability's
// test-pages layout (<slug>/source.html + expected.html, whose "truth" is Readability's own output).
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { extractArticle } from '../utils/extract';
import { sanitizeHtml } from '../utils/sanitize';
import {
  countMatches,
  macroScores,
  pagePrecision,
  pageRecall,
  type PageCounts,
  type Scores,
} from './bench/metric';
import { htmlToText } from './bench/html-to-text';
import { median, p95 } from './bench/stats';
import { exitWithUsage } from './lib/usage';

const READABILITY_TEST_URL = 'http://fakehost/test/page.html';
const EXTRACTORS = ['ours', 'readability', 'defuddle'] as const;
type ExtractorName = (typeof EXTRACTORS)[number];

interface Page {
  id: string;
  url: string;
  html: () => string;
  truth: () => string;
}

interface PageResult {
  id: string;
  counts: Partial<Record<ExtractorName, PageCounts>>;
  ms: Partial<Record<ExtractorName, number>>;
  errors: Partial<Record<ExtractorName, string>>;
}

const USAGE = 'npm run bench:extract -- --data DIR [--data DIR] [--only a,b] [--dump] [--filter ID]';
function usage(problem: string): never {
  return exitWithUsage('bench:extract', problem, USAGE);
}

function parseArgs(argv: string[]) {
  const data: string[] = [];
  let only: ExtractorName[] = [...EXTRACTORS];
  let dump = false;
  let filter: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') data.push(argv[++i] ?? '');
    else if (arg === '--only') only = (argv[++i] ?? '').split(',') as ExtractorName[];
    else if (arg === '--dump') dump = true;
    else if (arg === '--filter') filter = argv[++i] ?? null;
    else usage(`unknown argument ${arg}`);
  }
  if (data.length === 0) usage('--data DIR is required');
  const missing = data.find((dir) => !existsSync(dir));
  if (missing !== undefined) usage(`no such folder: ${missing}`);
  const unknown = only.find((name) => !EXTRACTORS.includes(name));
  if (unknown !== undefined) usage(`--only takes ${EXTRACTORS.join(', ')}, not ${unknown}`);
  return { data, only, dump, filter };
}

function loadPages(dir: string): { kind: 'benchmark' | 'readability-pages'; pages: Page[] } {
  const truthFile = join(dir, 'ground-truth.json');
  if (existsSync(truthFile)) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<
      string,
      { articleBody: string; url: string }
    >;
    const pages = Object.entries(truth).map(([id, entry]) => ({
      id,
      url: entry.url,
      html: () => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
      truth: () => entry.articleBody,
    }));
    return { kind: 'benchmark', pages };
  }
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.html')))
    .map((d) => d.name)
    .sort();
  const pages = slugs.map((slug) => ({
    id: slug,
    url: READABILITY_TEST_URL,
    html: () => readFileSync(join(dir, slug, 'source.html'), 'utf8'),
    truth: () => readFileSync(join(dir, slug, 'expected.html'), 'utf8'),
  }));
  return { kind: 'readability-pages', pages };
}

function runExtractor(name: ExtractorName, doc: Document, url: string): string {
  switch (name) {
    case 'ours': {
      const result = extractArticle(doc, url);
      return result.article ? result.article.content : '';
    }
    case 'readability': {
      // The reference cost of issue 3: clone + Readability + DOMPurify.
      const parsed = new Readability(doc.cloneNode(true) as Document).parse();
      return parsed?.content ? sanitizeHtml(parsed.content, doc.defaultView as never) : '';
    }
    case 'defuddle': {
      const parsed = new Defuddle(doc.cloneNode(true) as Document, { url, useAsync: false }).parse();
      return parsed.content ?? '';
    }
  }
}

function pageF1(c: PageCounts | undefined): number {
  if (!c) return 0;
  const p = pagePrecision(c) ?? 0;
  const r = pageRecall(c) ?? 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function benchDir(dir: string, only: ExtractorName[], dump: boolean, filter: string | null) {
  const { kind, pages } = loadPages(dir);
  const results: PageResult[] = [];
  const dumpDir = join('.bench', 'pages', basename(dir));
  if (dump) mkdirSync(dumpDir, { recursive: true });
  for (const page of pages) {
    if (filter && !page.id.startsWith(filter)) continue;
    const result: PageResult = { id: page.id, counts: {}, ms: {}, errors: {} };
    let dom: JSDOM | null = null;
    try {
      dom = new JSDOM(page.html(), { url: page.url });
      const parser = new dom.window.DOMParser();
      const truthText = kind === 'benchmark' ? page.truth() : htmlToText(page.truth(), parser);
      if (dump) writeFileSync(join(dumpDir, `${page.id}.truth.txt`), truthText);
      // Alternate the order per page so neither extractor always pays for a cold cache or a pending GC.
      const order = results.length % 2 ? [...only].reverse() : only;
      for (const name of order) {
        try {
          const start = performance.now();
          const html = runExtractor(name, dom.window.document, page.url);
          result.ms[name] = performance.now() - start;
          const text = htmlToText(html, parser);
          if (dump) writeFileSync(join(dumpDir, `${page.id}.${name}.txt`), text);
          result.counts[name] = countMatches(truthText, text);
        } catch (error) {
          result.errors[name] = String(error);
          result.counts[name] = countMatches(truthText, '');
        }
      }
    } catch (error) {
      for (const name of only) result.errors[name] = `page failed to load: ${String(error)}`;
    } finally {
      dom?.window.close();
    }
    results.push(result);
  }
  return { kind, results };
}

function summarize(results: PageResult[], only: ExtractorName[]) {
  const table: Partial<Record<ExtractorName, Scores & { medianMs: number; p95Ms: number; errors: number }>> =
    {};
  for (const name of only) {
    const counts = results.map((r) => r.counts[name]).filter((c): c is PageCounts => !!c);
    const ms = results.map((r) => r.ms[name]).filter((x): x is number => x !== undefined);
    table[name] = {
      ...macroScores(counts),
      // An extractor that failed on every page has no times: 0, as its error count says why.
      medianMs: ms.length ? median(ms) : 0,
      p95Ms: ms.length ? p95(ms) : 0,
      errors: results.filter((r) => r.errors[name]).length,
    };
  }
  return table;
}

function losersVsReadability(results: PageResult[]) {
  return results
    .map((r) => ({
      id: r.id,
      oursF1: pageF1(r.counts.ours),
      readabilityF1: pageF1(r.counts.readability),
      oursRecall: r.counts.ours ? (pageRecall(r.counts.ours) ?? 0) : 0,
      readabilityRecall: r.counts.readability ? (pageRecall(r.counts.readability) ?? 0) : 0,
    }))
    .map((r) => ({ ...r, delta: r.oursF1 - r.readabilityF1 }))
    .sort((a, b) => a.delta - b.delta);
}

const fmt = (x: number) => x.toFixed(3);

function main() {
  const { data, only, dump, filter } = parseArgs(process.argv.slice(2));
  const report: Record<string, unknown> = { date: new Date().toISOString(), runs: [] as unknown[] };
  for (const dir of data) {
    const { kind, results } = benchDir(dir, only, dump, filter);
    const table = summarize(results, only);
    console.log(`\n${dir} (${kind}, ${results.length} pages)`);
    console.log('extractor     precision  recall  F1     median ms  p95 ms  errors');
    for (const name of only) {
      const row = table[name];
      if (!row) continue;
      console.log(
        `${name.padEnd(13)} ${fmt(row.precision).padEnd(10)} ${fmt(row.recall).padEnd(7)} ${fmt(row.f1).padEnd(6)} ` +
          `${row.medianMs.toFixed(1).padEnd(10)} ${row.p95Ms.toFixed(1).padEnd(7)} ${row.errors}`,
      );
    }
    const losers = only.includes('ours') && only.includes('readability') ? losersVsReadability(results) : [];
    const worst = losers.filter((l) => l.delta < 0).slice(0, 10);
    if (worst.length) {
      console.log(
        'pages where ours loses to Readability (F1 ours / readability, recall ours / readability):',
      );
      for (const l of worst)
        console.log(
          `  ${l.id.slice(0, 16).padEnd(17)} ${fmt(l.oursF1)} / ${fmt(l.readabilityF1)}   ` +
            `${fmt(l.oursRecall)} / ${fmt(l.readabilityRecall)}`,
        );
    }
    (report.runs as unknown[]).push({ dir, kind, table, losers, results });
  }
  mkdirSync('.bench', { recursive: true });
  const file = join('.bench', `extract-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 1));
  console.log(`\nreport: ${file}`);
}

main();
