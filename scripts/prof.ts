import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { removeClutter } from '../utils/clutter';
import { copyForExtraction } from '../utils/extract/copy-document';
import { readMetadata } from '../utils/extract/metadata';
import { materializeNoscriptImages } from '../utils/extract/noscript-images';
import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from '../utils/sanitize';
const dir = '/work/shared/datasets/article-extraction-dev/html';
const files = readdirSync(dir).slice(0, 25);
const sums: Record<string, number> = {};
const time = <T>(k: string, f: () => T): T => {
  const t = performance.now();
  const r = f();
  sums[k] = (sums[k] ?? 0) + performance.now() - t;
  return r;
};
for (const f of files) {
  const dom = new JSDOM(gunzipSync(readFileSync(`${dir}/${f}`)).toString(), { url: 'https://example.com/' });
  const doc = dom.window.document;
  time('count', () => doc.getElementsByTagName('*').length);
  const copy = time('copy', () => copyForExtraction(doc, 'https://example.com/'));
  time('meta', () => readMetadata(copy, 'https://example.com/'));
  time('noscript', () => materializeNoscriptImages(copy.body, dom.window as never));
  time('clutter', () => removeClutter(copy.body));
  const p = time('readability-copy', () =>
    new Readability<Element>(copy, { serializer: (el: Node) => el as Element }).parse(),
  );
  time('sanitize', () => sanitizeHtml(p!.content!.innerHTML, dom.window as never));
  const p2 = time('readability-full', () => new Readability(doc.cloneNode(true) as Document).parse());
  time('sanitize2', () => sanitizeHtml(p2!.content!, dom.window as never));
  dom.window.close();
}
console.log(sums);
