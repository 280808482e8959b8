import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Gzipped budgets for what the user pays for on every click (content script) and at start-up (background). */
export const SIZE_BUDGETS: Record<string, number> = {
  'content-scripts/reader.js': 45 * 1024,
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
