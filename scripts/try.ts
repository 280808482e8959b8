import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../utils/extract';
for (const slug of process.argv.slice(2)) {
  const dom = new JSDOM(
    readFileSync(`/work/shared/datasets/readability-test-pages/${slug}/source.html`, 'utf8'),
    { url: 'http://fakehost/test/page.html' },
  );
  const r = extractArticle(dom.window.document, 'http://fakehost/test/page.html');
  console.log(slug, r.article ? r.article.wordCount : JSON.stringify(r));
}
