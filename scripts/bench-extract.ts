// Benchmark (not a test): Lectern beside bare Readability (and Defuddle, --defuddle) on every development set in
// one run, each scored with its own metric (scripts/bench/extract-*.ts). Usage:
//   npm run bench:extract -- [--datasets DIR] [--data DIR]... [--defuddle] [--only ours,readability]
//                            [--type forum,documentation] [--filter ID] [--workers 1|2] [--dump]
// --datasets holds article-extraction-dev, wcxb-dev and readability-test-pages (default ../shared/datasets);
// --data names single sets instead. Pages run in worker processes (2 by default: the machines have 2 cores).
// Prints a table per set (WCXB per page type), the pages where Lectern trails Readability most, the summed
// extraction time, and writes everything, page by page, to .bench/extract-<date>.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineWorker } from './lib/extract-page';
import { exitWithUsage } from './lib/usage';
import { loadDataset, type BenchPage, type Dataset } from './bench/extract-datasets';
import { EXTRACTORS, type ExtractorName, type WorkerAnswer, type WorkerTask } from './bench/extract-worker';
import { formatRows, scorePage, summarize, worstPages, type PageResult } from './bench/extract-score';

const DEFAULT_SETS = ['article-extraction-dev', 'wcxb-dev', 'readability-test-pages'];
const PAGE_TIMEOUT_MS = 120_000;
const WCXB_TYPES = ['article', 'documentation', 'forum', 'service', 'listing', 'product', 'collection'];
const USAGE =
  'npm run bench:extract -- [--datasets DIR] [--data DIR]... [--defuddle] [--only a,b] [--type t,u] ' +
  '[--filter ID] [--workers 1|2] [--dump]';

function usage(problem: string): never {
  return exitWithUsage('bench:extract', problem, USAGE);
}

interface Options {
  dirs: string[];
  extractors: ExtractorName[];
  types: string[] | null;
  filter: string | null;
  workers: number;
  dump: boolean;
}

function parseArgs(argv: string[]): Options {
  let datasets = resolve('../shared/datasets');
  const data: string[] = [];
  let extractors: ExtractorName[] = ['ours', 'readability'];
  let defuddle = false;
  let types: string[] | null = null;
  let filter: string | null = null;
  let workers = 2;
  let dump = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--datasets') datasets = resolve(argv[++i] ?? '');
    else if (arg === '--data') data.push(resolve(argv[++i] ?? ''));
    else if (arg === '--defuddle') defuddle = true;
    else if (arg === '--only') extractors = (argv[++i] ?? '').split(',') as ExtractorName[];
    else if (arg === '--type') types = (argv[++i] ?? '').split(',');
    else if (arg === '--filter') filter = argv[++i] ?? null;
    else if (arg === '--workers') workers = Number(argv[++i]);
    else if (arg === '--dump') dump = true;
    else usage(`unknown argument ${arg}`);
  }
  if (defuddle && !extractors.includes('defuddle')) extractors.push('defuddle');
  const unknown = extractors.find((name) => !EXTRACTORS.includes(name));
  if (unknown !== undefined) usage(`--only takes ${EXTRACTORS.join(', ')}, not ${unknown}`);
  if (!(workers === 1 || workers === 2)) usage('--workers takes 1 or 2');
  const dirs = data.length ? data : DEFAULT_SETS.map((set) => join(datasets, set));
  const missing = dirs.find((dir) => !existsSync(dir));
  if (missing !== undefined) usage(`no such folder: ${missing} (pass --datasets DIR or --data DIR)`);
  return { dirs, extractors, types, filter, workers, dump };
}

/** Runs every page through the worker pool; answers come back in page order. */
async function runPages(
  pages: BenchPage[],
  extractors: ExtractorName[],
  workers: number,
): Promise<(WorkerAnswer | null)[]> {
  const script = fileURLToPath(new URL('./bench/extract-worker.ts', import.meta.url));
  const pool = Array.from({ length: workers }, () => new LineWorker(script, ['--worker'], PAGE_TIMEOUT_MS));
  const answers: (WorkerAnswer | null)[] = new Array<WorkerAnswer | null>(pages.length).fill(null);
  let next = 0;
  let done = 0;
  await Promise.all(
    pool.map(async (worker) => {
      while (next < pages.length) {
        const index = next++;
        const page = pages[index]!;
        // Alternate the order per page so neither extractor always pays for a cold cache or a pending GC.
        const order = index % 2 ? [...extractors].reverse() : extractors;
        const task: WorkerTask = { file: page.file, url: page.url, extractors: order };
        if (page.truthHtmlFile) task.truthHtmlFile = page.truthHtmlFile;
        const line = await worker.run(task);
        answers[index] = line ? (JSON.parse(line) as WorkerAnswer) : null;
        if (++done % 100 === 0) process.stderr.write(`  ${done}/${pages.length} pages\n`);
      }
      worker.stop();
    }),
  );
  return answers;
}

