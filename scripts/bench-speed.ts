// npm run bench:speed -- --data DIR [--reps 5] [--clicks 5] [--limit N] [--only ID,ID] [--out .bench/speed.json] [--profile]
//
// Speed of the reader in the real browser (issue 9), pair by pair on the same page in the same run:
//   (a) bare Readability on document.cloneNode(true), then DOMPurify — what a minimal reader must do;
//   (b) our whole extractArticle(document, location.href) on the live page;
//   (c) a toolbar click (CDP Extensions.triggerAction, the release build) to the overlay's first painted frame:
//       the first click on the page, later clicks, and the first click on the page opened in a new tab.
// (a) and (b) run in one isolated world of the page (like a content script), interleaved, several times.
// DIR holds html/<id>.html.gz and ground-truth.json. Pages are served from 127.0.0.1 with their scripts off;
// every other request is refused before it leaves the machine.
//
// Scripts off by a `script-src 'none'` CSP header, not by Playwright's javaScriptEnabled: false. That
// switch (Emulation.setScriptExecutionDisabled) also stops timers and requestAnimationFrame in the
// extension's isolated world, so the reader never finishes rendering as it would for a user. A page's
// CSP never applies to extension worlds, and the page's DOM stays as saved (noscript stays inert text,
// as for a user with scripts on).
import { runWxt } from './lint-firefox';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
import { launchReaderBrowser, type ReaderBrowser } from './harness/browser';
import { waitFor } from './harness/wait';
import { exitWithUsage } from './lib/usage';
import { PAINTED_MARK } from '../utils/page/reader-session';
import { FunctionTimes, profiled } from './bench/cpu-profile';
import type { ProbeRun } from './bench/speed-probe';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REFERENCE_PAGE = join(ROOT, 'tests/fixtures/news--korea-times-reference/source.html');
const SCALES = [1, 10, 100];
const FLOORS = { ratioMedian: 1.0, ratioP95: 1.2, clickP95Ms: 150, pageMaxMs: 1000 };

interface Options {
  data: string;
  /** Runs of (a) and of (b) per page. */
  reps: number;
  /** Toolbar clicks per page: the first, then later ones (each opens and closes the reader). */
  clicks: number;
  limit: number;
  /** Page ids (or their beginnings) to measure instead of all. */
  only: string[];
  out: string;
  /** Instead of the benchmark: where (b)'s time goes, from V8's CPU profiler over every page. */
  profile: boolean;
}

const USAGE =
  'npm run bench:speed -- --data DIR [--reps 5] [--clicks 5] [--limit N] [--only ID,ID] [--out FILE] [--profile]';
function usage(problem: string): never {
  return exitWithUsage('bench:speed', problem, USAGE);
}

/** parseArgs' own complaint (an unknown option, a missing value) as a usage line, not a stack trace. */
function parseOrExplain<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
}

function readOptions(): Options {
  const { values } = parseOrExplain(() =>
    parseArgs({
      options: {
        data: { type: 'string' },
        reps: { type: 'string', default: '5' },
        clicks: { type: 'string', default: '5' },
        limit: { type: 'string', default: '0' },
        only: { type: 'string', default: '' },
        out: { type: 'string', default: '.bench/speed.json' },
        profile: { type: 'boolean', default: false },
      },
    }),
  );
  if (!values.data) usage('--data DIR is required');
  if (!existsSync(join(values.data, 'ground-truth.json'))) {
    usage(`${values.data} has no ground-truth.json (DIR holds ground-truth.json and html/<id>.html.gz)`);
  }
  const reps = Number(values.reps);
  const clicks = Number(values.clicks);
  const limit = Number(values.limit);
  if (!Number.isInteger(reps) || reps < 1)
    usage(`--reps must be a whole number of at least 1, not ${values.reps}`);
  if (!Number.isInteger(clicks) || clicks < 1)
    usage(`--clicks must be a whole number of at least 1, not ${values.clicks}`);
  if (!Number.isInteger(limit) || limit < 0) usage(`--limit must be a whole number, not ${values.limit}`);
  return {
    data: values.data,
    reps,
    clicks,
    limit,
    only: values.only ? values.only.split(',') : [],
    out: values.out!,
    profile: values.profile!,
  };
}

// ---------- statistics ----------

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
const median = (values: number[]) => quantile(values, 0.5);
const p95 = (values: number[]) => quantile(values, 0.95);
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

