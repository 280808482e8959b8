// The development sets bench:extract scores, each in its own layout (../shared/datasets/README.md):
//   scrapinghub      ground-truth.json + html/<id>.html.gz (truth: the article text a person marked)
//   wcxb             ground-truth/<id>.json + html/<id>.html.gz (truth: main content, page type, snippets)
//   readability      <slug>/source.html + expected.html (truth: Readability's own output, so recall only)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export type DatasetKind = 'scrapinghub' | 'wcxb' | 'readability';

export interface BenchPage {
  dataset: string;
  id: string;
  url: string;
  file: string;
  /** WCXB's page type; "article" elsewhere. */
  type: string;
  /** Hostname: the group of the grouped cross-validation. */
  site: string;
  /** Plain-text truth, or null when it is HTML to convert (`truthHtmlFile`). */
  truth: string | null;
  truthHtmlFile?: string;
  with?: string[];
  without?: string[];
}

export interface Dataset {
  name: string;
  kind: DatasetKind;
  pages: BenchPage[];
}

const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function datasetKind(dir: string): DatasetKind | null {
  if (existsSync(join(dir, 'ground-truth.json'))) return 'scrapinghub';
  if (existsSync(join(dir, 'ground-truth')) && existsSync(join(dir, 'html'))) return 'wcxb';
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.html'))))
    return 'readability';
  return null;
}

interface WcxbTruth {
  url: string;
  _internal?: { page_type?: { primary?: string } | string };
  ground_truth?: { main_content?: string; with?: string[]; without?: string[] };
}

function wcxbType(data: WcxbTruth): string {
  const pt = data._internal?.page_type;
  const type = typeof pt === 'string' ? pt : (pt?.primary ?? 'article');
  return type === 'category' ? 'collection' : type;
}

export function loadDataset(dir: string): Dataset {
  const name = basename(dir);
  const kind = datasetKind(dir);
  if (kind === 'scrapinghub') {
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { articleBody: string; url: string }
    >;
    const pages = Object.entries(truth).map(([id, entry]) => ({
      dataset: name,
      id,
      url: entry.url,
      file: join(dir, 'html', `${id}.html.gz`),
      type: 'article',
      site: hostOf(entry.url),
      truth: entry.articleBody,
    }));
    return { name, kind, pages };
  }
  if (kind === 'wcxb') {
    const pages: BenchPage[] = [];
    for (const file of readdirSync(join(dir, 'ground-truth')).sort()) {
      if (!file.endsWith('.json')) continue;
      const data = JSON.parse(readFileSync(join(dir, 'ground-truth', file), 'utf8')) as WcxbTruth;
      const gt = data.ground_truth;
      if (!gt || typeof gt !== 'object') continue;
      const id = file.replace(/\.json$/, '');
      pages.push({
        dataset: name,
        id,
        url: data.url,
        file: join(dir, 'html', `${id}.html.gz`),
        type: wcxbType(data),
        site: hostOf(data.url),
        truth: gt.main_content ?? '',
        with: gt.with ?? [],
        without: gt.without ?? [],
      });
    }
    return { name, kind, pages };
  }
  if (kind === 'readability') {
    const pages = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.html')))
      .map((d) => d.name)
      .sort()
      .map((slug) => ({
        dataset: name,
        id: slug,
        url: READABILITY_TEST_URL,
        file: join(dir, slug, 'source.html'),
        type: 'article',
        // Every page has the same fake URL: the slug is the site.
        site: slug,
        truth: null,
        truthHtmlFile: join(dir, slug, 'expected.html'),
      }));
    return { name, kind, pages };
  }
  throw new Error(`${dir} is not a data set this benchmark knows`);
}
