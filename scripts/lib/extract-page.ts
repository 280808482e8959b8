import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../utils/extract';
import { htmlToText } from '../bench/html-to-text';

/** One line of CLI output: the file, and either the article's fields or an error. */
export type PageRecord = { file: string; url: string } & (
  Record<string, unknown> | { error: string; reason?: string }
);

export function readPage(file: string): string {
  const bytes = readFileSync(file);
  const isGzip = file.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b);
  return (isGzip ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Parses with jsdom 27 (no scripts, no resource loading, CSS errors silenced) and extracts. */
export function extractFile(file: string, url?: string): PageRecord {
  const pageUrl = url || pathToFileURL(resolve(file)).href;
  const dom = new JSDOM(readPage(file), { url: pageUrl, virtualConsole: new VirtualConsole() });
  try {
    const result = extractArticle(dom.window.document, pageUrl);
    if (!result.article) return { file, url: pageUrl, error: result.message, reason: result.reason };
    // One block a line, made here and not in the extraction: the reader needs no such text before its first
    // frame, and the DOM walk would be paid on every click.
    const textContent = htmlToText(result.article.content, new dom.window.DOMParser());
    return { file, url: pageUrl, ...result.article, textContent };
  } finally {
    dom.window.close();
  }
}

/**
 * A worker process that answers one JSON line per task line: `script` run with this process's loader
 * (tsx) and `args`. A page that crashes the DOM implementation (some throw asynchronously, outside any
 * try/catch) or hangs costs only its own answer (null), and the worker is restarted for the next task.
 */
export class LineWorker {
  private child: ChildProcessWithoutNullStreams | null = null;
  private pending: ((line: string | null) => void) | null = null;

  constructor(
    private readonly script: string,
    private readonly args: string[],
    private readonly timeoutMs: number,
  ) {}

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(process.execPath, [...process.execArgv, this.script, ...this.args], {
      stdio: 'pipe',
    });
    child.stderr.resume();
    createInterface({ input: child.stdout }).on('line', (line) => this.settle(line));
    child.on('exit', () => {
      if (this.child === child) this.child = null;
      this.settle(null);
    });
    return child;
  }

  private settle(line: string | null): void {
    const resolve = this.pending;
    this.pending = null;
    resolve?.(line);
  }

  /** The task's JSON line, or null when the worker died or hung on it (it is then replaced). */
  run(task: unknown): Promise<string | null> {
    this.child ??= this.start();
    const child = this.child;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.child = null;
        child.kill('SIGKILL');
      }, this.timeoutMs);
      this.pending = (line) => {
        clearTimeout(timer);
        resolve(line);
      };
      child.stdin.write(`${JSON.stringify(task)}\n`);
    });
  }

  stop(): void {
    this.child?.stdin.end();
  }
}

/** The worker side of a LineWorker: `handle` answers each task line with one JSON value. */
export function serveLines<T>(handle: (task: T) => unknown): void {
  process.on('uncaughtException', () => process.exit(70));
  createInterface({ input: process.stdin }).on('line', (line) => {
    process.stdout.write(`${JSON.stringify(handle(JSON.parse(line) as T))}\n`);
  });
}
