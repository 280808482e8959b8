import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Gzipped budgets for what the user pays for on every click (content script) and at start-up (background). */
export const SIZE_BUDGETS: Record<string, number> = {
  'reader.js': 55 * 1024,
  'background.js': 10 * 1024,
};

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function measureBuild(dir: string): FileSize[] {
  return listFiles(dir)
    .map((path) => {
      const content = readFileSync(path);
      return {
        file: relative(dir, path),
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

export function overBudget(sizes: FileSize[]): string[] {
  return Object.entries(SIZE_BUDGETS).flatMap(([file, budget]) => {
    const size = sizes.find((entry) => entry.file === file);
    if (!size) return [`${file} is missing from the build`];
    return size.gzipBytes > budget ? [`${file}: ${size.gzipBytes} B gzipped > budget ${budget} B`] : [];
  });
}

/** WXT's own runtime: the browser API shim and the content-script context. */
const WXT_RUNTIME = ['wxt', '@wxt-dev/browser'];
/** WXT's storage and the helpers it imports: the settings item lives in the background, not in pages. */
const WXT_STORAGE = ['@wxt-dev/storage', 'many-keys-map', 'superlock', 'defu'];

/**
 * The fixed stack: the only packages allowed in each built script. Anything else (a date library, a second
 * sanitizer, a polyfill pulled in by accident) is paid on every click, so adding one must be a decision.
 */
export const ALLOWED_PACKAGES: Record<string, string[]> = {
  'reader.js': ['@mozilla/readability', 'dompurify', 'preact', ...WXT_RUNTIME],
  'background.js': [...WXT_RUNTIME, ...WXT_STORAGE],
  // The Save button and menu, injected after the reader is painted; its converters only on first use.
  'save.js': ['preact', ...WXT_RUNTIME],
  'save-export.js': ['turndown', '@joplin/turndown-plugin-gfm', ...WXT_RUNTIME],
};

/** `…/node_modules/@scope/name/dist/x.js` → `@scope/name`; null for the project's own modules. */
export function packageOf(moduleId: string): string | null {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(moduleId.replace(/\\/g, '/'));
  return match ? match[1]! : null;
}

interface VisualizerStats {
  nodeMetas: Record<string, { id: string; moduleParts: Record<string, string> }>;
}

/**
 * WXT's build API prints a progress spinner ("- Preparing...") and its file table into the test log; kept
 * back, and shown only when the build fails.
 */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const held: string[] = [];
  const writes = { out: process.stdout.write, err: process.stderr.write };
  const hold = (chunk: unknown) => {
    held.push(String(chunk));
    return true;
  };
  process.stdout.write = hold as typeof process.stdout.write;
  process.stderr.write = hold as typeof process.stderr.write;
  try {
    return await work();
  } catch (error) {
    writes.err.call(process.stderr, held.join(''));
    throw error;
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
  }
}

/**
 * The npm packages bundled into each built file, read from the bundler's own module graph: a release build
 * into a temporary folder with WXT's bundle analysis (rollup-plugin-visualizer raw data) kept.
 */
export async function bundledPackages(
  root = fileURLToPath(new URL('..', import.meta.url)),
): Promise<Map<string, string[]>> {
  const { build } = await import('wxt');
  const dir = mkdtempSync(join(tmpdir(), 'lectern-size-'));
  try {
    await quietly(() =>
      build({
        root,
        outDir: join(dir, 'output'),
        analysis: { enabled: true, keepArtifacts: true, outputFile: join(dir, 'stats', 'stats.html') },
      }),
    );
    const packages = new Map<string, Set<string>>();
    for (const name of readdirSync(join(dir, 'stats')).filter((file) => file.endsWith('.json'))) {
      const stats = JSON.parse(readFileSync(join(dir, 'stats', name), 'utf8')) as VisualizerStats;
      for (const meta of Object.values(stats.nodeMetas)) {
        const pkg = packageOf(meta.id);
        if (!pkg) continue;
        for (const file of Object.keys(meta.moduleParts)) {
          packages.set(file, (packages.get(file) ?? new Set()).add(pkg));
        }
      }
    }
    return new Map([...packages].map(([file, set]) => [file, [...set].sort()]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  const dir = process.argv[2] ?? '.output/chrome-mv3';
  const sizes = measureBuild(dir);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);
  console.log(`${'file'.padEnd(40)}${'raw kB'.padStart(8)}${'gzip kB'.padStart(9)}${'budget'.padStart(9)}`);
  for (const { file, bytes, gzipBytes } of sizes) {
    const budget = SIZE_BUDGETS[file];
    console.log(`${file.padEnd(40)}${kb(bytes)} ${kb(gzipBytes)}${budget ? kb(budget) : ''}`);
  }
  const problems = overBudget(sizes);
  for (const problem of problems) console.error(`over budget: ${problem}`);
  process.exitCode = problems.length ? 1 : 0;
}

// Runs as `npm run size`; the size test imports the functions above without printing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
