import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT } from '../../scripts/lib/eager-compile';
import {
  ALLOWED_PACKAGES,
  bundledPackages,
  measureBuild,
  overBudget,
  packageOf,
  SIZE_BUDGETS,
} from '../../scripts/size';
import { EXTENSION_DIR } from '../../scripts/harness/browser';

// Runs after global-setup's release build: what users download and pay for on every click.
describe('size budget', () => {
  it('keeps the reader content script and the background within their gzipped budgets', () => {
    const sizes = measureBuild(EXTENSION_DIR);
    expect(sizes.map((size) => size.file)).toEqual(expect.arrayContaining(Object.keys(SIZE_BUDGETS)));
    expect(overBudget(sizes)).toEqual([]);
  });

  it('opens the content script with the compile hint, before the anonymous IIFE that hands back the outcome', () => {
    const script = readFileSync(join(EXTENSION_DIR, 'reader.js'), 'utf8');
    expect(script.startsWith(`${EAGER_COMPILE_HINT}(function(){`)).toBe(true);
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).not.toContain(EAGER_COMPILE_HINT);
  });

  it('reports a file over its budget and a missing file', () => {
    const sizes = [{ file: 'reader.js', bytes: 200_000, gzipBytes: 55 * 1024 + 1 }];
    expect(overBudget(sizes)).toEqual([
      'reader.js: 56321 B gzipped > budget 56320 B',
      'background.js is missing from the build',
    ]);
  });

  it('names the package of a bundled module', () => {
    expect(packageOf('/x/node_modules/preact/dist/preact.mjs')).toBe('preact');
    expect(packageOf('/x/node_modules/a/node_modules/@mozilla/readability/Readability.js')).toBe(
      '@mozilla/readability',
    );
    expect(packageOf('/x/utils/extract/index.ts')).toBeNull();
  });

  it('bundles only the fixed stack into the content script and the background', async () => {
    const packages = await bundledPackages();
    const unexpected = (file: string) =>
      (packages.get(file) ?? []).filter((pkg) => !ALLOWED_PACKAGES[file]!.includes(pkg));
    expect(packages.get('reader.js')).toEqual(
      expect.arrayContaining(['@mozilla/readability', 'dompurify', 'preact']),
    );
    expect(unexpected('reader.js')).toEqual([]);
    expect(unexpected('background.js')).toEqual([]);
    // The Markdown converter is paid only by a user who saves: never on a click that opens the reader.
    expect(packages.get('save-export.js')).toEqual(expect.arrayContaining(['turndown']));
    expect(unexpected('save-export.js')).toEqual([]);
    expect(unexpected('save.js')).toEqual([]);
  }, 120_000);
});