function summary(values: number[]) {
  return {
    median: round(median(values), 2),
    p95: round(p95(values), 2),
    max: round(Math.max(...values), 2),
  };
}

// ---------- pages ----------

/** The data set, ungzipped into a folder the test server can mount. */
function unpackPages(
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

function writeScaledPages(into: string): { scale: number; bytes: number }[] {
  const source = readFileSync(REFERENCE_PAGE, 'utf8');
  mkdirSync(join(into, 'scale'), { recursive: true });
  return SCALES.map((scale) => {
    const html = scaledReferencePage(source, scale);
    writeFileSync(join(into, 'scale', `${scale}x.html`), html);
    return { scale, bytes: Buffer.byteLength(html) };
  });
}

// ---------- the probe in the page ----------

async function bundleProbe(minify = true): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/bench/speed-probe.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify,
    keepNames: !minify,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** An isolated world in the page's main frame: the page's DOM, its own globals — where content scripts live. */
class PageWorld {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  static async open(cdp: CDPSession, code?: string): Promise<PageWorld> {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'lectern-speed-bench',
    });
    const world = new PageWorld(cdp, executionContextId);
    if (code) await world.eval(code);
    return world;
  }

  async eval<T>(expression: string, awaitPromise = false): Promise<T> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      returnByValue: true,
      awaitPromise,
    });
    if (exceptionDetails) {
      throw new Error(
        `${expression.slice(0, 60)}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    }
    return result.value as T;
  }

  /**
   * The overlay's rendered article text, read through its closed shadow root the way DevTools does. A plain
   * string function: tsx's `__name` helpers would break a serialized one (ReaderInspector runs under vitest).
   */
  async readerText(cdp: CDPSession): Promise<number> {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const shadow = findShadowRoot(root as DomNode, 'LECTERN-READER');
    if (!shadow) return 0;
    const { object } = await cdp.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      executionContextId: this.contextId,
    });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () { return this.querySelector('.article-body')?.innerText.trim().length ?? 0; }`,
      returnByValue: true,
    });
    return result.value as number;
  }
}

interface DomNode {
  backendNodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findShadowRoot(node: DomNode, hostName: string): DomNode | null {
  if (node.nodeName === hostName) return node.shadowRoots?.[0] ?? null;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findShadowRoot(child, hostName);
    if (found) return found;
  }
  return null;
}

// ---------- (a) and (b) ----------

interface PairResult {
  a: ProbeRun[];
  b: ProbeRun[];
}

/** One discarded warm-up of each, then `reps` pairs, alternating which goes first. */
async function measurePair(world: PageWorld, reps: number): Promise<PairResult> {
  const run = (which: 'bare' | 'ours') => world.eval<ProbeRun>(`__lecternSpeedProbe.${which}()`);
  await run('bare');
  await run('ours');
  const result: PairResult = { a: [], b: [] };
  for (let rep = 0; rep < reps; rep++) {
    if (rep % 2 === 0) {
      result.a.push(await run('bare'));
      result.b.push(await run('ours'));
    } else {
      result.b.push(await run('ours'));
      result.a.push(await run('bare'));
    }
  }
  return result;
}

// ---------- (c) ----------

interface ClickResult {
  ms: number;
  kind: string | null;
  /** Every `lectern:` user-timing mark of this click, in ms after the click. */
  marks: Record<string, number>;
}

// Runs in the page's isolated world: resolves when the content script's mark appears (its time, page clock).
const AWAIT_PAINTED_MARK = `new Promise((resolve) => {
  const find = () => performance.getEntriesByName(${JSON.stringify(PAINTED_MARK)})[0];
  const poll = () => { const mark = find(); mark ? resolve(mark.startTime) : setTimeout(poll, 1); };
  poll();
})`;

const HOST_KIND = `document.querySelector('lectern-reader')?.getAttribute('data-kind') ?? null`;

/**
 * Click-to-paint with the page's own clock: t0 is the page's performance.now() read just before the CDP
 * click is sent (so the return trip of that read, well under a millisecond here, counts against us); the
 * end is the content script's mark, set in a task after the frame that drew the overlay.
 */
