// npm run bench:speed -- --data DIR [--reps 5] [--clicks 5] [--limit N] [--only ID,ID] [--out .bench/speed.json]
//                         [--profile | --against BUILT_DIR]
//
// Speed of the reader in the real browser (issue 9), pair by pair on the same page in the same run:
//   (a) bare Readability on document.cloneNode(true), then DOMPurify — what a minimal reader must do;
//   (b) our whole extractArticle(document, location.href) on the live page;
//   (c) a toolbar click (CDP Extensions.triggerAction, the release build) to the overlay's first painted frame:
//       the first click on the page, later clicks, and the first click on the page opened in a new tab.
// With --against, only (c): this build beside another built one, page by page (scripts/bench/speed-ab.ts).
// (a) and (b) run in one isolated world of the page (like a content script), interleaved, several times.
// DIR holds html/<id>.html.gz and ground-truth.json. Pages are served from 127.0.0.1 with their scripts off;
// every other request is refused before it leaves the machine.
//
// Scripts off by a `script-src 'none'` CSP header, not by Playwright's javaScriptEnabled: false. That
// switch (Emulation.setScriptExecutionDisabled) also stops timers and requestAnimationFrame in the
// extension's isolated world, so the reader never finishes rendering as it would for a user. A page's
// CSP never applies to extension worlds, and the page's DOM stays as saved (noscript stays inert text,
// as for a user with scripts on).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { launchReaderBrowser } from './harness/browser';
import { runWxt } from './lint-firefox';
import { comparePairs } from './bench/speed-ab';
import { measurePage, measureScaling, profileOurs, type PageReport } from './bench/speed-measure';
import { readOptions } from './bench/speed-options';
import { unpackPages, writeScaledPages } from './bench/speed-pages';
import { buildReport, printReport } from './bench/speed-report';
import { bundleProbe } from './bench/speed-world';

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
    alsoLoad: options.against ? [options.against] : undefined,
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
    if (options.against) {
      const report = await comparePairs(browser, page, cdp, entries, options.against, options.clicks);
      return writeReport(options.out, report);
    }
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
    writeReport(options.out, result);
  } finally {
    await browser.close();
    rmSync(served, { recursive: true, force: true });
  }
}

function writeReport(path: string, report: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(report, null, 2));
  console.log(`\nreport: ${path}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
