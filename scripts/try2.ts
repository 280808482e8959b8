import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { removeClutter } from '../utils/clutter';
import { copyForExtraction } from '../utils/extract/copy-document';
for (const slug of process.argv.slice(2)) {
  const dom = new JSDOM(
    readFileSync(`/work/shared/datasets/readability-test-pages/${slug}/source.html`, 'utf8'),
    { url: 'http://fakehost/test/page.html' },
  );
  const copy = copyForExtraction(dom.window.document, 'http://fakehost/test/page.html');
  const removed = removeClutter(copy.body);
  console.log('==', slug);
  for (const r of removed) {
    const t = (r.element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length > 30)
      console.log(
        r.rule,
        r.element.localName,
        (r.element.getAttribute('class') ?? '').slice(0, 50),
        t.length,
        t.slice(0, 80),
      );
  }
}
