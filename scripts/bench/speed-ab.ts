// bench:speed --against DIR: click to painted (c) for this build and another built one (DIR, e.g. a release's
// .output/chrome-mv3) loaded side by side in one browser, page by page, which build goes first alternating.
// Two runs one after the other on a shared machine differ by more than the changes worth measuring (docs/speed.md);
// side by side, both builds see the same pages, the same renderer and the same load at the same moment.
import type { CDPSession, Page } from 'playwright-core';
import type { ReaderBrowser } from '../harness/browser';
import { loadFresh, measureClicks, type ClickSeries } from './speed-measure';
import { median, round, summary } from './stats';

interface PagePair {
  id: string;
  /** This build's clicks, then the other build's; absent when either failed. */
  ours?: ClickSeries;
  theirs?: ClickSeries;
  error?: string;
}

export async function measurePagePair(
  browser: ReaderBrowser,
  page: Page,
  cdp: CDPSession,
  entry: { id: string },
  clicks: number,
  oursFirst: boolean,
): Promise<PagePair> {
  const path = `bench/pages/${entry.id}.html`;
  const builds = { ours: browser.extensionId, theirs: browser.alsoLoaded[0]! };
  const order = oursFirst ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const);
  const pair: PagePair = { id: entry.id };
  try {
    for (const build of order) {
      await loadFresh(browser, page, path);
      pair[build] = await measureClicks(browser, page, cdp, clicks, builds[build]);
    }
  } catch (error) {
    return { id: entry.id, error: String(error) };
  }
  return pair;
}

type Measure = 'cold' | 'warm' | 'freshTab';
const perPage = (series: ClickSeries, measure: Measure) =>
  measure === 'warm' ? median(series.warm) : series[measure];

export function buildPairReport(pairs: PagePair[], against: string, browserVersion: string) {
  // Only pages both builds opened as an article: a notice or a failure on either side is no comparison.
  const both = pairs.filter((pair) => pair.ours?.kind === 'reader' && pair.theirs?.kind === 'reader');
  const compare = (measure: Measure) => {
    const ours = both.map((pair) => perPage(pair.ours!, measure));
    const theirs = both.map((pair) => perPage(pair.theirs!, measure));
    const differences = ours.map((ms, index) => ms - theirs[index]!);
    return {
      ours: summary(ours),
      theirs: summary(theirs),
      differenceMedian: round(median(differences), 1),
      oursFaster: differences.filter((difference) => difference < 0).length,
    };
  };
  return {
    date: new Date().toISOString(),
    browser: browserVersion,
    against,
    pages: pairs.length,
    compared: both.length,
    failed: pairs.filter((pair) => pair.error).map((pair) => ({ id: pair.id, error: pair.error })),
    cold: compare('cold'),
    warm: compare('warm'),
    freshTab: compare('freshTab'),
    pairs,
  };
}

export function printPairReport(report: ReturnType<typeof buildPairReport>): void {
  console.log(
    `\n${report.compared} of ${report.pages} pages opened as articles by both builds; this build beside ${report.against}`,
  );
  console.log(
    '(c) click to painted, ms, per-page medians    this build: median  p95   other: median  p95   this−other per page: median, pages faster',
  );
  const rows: [string, Measure][] = [
    ['first click on a page', 'cold'],
    ['later clicks', 'warm'],
    ['first click, page opened in a new tab', 'freshTab'],
  ];
  for (const [name, measure] of rows) {
    const row = report[measure];
    console.log(
      `${name.padEnd(44)}${String(row.ours.median).padStart(8)}${String(row.ours.p95).padStart(8)}` +
        `${String(row.theirs.median).padStart(10)}${String(row.theirs.p95).padStart(8)}` +
        `${String(row.differenceMedian).padStart(12)}   ${row.oursFaster}/${report.compared}`,
    );
  }
  if (report.failed.length) console.log(`failed pages: ${JSON.stringify(report.failed)}`);
}

export async function comparePairs(
  browser: ReaderBrowser,
  page: Page,
  cdp: CDPSession,
  entries: { id: string }[],
  against: string,
  clicks: number,
) {
  const pairs: PagePair[] = [];
  for (const [index, entry] of entries.entries()) {
    const pair = await measurePagePair(browser, page, cdp, entry, clicks, index % 2 === 0);
    pairs.push(pair);
    process.stderr.write(
      `[${index + 1}/${entries.length}] ${entry.id.slice(0, 8)} ` +
        (pair.error
          ? `ERROR ${pair.error}\n`
          : `first click ${pair.ours!.cold.toFixed(1)} vs ${pair.theirs!.cold.toFixed(1)}, ` +
            `new tab ${pair.ours!.freshTab.toFixed(1)} vs ${pair.theirs!.freshTab.toFixed(1)}\n`),
    );
  }
  const report = buildPairReport(pairs, against, browser.context.browser()?.version() ?? 'unknown');
  printPairReport(report);
  return report;
}