const f3 = (x: number) => x.toFixed(3);

function typeTable(results: PageResult[], extractors: ExtractorName[]): string[] {
  const lines = [
    `  ${'type'.padEnd(14)} ${'pages'.padStart(5)}  ` +
      extractors.map((e) => `${e} F1 (P / R)`.padEnd(29)).join('') +
      'empty ' +
      extractors.join('/'),
  ];
  const types = [...WCXB_TYPES, ...new Set(results.map((r) => r.type))].filter(
    (t, i, all) => all.indexOf(t) === i && results.some((r) => r.type === t),
  );
  for (const type of [...types, 'all']) {
    const subset = type === 'all' ? results : results.filter((r) => r.type === type);
    const rows = summarize(subset, 'wcxb', extractors);
    lines.push(
      `  ${type.padEnd(14)} ${String(subset.length).padStart(5)}  ` +
        rows.map((r) => `${f3(r.f1)} (${f3(r.precision)} / ${f3(r.recall)})`.padEnd(29)).join('') +
        rows.map((r) => r.empty).join('/'),
    );
  }
  return lines;
}

function dumpTexts(dataset: Dataset, pages: BenchPage[], answers: (WorkerAnswer | null)[]): void {
  const dir = join('.bench', 'pages', dataset.name);
  mkdirSync(dir, { recursive: true });
  const predictions: Record<string, Record<string, string>> = {};
  pages.forEach((page, i) => {
    const answer = answers[i];
    writeFileSync(join(dir, `${page.id}.truth.txt`), page.truth ?? answer?.truthText ?? '');
    for (const [name, text = ''] of Object.entries(answer?.texts ?? {})) {
      writeFileSync(join(dir, `${page.id}.${name}.txt`), text);
      (predictions[name] ??= {})[page.id] = text;
    }
  });
  // In evaluate.py's --results format, to check the port of its metric against it.
  for (const [name, byId] of Object.entries(predictions))
    writeFileSync(join(dir, `predictions.${name}.json`), JSON.stringify(byId));
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { extractors } = options;
  const report = { date: new Date().toISOString(), extractors, datasets: [] as unknown[] };
  const time: Partial<Record<ExtractorName, number>> = {};
  for (const dir of options.dirs) {
    const dataset = loadDataset(dir);
    const pages = dataset.pages.filter(
      (p) =>
        (!options.filter || p.id.startsWith(options.filter)) &&
        (!options.types || dataset.kind !== 'wcxb' || options.types.includes(p.type)),
    );
    if (pages.length === 0) continue;
    const answers = await runPages(pages, extractors, options.workers);
    if (options.dump) dumpTexts(dataset, pages, answers);
    const results = pages.map((page, i) =>
      scorePage(page, dataset.kind, answers[i] ?? { texts: {}, ms: {}, errors: {} }),
    );
    const rows = summarize(results, dataset.kind, extractors);
    for (const row of rows) time[row.extractor] = (time[row.extractor] ?? 0) + row.totalMs;
    const crashed = answers.filter((a) => a === null).length;
    console.log('');
    const metric = {
      scrapinghub: 'shingle P/R/F1',
      wcxb: 'WCXB word P/R/F1, means over pages',
      readability: "shingle recall against Readability's output",
    }[dataset.kind];
    for (const line of formatRows(
      `${dataset.name} (${pages.length} pages, ${metric}${crashed ? `, ${crashed} crashed` : ''})`,
      rows,
      dataset.kind === 'readability',
    ))
      console.log(line);
    if (dataset.kind === 'wcxb') for (const line of typeTable(results, extractors)) console.log(line);
    const worst = worstPages(results, dataset.kind, 10);
    if (worst.length) {
      console.log('  pages where Lectern trails Readability most (ours / readability):');
      for (const w of worst)
        console.log(
          `    ${w.id.slice(0, 16).padEnd(17)} ${w.type.padEnd(14)} ${f3(w.ours)} / ${f3(w.readability)}  ${w.site}`,
        );
    }
    report.datasets.push({ name: dataset.name, kind: dataset.kind, rows, worst, results });
  }
  const ours = time.ours;
  const readability = time.readability;
  if (ours !== undefined && readability !== undefined) {
    console.log(
      `\nextraction time summed over all pages (jsdom): Lectern ${(ours / 1000).toFixed(1)} s, ` +
        `Readability + DOMPurify ${(readability / 1000).toFixed(1)} s (${(ours / readability).toFixed(2)}×)`,
    );
  }
  mkdirSync('.bench', { recursive: true });
  const file = join('.bench', `extract-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report));
  console.log(`report: ${file}`);
}

void main();