async function timeClick(browser: ReaderBrowser, page: Page, world: PageWorld): Promise<ClickResult> {
  await world.eval(`performance.clearMarks()`);
  const fire = await browser.toolbarClicker(page);
  const painted = world.eval<number>(AWAIT_PAINTED_MARK, true);
  const t0 = await world.eval<number>('performance.now()');
  await fire();
  const paintedAt = await withTimeout(painted, 15_000, 'the painted mark');
  const marks = await world.eval<[string, number][]>(
    `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('lectern:')).map((m) => [m.name, m.startTime])`,
  );
  await world.eval(`performance.clearMarks()`);
  return {
    ms: paintedAt - t0,
    kind: await world.eval<string | null>(HOST_KIND),
    marks: Object.fromEntries(marks.map(([name, at]) => [name, round(at - t0, 1)])),
  };
}

async function closeReader(browser: ReaderBrowser, page: Page, world: PageWorld): Promise<void> {
  await browser.clickToolbar(page);
  await waitFor(
    () => world.eval<string | null>(HOST_KIND),
    (kind) => kind === null,
    'the overlay to close',
  );
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

interface ClickSeries {
  /** The first click on a freshly loaded page: the content script is injected and compiled. */
  cold: number;
  coldMarks: Record<string, number>;
  /** Later clicks (closed in between): the script is already there. */
  warm: number[];
  kind: string | null;
  /** Characters of rendered article text in the overlay after the first click (innerText: what is drawn). */
  textOnScreen: number;
  /** The first click on the same page opened in a new tab (see timeFreshTabClick). */
  freshTab: number;
}

async function measureClicks(
  browser: ReaderBrowser,
  page: Page,
  cdp: CDPSession,
  reps: number,
): Promise<ClickSeries> {
  const world = await PageWorld.open(cdp);
  const first = await timeClick(browser, page, world);
  const textOnScreen = await world.readerText(cdp);
  await closeReader(browser, page, world);
  const warm: number[] = [];
  for (let rep = 1; rep < reps; rep++) {
    warm.push((await timeClick(browser, page, world)).ms);
    await closeReader(browser, page, world);
  }
  const freshTab = await timeFreshTabClick(browser, page.url());
  return { cold: first.ms, coldMarks: first.marks, warm, kind: first.kind, textOnScreen, freshTab };
}

/** A user's pause between the article appearing and their click; the page's own loading work is done by then. */
const FRESH_TAB_SETTLE_MS = 500;

/**
 * The first click on the page opened in a new tab, as a user's first click on an article they just opened:
 * a renderer process that has not run the content script yet, so it is compiled from scratch and runs cold.
 * The in-tab first click above comes after every earlier page was read in the same process, whose V8 may
 * still hold the script's compiled code.
 */
async function timeFreshTabClick(browser: ReaderBrowser, url: string): Promise<number> {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(url);
    await tab.waitForTimeout(FRESH_TAB_SETTLE_MS);
    const world = await PageWorld.open(await browser.context.newCDPSession(tab));
    return (await timeClick(browser, tab, world)).ms;
  } finally {
    await tab.close();
  }
}

// ---------- the run ----------

interface PageReport {
  id: string;
  url: string;
  a: ReturnType<typeof summary> & { found: boolean };
  b: ReturnType<typeof summary> & { found: boolean; errors: string[] };
  ratio: number;
  untouched: boolean;
  click?: ClickSeries;
  error?: string;
}

async function loadFresh(browser: ReaderBrowser, page: Page, path: string): Promise<void> {
  await browser.goto(page, path);
}

async function measurePage(
  browser: ReaderBrowser,
  page: Page,
  cdp: CDPSession,
  probe: string,
  entry: { id: string; url: string },
  { reps, clicks }: Pick<Options, 'reps' | 'clicks'>,
): Promise<PageReport> {
  const path = `bench/pages/${entry.id}.html`;
  await loadFresh(browser, page, path);
  const world = await PageWorld.open(cdp, probe);
  const untouched = await world.eval<boolean>('__lecternSpeedProbe.leavesPageUntouched()');
  const pair = await measurePair(world, reps);
  const aMs = pair.a.map((run) => run.ms);
  const bMs = pair.b.map((run) => run.ms);
  const report: PageReport = {
    id: entry.id,
    url: entry.url,
    a: { ...summary(aMs), found: pair.a.some((run) => run.found) },
    b: {
      ...summary(bMs),
      found: pair.b.some((run) => run.found),
      errors: [...new Set(pair.b.flatMap((run) => (run.error ? [run.error] : [])))],
    },
    ratio: round(median(bMs) / median(aMs), 3),
    untouched,
  };
  await loadFresh(browser, page, path);
  report.click = await measureClicks(browser, page, cdp, clicks);
  return report;
}

