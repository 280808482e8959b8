// Speed probe (not a test): our extractArticle vs `new Readability(document.cloneNode(true)).parse()` +
// DOMPurify, inside headless Chromium on saved pages (page scripts off, network refused).
//   npx tsx scripts/bench-speed-chromium.ts --data DIR [--pages N]
// DIR in the article-extraction-dev layout; run it alone (one Chromium). Prints the median and p95 of the per-page time ratio.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const RUNS = 5;

// Plain JS source, not a function: tsx would inject helpers into a serialized function.
const IN_PAGE_TIMING = `(() => {
  const probe = globalThis.__probe;
  const ours = [];
  const theirs = [];
  for (let i = 0; i < ${RUNS}; i++) {
    let t = performance.now();
    probe.extractArticle(document, location.href);
    ours.push(performance.now() - t);
    t = performance.now();
    const parsed = new probe.Readability(document.cloneNode(true)).parse();
    if (parsed && parsed.content) probe.sanitizeHtml(parsed.content, window);
    theirs.push(performance.now() - t);
  }
  const med = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return [med(ours), med(theirs)];
})()`;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "import { extractArticle } from './utils/extract'; import { Readability } from '@mozilla/readability';" +
        "import { sanitizeHtml } from './utils/sanitize'; (globalThis as any).__probe = { extractArticle, Readability, sanitizeHtml };",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))] ?? 0;

async function main() {
  const args = process.argv.slice(2);
  const dir = args[args.indexOf('--data') + 1] ?? '';
  const limit = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : Infinity;
  const files = readdirSync(join(dir, 'html')).slice(0, limit);
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.request().url().startsWith('http://probe.test/') ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  const ratios: number[] = [];
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const file of files) {
    const html = gunzipSync(readFileSync(join(dir, 'html', file))).toString('utf8');
    await page.route('http://probe.test/page', (route) =>
      route.fulfill({
        body: html,
        contentType: 'text/html',
        // Page scripts never run; the probe's own code is injected over the DevTools protocol.
        headers: { 'content-security-policy': "script-src 'none'" },
      }),
    );
    await page.goto('http://probe.test/page', { waitUntil: 'domcontentloaded' });
    await page.unroute('http://probe.test/page');
    await page.evaluate(code);
    const [o, r] = (await page.evaluate(IN_PAGE_TIMING)) as Array<number | undefined>;
    if (o === undefined || r === undefined) continue;
    ours.push(o);
    theirs.push(r);
    ratios.push(o / r);
  }
  await browser.close();
  console.log(`${files.length} pages, ${RUNS} runs each (median per page)`);
  console.log(
    `ours median ${median(ours).toFixed(1)} ms, readability+DOMPurify median ${median(theirs).toFixed(1)} ms`,
  );
  console.log(`ratio ours/readability: median ${median(ratios).toFixed(2)}, p95 ${p95(ratios).toFixed(2)}`);
}

void main();
