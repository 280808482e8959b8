import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `npm run lint:firefox`: builds the release Firefox add-on, runs Mozilla's validator (`web-ext lint`,
 * the add-ons linter AMO runs on upload) and says where every finding comes from. The build is minified,
 * so a second build with hidden source maps (byte-identical code, checked) maps each position back to
 * its source file: ours, or a dependency bundled into ours.
 */
const ROOT = resolve(import.meta.dirname, '..');
export const FIREFOX_BUILD_DIR = join(ROOT, '.output/firefox-mv3');

export interface LintFinding {
  severity: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  /** The original source file (from the source map), e.g. node_modules/dompurify/dist/purify.es.mjs. */
  source: string | null;
  /** The npm package the finding comes from, or null for our own code and the manifest. */
  dependency: string | null;
}

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

function bin(name: string): string {
  return join(ROOT, 'node_modules/.bin', name);
}

/**
 * The environment of a plain `npm run build`. Under vitest, NODE_ENV=test leaks into child processes and
 * makes Vite bundle different (non-release) code, so tests would check a build nobody ships.
 */
export function releaseEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !/^VITEST|^TEST$/.test(name)),
  );
}

/** Runs the project's WXT CLI (build, zip) the way the npm scripts do. */
export function runWxt(args: string[], cwd = ROOT): void {
  execFileSync(bin('wxt'), args, { cwd, stdio: 'pipe', env: releaseEnv() });
}

export function buildRelease(): void {
  runWxt(['build', '-b', 'firefox']);
}

function runLinter(dir: string): Record<'errors' | 'warnings' | 'notices', LinterMessage[]> {
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  let stdout: string;
  try {
    stdout = execFileSync(
      bin('web-ext'),
      ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: releaseEnv() },
    );
  } catch (error) {
    stdout = (error as { stdout?: string }).stdout ?? '';
  }
  return JSON.parse(stdout) as Record<'errors' | 'warnings' | 'notices', LinterMessage[]>;
}

/** The release build again, with hidden source maps, into a temporary folder. */
function buildWithSourceMaps(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'lectern-sourcemaps-'));
  // A CommonJS -e script with a dynamic import, not --input-type=module: Node passes that flag on to worker
  // threads, and the terser minifier's worker (CommonJS code run with eval) then fails on `require`.
  const script = `
    import('wxt').then(({ build }) => build({ browser: 'firefox', outDir: ${JSON.stringify(outDir)},
      vite: () => ({ build: { sourcemap: 'hidden' } }) }));`;
  execFileSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    stdio: 'pipe',
    env: releaseEnv(),
  });
  const [built] = readdirSync(outDir);
  if (!built) throw new Error('the source-map build produced nothing');
  return join(outDir, built);
}

function originalSource(mappedDir: string, releaseDir: string, file: string, line: number, column: number) {
  const released = readFileSync(join(releaseDir, file), 'utf8');
  if (readFileSync(join(mappedDir, file), 'utf8') !== released)
    throw new Error(`${file}: the source-map build differs from the release build; cannot attribute`);
  const mapFile = join(mappedDir, `${file}.map`);
  const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  // The linter counts lines and columns from 1; source maps from 0.
  const entry = map.findEntry(line - 1, Math.max(0, column - 1)) as {
    originalSource?: string;
    originalLine?: number;
  };
  if (!entry.originalSource) return null;
  // Sources are relative to the map's folder. node_modules may be a symlink into another checkout, so
  // dependencies are named from their node_modules/ segment on, our files relative to the project.
  const path = relative(ROOT, resolve(dirname(mapFile), entry.originalSource)).replace(
    /^.*?(?=node_modules\/)/,
    '',
  );
  return `${path}:${(entry.originalLine ?? 0) + 1}`;
}

function dependencyOf(source: string | null): string | null {
  return source?.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? null;
}

export function lintFirefoxBuild(): LintFinding[] {
  buildRelease();
  const report = runLinter(FIREFOX_BUILD_DIR);
  let mappedDir: string | null = null;
  try {
    const severities = [
      ['error', report.errors],
      ['warning', report.warnings],
      ['notice', report.notices],
    ] as const;
    return severities.flatMap(([severity, messages]) =>
      messages.map((message): LintFinding => {
        const { file, line, column } = message;
        let source: string | null = null;
        if (file?.endsWith('.js') && line && column) {
          mappedDir ??= buildWithSourceMaps();
          source = originalSource(mappedDir, FIREFOX_BUILD_DIR, file, line, column);
        }
        return {
          severity,
          code: message.code,
          message: message.message,
          file: file ?? null,
          line: line ?? null,
          column: column ?? null,
          source,
          dependency: dependencyOf(source),
        };
      }),
    );
  } finally {
    if (mappedDir) rmSync(resolve(mappedDir, '..'), { recursive: true, force: true });
  }
}

function main() {
  const findings = lintFirefoxBuild();
  const count = (severity: LintFinding['severity']) => findings.filter((f) => f.severity === severity).length;
  console.log(`web-ext lint ${FIREFOX_BUILD_DIR}`);
  console.log(`errors: ${count('error')}  warnings: ${count('warning')}  notices: ${count('notice')}`);
  for (const f of findings) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}:${f.column}` : ''}` : '';
    const origin = f.dependency
      ? `dependency ${f.dependency} (${f.source})`
      : (f.source ?? 'our code/manifest');
    console.log(`  ${f.severity.padEnd(7)} ${f.code.padEnd(28)} ${where.padEnd(34)} from ${origin}`);
  }
  const ours = findings.filter((f) => f.severity !== 'notice' && !f.dependency);
  for (const f of ours)
    console.error(`not allowed: ${f.severity} ${f.code} in our own code or manifest: ${f.message}`);
  process.exitCode = ours.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
