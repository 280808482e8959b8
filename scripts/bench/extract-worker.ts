// One bench:extract worker process: parses each page once with jsdom and runs the extractors on it, answering
// with each one's text (block-separated, as the CLI prints it) and time. Run by bench-extract.ts, never alone.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { extractArticle, type ExtractOptions } from '../../utils/extract';
import { sanitizeHtml } from '../../utils/sanitize';
import { readPage, serveLines } from '../lib/extract-page';
import { htmlToText } from './html-to-text';

export const EXTRACTORS = ['ours', 'readability', 'defuddle'] as const;
export type ExtractorName = (typeof EXTRACTORS)[number];

export interface WorkerTask {
  file: string;
  url: string;
  extractors: ExtractorName[];
  truthHtmlFile?: string;
}

export interface WorkerAnswer {
  texts: Partial<Record<ExtractorName, string>>;
  ms: Partial<Record<ExtractorName, number>>;
  errors: Partial<Record<ExtractorName, string>>;
  truthText?: string;
}

// Defuddle takes seconds a page (over a minute of CPU a hundred pages): its text is kept per page content and
// Defuddle version, in the usual place of tool caches, so only new pages pay for it.
const DEFUDDLE_VERSION = (
  JSON.parse(readFileSync(join('node_modules', 'defuddle', 'package.json'), 'utf8')) as { version: string }
).version;
const DEFUDDLE_CACHE = join('node_modules', '.cache', 'bench-extract', `defuddle-${DEFUDDLE_VERSION}`);

interface CachedRun {
  text: string;
  ms?: number;
  error?: string;
}

// For scripts/bench/fit-fallback.py: LECTERN_FALLBACK=off|always runs the extraction with the whole-page fallback
// never or always taken, and FALLBACK_LOG=FILE appends what the fallback weighed on each page, one JSON line each.
// For scripts/bench/fit-scope.py: LECTERN_SCOPE=off|always and SCOPE_LOG=FILE, the same for the cleaned-scope
// fallback (the share of the cleaned scope's paragraph text Readability kept, per article).
function fallbackOptions(url: string): ExtractOptions {
  const mode = process.env.LECTERN_FALLBACK;
  const log = process.env.FALLBACK_LOG;
  const scopeMode = process.env.LECTERN_SCOPE;
  const scopeLog = process.env.SCOPE_LOG;
  return {
    fallback: mode === 'off' || mode === 'always' ? mode : 'auto',
    onFallback: log ? (facts) => appendFileSync(log, `${JSON.stringify({ url, ...facts })}\n`) : undefined,
    scopeFallback: scopeMode === 'off' || scopeMode === 'always' ? scopeMode : 'auto',
    onKeptShare: scopeLog
      ? (share) => appendFileSync(scopeLog, `${JSON.stringify({ url, share })}\n`)
      : undefined,
  };
}

function extractHtml(name: ExtractorName, doc: Document, url: string): string {
  switch (name) {
    case 'ours': {
      const result = extractArticle(doc, url, fallbackOptions(url));
      return result.article ? result.article.content : '';
    }
    case 'readability': {
      // The reference cost of issue 3: clone + Readability + DOMPurify.
      const parsed = new Readability(doc.cloneNode(true) as Document).parse();
      return parsed?.content ? sanitizeHtml(parsed.content, doc.defaultView as never) : '';
    }
    case 'defuddle': {
      const parsed = new Defuddle(doc.cloneNode(true) as Document, { url, useAsync: false }).parse();
      return parsed.content ?? '';
    }
  }
}

function handle(task: WorkerTask): WorkerAnswer {
  const answer: WorkerAnswer = { texts: {}, ms: {}, errors: {} };
  const html = readPage(task.file);
  const dom = new JSDOM(html, { url: task.url, virtualConsole: new VirtualConsole() });
  try {
    const parser = new dom.window.DOMParser();
    if (task.truthHtmlFile) answer.truthText = htmlToText(readFileSync(task.truthHtmlFile, 'utf8'), parser);
    for (const name of task.extractors) {
      const cached =
        name === 'defuddle'
          ? join(DEFUDDLE_CACHE, `${createHash('sha1').update(html).digest('hex')}.json`)
          : '';
      if (cached && existsSync(cached)) {
        const run = JSON.parse(readFileSync(cached, 'utf8')) as CachedRun;
        answer.texts.defuddle = run.text;
        if (run.ms !== undefined) answer.ms.defuddle = run.ms;
        if (run.error !== undefined) answer.errors.defuddle = run.error;
        continue;
      }
      try {
        const start = performance.now();
        const out = extractHtml(name, dom.window.document, task.url);
        answer.ms[name] = performance.now() - start;
        answer.texts[name] = htmlToText(out, parser);
      } catch (error) {
        answer.errors[name] = String(error);
        answer.texts[name] = '';
      }
      if (cached) {
        mkdirSync(DEFUDDLE_CACHE, { recursive: true });
        const run: CachedRun = {
          text: answer.texts.defuddle ?? '',
          ms: answer.ms.defuddle,
          error: answer.errors.defuddle,
        };
        writeFileSync(cached, JSON.stringify(run));
      }
    }
  } finally {
    dom.window.close();
  }
  return answer;
}

if (process.argv.includes('--worker')) serveLines<WorkerTask>(handle);
