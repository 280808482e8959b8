import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { CLUTTER_RULES } from '../utils/clutter';
import { nameOf } from '../utils/clutter/rule';
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
  const copy = time('create', () => doc.implementation.createHTMLDocument(''));
  const body = time('import', () => copy.importNode(doc.body, true));
  time('replace', () => copy.body.replaceWith(body));
  const all = time('all', () => Array.from(body.getElementsByTagName('*')));
  time('names', () => all.forEach((el) => nameOf(el)));
  for (const r of CLUTTER_RULES) time(r.name, () => all.forEach((el) => r.test(el, nameOf(el))));
  time('junk', () =>
    all.forEach((el) => {
      if (el.localName === 'script' || el.localName === 'style' || el.localName === 'svg') el.remove();
    }),
  );
  time('clone', () => doc.cloneNode(true));
  dom.window.close();
}
console.log(sums);
