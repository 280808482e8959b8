import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runWxt } from './firefox';
import { readZip } from './zip-reader';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const archive = (kind: string) => join(ROOT, '.output', `lectern-${version}-${kind}.zip`);

const SHIPPED = [
  'manifest.json',
  'background.js',
  'reader.js',
  'icon/16.png',
  'icon/32.png',
  'icon/48.png',
  'icon/128.png',
  '_locales/en/messages.json',
  '_locales/ko/messages.json',
];

function expectReleaseContents(files: Map<string, Buffer>) {
  expect([...files.keys()]).toEqual(expect.arrayContaining(SHIPPED));
  const testOnly = [...files.keys()].filter((name) => /e2e|\.map$|\.test\./.test(name));
  expect(testOnly).toEqual([]);
  // The e2e trigger's listener is behind a build-time constant: no trace of it may ship.
  const withTrigger = [...files]
    .filter(([, content]) => content.includes('lectern-e2e'))
    .map(([name]) => name);
  expect(withTrigger).toEqual([]);
}

describe('store archives (npm run zip / zip:firefox)', () => {
  let rebuildDir: string | null = null;

  // What an AMO reviewer does with the sources zip: unpack it and build. Done in the hook, whose bound is set
  // for builds; a build inside the test ran past the per-test bound on a loaded machine.
  function rebuildFromSources(): void {
    rebuildDir = mkdtempSync(join(tmpdir(), 'lectern-sources-'));
    for (const [name, content] of readZip(archive('sources'))) {
      mkdirSync(dirname(join(rebuildDir, name)), { recursive: true });
      writeFileSync(join(rebuildDir, name), content);
    }
    symlinkSync(join(ROOT, 'node_modules'), join(rebuildDir, 'node_modules'));
    runWxt(['build', '-b', 'firefox'], rebuildDir);
  }

  beforeAll(() => {
    for (const kind of ['chrome', 'firefox', 'sources']) rmSync(archive(kind), { force: true });
    runWxt(['zip']);
    runWxt(['zip', '-b', 'firefox']);
    rebuildFromSources();
  });

  afterAll(() => {
    if (rebuildDir) rmSync(rebuildDir, { recursive: true, force: true });
  });

  it('builds the Chrome Web Store zip with the release files at its root', () => {
    const files = readZip(archive('chrome'));
    expectReleaseContents(files);
    const manifest = JSON.parse(String(files.get('manifest.json')));
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect(manifest.browser_specific_settings).toBeUndefined();
  });

  it('builds the AMO zip with the add-on id and no test-only trigger', () => {
    const files = readZip(archive('firefox'));
    expectReleaseContents(files);
    const manifest = JSON.parse(String(files.get('manifest.json')));
    expect(manifest.browser_specific_settings.gecko.id).toBe('lectern@lectern.example');
    expect(manifest.host_permissions).toBeUndefined();
  });

  it('builds the AMO sources zip with what a reviewer needs and without tests or build output', () => {
    const names = [...readZip(archive('sources')).keys()];
    expect(names).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'public/icon.svg']),
    );
    expect(names.filter((name) => /^(node_modules|\.output|\.wxt|tests)\//.test(name))).toEqual([]);
  });

  // AMO reviewers build the sources and diff the result against the uploaded add-on.
  it('rebuilds the AMO zip byte for byte from the sources zip', () => {
    const differing = [...readZip(archive('firefox'))]
      .filter(
        ([name, content]) =>
          !content.equals(readFileSync(join(rebuildDir as string, '.output/firefox-mv3', name))),
      )
      .map(([name]) => name);
    expect(differing).toEqual([]);
  });
});