async function measureScaling(
  browser: ReaderBrowser,
  page: Page,
  cdp: CDPSession,
  probe: string,
  sizes: { scale: number; bytes: number }[],
  reps: number,
) {
  const rows = [];
  for (const { scale, bytes } of sizes) {
    await loadFresh(browser, page, `bench/scale/${scale}x.html`);
    const world = await PageWorld.open(cdp, probe);
    const pair = await measurePair(world, reps);
    const a = median(pair.a.map((run) => run.ms));
    const b = median(pair.b.map((run) => run.ms));
    rows.push({ scale, bytes, aMs: round(a, 2), bMs: round(b, 2), bMsPerMB: round(b / (bytes / 1e6), 1) });
  }
  return rows;
}

async function profileOurs(
  browser: ReaderBrowser,
  page: Page,
  cdp: CDPSession,
  probe: string,
  entries: { id: string }[],
  reps: number,
): Promise<void> {
  const times = { bare: new FunctionTimes(), ours: new FunctionTimes() };
  const total = { bare: 0, ours: 0 };
  for (const entry of entries) {
    await loadFresh(browser, page, `bench/pages/${entry.id}.html`);
    const world = await PageWorld.open(cdp, probe);
    for (const which of ['bare', 'ours'] as const) {
      await world.eval(`__lecternSpeedProbe.${which}()`);
      const profile = await profiled(cdp, async () => {
        for (let rep = 0; rep < reps; rep++) {
          total[which] += (await world.eval<ProbeRun>(`__lecternSpeedProbe.${which}()`)).ms;
        }
      });
      times[which].add(profile);
    }
  }
  for (const which of ['bare', 'ours'] as const) {
    console.log(`\n${which}: total ${total[which].toFixed(0)} ms over ${entries.length} pages x ${reps}`);
    for (const kind of ['inclusive', 'self'] as const) {
      console.log(`${kind} ms`);
      for (const [name, ms] of times[which].top(kind, which === 'ours' ? 40 : 20)) {
        console.log(`${ms.toFixed(0).padStart(8)}  ${name}`);
      }
    }
  }
}

/** Nothing may leave the machine: unresolvable names for every host but ours, and a route that refuses them. */
const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

const SCRIPTS_OFF = { 'content-security-policy': "script-src 'none'" };

async function main(): Promise<void> {
  const options = readOptions();
  runWxt(['build']);
  const served = mkdtempSync(join(tmpdir(), 'lectern-speed-'));
  const entries = unpackPages(options.data, served, options);
  const sizes = writeScaledPages(served);
  const probe = await bundleProbe(!options.profile);
  const browser = await launchReaderBrowser({
    extraMounts: { '/bench/': served },
    extraArgs: OFFLINE_ARGS,
  });
  const origin = new URL(browser.server.url('/')).origin;
  const blocked: string[] = [];
  await browser.context.route('**/*', async (route) => {
    if (!route.request().url().startsWith(`${origin}/`)) {
      blocked.push(new URL(route.request().url()).host);
      return route.abort('blockedbyclient');
    }
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), ...SCRIPTS_OFF } });
  });
  const reports: PageReport[] = [];
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    if (options.profile) return await profileOurs(browser, page, cdp, probe, entries, options.reps);
    for (const [index, entry] of entries.entries()) {
      try {
        reports.push(await measurePage(browser, page, cdp, probe, entry, options));
      } catch (error) {
        reports.push({ id: entry.id, url: entry.url, error: String(error) } as PageReport);
      }
      const last = reports.at(-1)!;
      process.stderr.write(
        `[${index + 1}/${entries.length}] ${entry.id.slice(0, 8)} ` +
          (last.error
            ? `ERROR ${last.error}\n`
            : `a ${last.a.median} b ${last.b.median} c ${last.click?.cold.toFixed(1)} ` +
              `new tab ${last.click?.freshTab.toFixed(1)}\n`),
      );
    }
    const scaling = await measureScaling(browser, page, cdp, probe, sizes, options.reps);
    const version = browser.context.browser()?.version() ?? 'unknown';
    const result = buildReport(options, reports, scaling, blocked, version);
    printReport(result);
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, JSON.stringify(result, null, 2));
    console.log(`\nreport: ${options.out}`);
  } finally {
    await browser.close();
    rmSync(served, { recursive: true, force: true });
  }
}

