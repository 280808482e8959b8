import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../utils/extract';

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
    return { file, url: pageUrl, ...result.article };
  } finally {
    dom.window.close();
  }
}
