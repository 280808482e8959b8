import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The code is grouped by where it runs (docs/architecture.md): utils/background is the service worker's and
// the options page's, utils/page runs in the page's isolated world, utils/contract.ts is what they exchange.
// These checks keep the grouping from eroding one import at a time.
const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['utils', 'components', 'entrypoints', 'scripts'];

function sourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
      .map((file) => join(dir, file)),
  );
}

function resolveImport(from: string, specifier: string): string | null {
  const base = join(dirname(from), specifier.split('?')[0]!);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return (
    candidates.find((file) => existsSync(join(ROOT, file)) && statSync(join(ROOT, file)).isFile()) ?? null
  );
}

/** Every relative import of every source file, type-only ones included (they tie modules together too). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles()) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolveImport(file, name))
      .filter((target): target is string => target !== null && /\.tsx?$/.test(target));
    graph.set(file, targets);
  }
  return graph;
}

function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(path.slice(path.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

const graph = importGraph();
const importsOf = (prefix: string) =>
  [...graph]
    .filter(([file]) => file.startsWith(prefix))
    .flatMap(([file, targets]) => targets.map((target) => `${file} → ${target}`));

describe('the import graph', () => {
  it('reads the source tree', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(join('entrypoints', 'background.ts'))).toContain(
      join('utils', 'background', 'toggle.ts'),
    );
  });

  it('has no import circles', () => {
    expect(findCycles(graph).map((cycle) => cycle.map((file) => relative(ROOT, join(ROOT, file))))).toEqual(
      [],
    );
  });

  it('finds a circle when there is one', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    expect(findCycles(looped)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('keeps the page from importing background code', () => {
    expect(
      importsOf(join('utils', 'page')).filter((edge) => edge.includes(join('utils', 'background'))),
    ).toEqual([]);
  });

  it('lets the background import page code only to inject it (executeScript runs the function in the page)', () => {
    expect(
      importsOf(join('utils', 'background')).filter((edge) => edge.includes(join('utils', 'page'))),
    ).toEqual([`${join('utils', 'background', 'toggle.ts')} → ${join('utils', 'page', 'reader-handle.ts')}`]);
  });

  it('keeps the scripts (benchmarks, CLI, harness) independent of the test suites', () => {
    expect(importsOf('scripts').filter((edge) => edge.includes(`→ tests${sep}`))).toEqual([]);
  });

  it('keeps the pure core (extraction, clutter rules, sanitizer) free of either side', () => {
    const core = [join('utils', 'extract'), join('utils', 'clutter'), join('utils', 'sanitize.ts')];
    const edges = core.flatMap(importsOf);
    expect(edges.filter((edge) => /utils\/(page|background)\/|utils\/contract/.test(edge))).toEqual([]);
  });
});
