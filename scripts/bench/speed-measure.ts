// What bench:speed measures on each page: (a) and (b) in the page's isolated world, (c) toolbar clicks to the
// painted mark, the grown reference page, and (with --profile) where (b)'s time goes.
import type { CDPSession, Page } from 'playwright-core';
import type { ReaderBrowser } from '../harness/browser';
import { waitFor } from '../harness/wait';
import { PAINTED_MARK } from '../../utils/page/reader-session';
import { FunctionTimes, profiled } from './cpu-profile';
import type { Options } from './speed-options';
import type { ProbeRun } from './speed-probe';
import { PageWorld } from './speed-world';
import { median, round, summary } from './stats';

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
async function timeClick(
  browser: ReaderBrowser,
  page: Page,
  world: PageWorld,
  extension?: string,
): Promise<ClickResult> {
  await world.eval(`performance.clearMarks()`);
  const fire = await browser.toolbarClicker(page, extension);
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

async function closeReader(
  browser: ReaderBrowser,
  page: Page,
  world: PageWorld,
  extension?: string,
): Promise<void> {
  await browser.clickToolbar(page, extension);
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

export interface ClickSeries {
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

/** `extension`: which loaded build's toolbar button (bench:speed --against); the release build when absent. */
export async function measureClicks(
  browser: ReaderBrowser,
  page: Page,
  cdp: CDPSession,
  reps: number,
  extension?: string,
): Promise<ClickSeries> {
  const world = await PageWorld.open(cdp);
  const first = await timeClick(browser, page, world, extension);
  const textOnScreen = await world.readerText(cdp);
  await closeReader(browser, page, world, extension);
  const warm: number[] = [];
  for (let rep = 1; rep < reps; rep++) {
    warm.push((await timeClick(browser, page, world, extension)).ms);
    await closeReader(browser, page, world, extension);
  }
  const freshTab = await timeFreshTabClick(browser, page.url(), extension);
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
async function timeFreshTabClick(browser: ReaderBrowser, url: string, extension?: string): Promise<number> {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(url);
    await tab.waitForTimeout(FRESH_TAB_SETTLE_MS);
    const world = await PageWorld.open(await browser.context.newCDPSession(tab));
    return (await timeClick(browser, tab, world, extension)).ms;
  } finally {
    await tab.close();
  }
}

// ---------- the run ----------

export interface PageReport {
  id: string;
  url: string;
  a: ReturnType<typeof summary> & { found: boolean };
  b: ReturnType<typeof summary> & { found: boolean; errors: string[] };
  ratio: number;
  untouched: boolean;
  click?: ClickSeries;
  error?: string;
}

export async function loadFresh(browser: ReaderBrowser, page: Page, path: string): Promise<void> {
  await browser.goto(page, path);
}

export async function measurePage(
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

export async function measureScaling(
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

export async function profileOurs(
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
