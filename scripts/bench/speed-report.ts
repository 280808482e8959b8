// bench:speed's totals, the floors they are held to, and the printed table.
import { cpus } from 'node:os';
import type { measureScaling, PageReport } from './speed-measure';
import type { Options } from './speed-options';
import { median, p95, round, summary } from './stats';

// The team's standing floors: click to painted p95 of a first click in a tab and of one in a new tab.
const FLOORS = {
  ratioMedian: 1.0,
  summedRatio: 1.0,
  ratioP95: 1.2,
  firstClickP95Ms: 110,
  newTabP95Ms: 150,
  pageMaxMs: 1000,
};

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function buildReport(
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
    // The extraction's cost over the whole set, the floor issue 22 names: sum of (b) over sum of (a).
    summedRatio: round(sum(b) / sum(a), 3),
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
    summedRatio: totals.summedRatio <= FLOORS.summedRatio,
    ratioP95: totals.ratio.p95 <= FLOORS.ratioP95,
    firstClickP95: totals.clickCold.p95 <= FLOORS.firstClickP95Ms,
    newTabP95: totals.clickFreshTab.p95 <= FLOORS.newTabP95Ms,
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

export function printReport(result: ReturnType<typeof buildReport>): void {
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
  console.log(`${'(b)/(a) summed over the pages'.padEnd(44)}${String(totals.summedRatio).padStart(9)}`);
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