function buildReport(
  options: Options,
  pages: PageReport[],
  scaling: Awaited<ReturnType<typeof measureScaling>>,
  blocked: string[],
  browserVersion: string,
) {
  const ok = pages.filter((page) => !page.error);
  const a = ok.map((page) => page.a.median);
  const b = ok.map((page) => page.b.median);
  const ratios = ok.map((page) => page.ratio);
  const opened = ok.filter((page) => page.click?.kind === 'reader');
  const cold = opened.map((page) => page.click!.cold);
  const warm = opened.flatMap((page) => page.click!.warm);
  const freshTab = opened.map((page) => page.click!.freshTab);
  const slowest = Math.max(...ok.map((page) => page.b.max));
  const overOneSecond = ok.filter(
    (page) =>
      page.b.max > FLOORS.pageMaxMs ||
      Math.max(page.click?.cold ?? 0, page.click?.freshTab ?? 0) > FLOORS.pageMaxMs,
  );
  const totals = {
    pages: pages.length,
    failed: pages.filter((page) => page.error).map((page) => ({ id: page.id, error: page.error })),
    a: summary(a),
    b: summary(b),
    ratio: {
      median: round(median(ratios), 3),
      p95: round(p95(ratios), 3),
      max: round(Math.max(...ratios), 3),
    },
    clickCold: summary(cold),
    clickWarm: summary(warm),
    clickFreshTab: summary(freshTab),
    clicksOpened: opened.length,
    clicksNotice: ok.filter((page) => page.click?.kind === 'notice').map((page) => page.id),
    clickNoText: opened.filter((page) => page.click!.textOnScreen === 0).map((page) => page.id),
    slowestPageMs: round(slowest, 1),
    overOneSecond: overOneSecond.map((page) => page.id),
    mutatedPages: ok.filter((page) => !page.untouched).map((page) => page.id),
    ourErrors: ok
      .filter((page) => page.b.errors.length)
      .map((page) => ({ id: page.id, errors: page.b.errors })),
    foundByBareOnly: ok.filter((page) => page.a.found && !page.b.found).map((page) => page.id),
    blockedRequests: blocked.length,
    blockedHosts: [...new Set(blocked)].length,
  };
  const floors = {
    ratioMedian: totals.ratio.median <= FLOORS.ratioMedian,
    ratioP95: totals.ratio.p95 <= FLOORS.ratioP95,
    clickP95: totals.clickCold.p95 <= FLOORS.clickP95Ms && totals.clickWarm.p95 <= FLOORS.clickP95Ms,
    noPageOverOneSecond: overOneSecond.length === 0,
    untouched: totals.mutatedPages.length === 0,
  };
  return {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
    browser: browserVersion,
    reps: options.reps,
    clicks: options.clicks,
    floors: FLOORS,
    held: floors,
    totals,
    scaling,
    pages,
  };
}

function printReport(result: ReturnType<typeof buildReport>): void {
  const { totals, scaling, held } = result;
  const row = (name: string, s: { median: number; p95: number; max: number }) =>
    `${name.padEnd(44)}${String(s.median).padStart(9)}${String(s.p95).padStart(9)}${String(s.max).padStart(9)}`;
  console.log(
    `\n${totals.pages} pages, ${result.reps} runs of (a) and (b) and ${result.clicks} clicks each (per-page medians, ms)`,
  );
  console.log(`${''.padEnd(44)}${'median'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}`);
  console.log(row('(a) Readability(clone) + DOMPurify', totals.a));
  console.log(row('(b) extractArticle (ours)', totals.b));
  console.log(row('(b)/(a) per page', totals.ratio));
  console.log(row('(c) click to painted, first click', totals.clickCold));
  console.log(row('(c) click to painted, later clicks', totals.clickWarm));
  console.log(row('(c) first click, page opened in a new tab', totals.clickFreshTab));
  console.log(
    `slowest (b) run: ${totals.slowestPageMs} ms; pages over 1 s: ${totals.overOneSecond.join(', ') || 'none'}`,
  );
  console.log(
    `live page changed by (b): ${totals.mutatedPages.length} pages; requests refused: ${totals.blockedRequests}`,
  );
  if (totals.failed.length) console.log(`failed pages: ${JSON.stringify(totals.failed)}`);
  console.log('\nscaling (reference page grown): scale, bytes, (a) ms, (b) ms, (b) ms/MB');
  for (const r of scaling) console.log(`  ${r.scale}x  ${r.bytes}  ${r.aMs}  ${r.bMs}  ${r.bMsPerMB}`);
  console.log(`\nfloors held: ${JSON.stringify(held)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
