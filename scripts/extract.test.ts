import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const REFERENCE_URL = 'https://www.koreatimes.co.kr/www/nation/2024/10/113_385612.html';

function runCli(args: string[]): Array<Record<string, unknown>> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/extract.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('extract CLI', () => {
  it('prints one JSON object for one page, gzipped or not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'));
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(join(FIXTURES, 'news--korea-times-reference/source.html'))));
    const [record] = runCli(['--url', REFERENCE_URL, gz]);
    expect(record).toMatchObject({
      file: gz,
      url: REFERENCE_URL,
      siteName: 'The Korea Times',
      byline: 'Yonhap',
    });
  }, 60_000);

  it('prints one line per page of a list, in order, and survives broken entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'));
    const list = join(dir, 'list.tsv');
    const pages = [
      [join(FIXTURES, 'rtl--arabic-article/source.html'), 'https://ar.test/a'],
      [join(dir, 'missing.html'), 'https://missing.test/'],
      [join(FIXTURES, 'no-article--empty-page/source.html'), 'https://empty.test/'],
      [join(FIXTURES, 'news--korea-times-reference/source.html'), REFERENCE_URL],
    ];
    writeFileSync(list, pages.map((p) => p.join('\t')).join('\n'));
    const records = runCli(['--jsonl', list]);
    expect(records.map((r) => r.file)).toEqual(pages.map((p) => p[0]));
    expect(records[0]).toMatchObject({ dir: 'rtl', lang: 'ar' });
    expect(records[1]?.error).toMatch(/ENOENT/);
    expect(records[2]).toMatchObject({ reason: 'no-content' });
    expect(records[3]).toMatchObject({ title: expect.stringContaining('Top diplomats') });
  }, 60_000);

  it('prints textContent one block a line: captions, paragraphs, headings, list items, code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'));
    const page = join(dir, 'page.html');
    const sentence = 'Der Satz hat genug Worte, damit Readability ihn als Artikeltext erkennt und behält. ';
    writeFileSync(
      page,
      '<!DOCTYPE html><html lang="de"><head><title>Weiter</title></head><body><article><h1>Weiter</h1>' +
        '<figure><img src="a.jpg" alt=""><figcaption>Bild: shutterstock</figcaption></figure>' +
        `<p>Und weiter geht's. ${sentence.repeat(4)}</p><h2>Liste</h2><ul><li>eins</li><li>zwei</li></ul>` +
        `<p>${sentence.repeat(4)}</p><pre><code>if (x) {\n  go();\n}</code></pre></article></body></html>`,
    );
    const [record] = runCli(['--url', 'https://de.test/weiter', page]);
    const text = String(record?.textContent);
    expect(text).toContain("Bild: shutterstock\nUnd weiter geht's.");
    expect(text).toContain('\nListe\neins\nzwei\n');
    expect(text).toContain('\nif (x) {\n  go();\n}');
    expect(text).not.toMatch(/shutterstockUnd|Listeeins|einszwei/);
  }, 60_000);

  it('says in one line, exit code 2, when the list itself cannot be read', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'lectern-cli-')), 'no-such-list.tsv');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/extract.ts'), '--jsonl', missing],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `extract: cannot read the list ${missing}: ENOENT: no such file or directory, open '${missing}'`,
    );
  }, 60_000);
});
