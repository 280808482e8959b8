import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/harness/browser';

// Idle cost must be zero: no script in any page until the user asks, and a service worker that only
// registers its listeners when the browser starts it. Checked on the release build itself.

const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

/**
 * Every use of the extension APIs and of the worker's timers and network, recorded: `chrome.x.y(…)` calls are
 * logged as 'x.y', and reading any property gives another recorder, so no code path fails for lack of an API.
 */
function recordingApi(calls: string[], path: string[] = []): unknown {
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get: (_, key) => (typeof key === 'symbol' ? undefined : recordingApi(calls, [...path, key])),
    apply: () => {
      calls.push(path.join('.'));
      return recordingApi(calls, [...path, '()']);
    },
  });
}

function runBackgroundStartup(): string[] {
  const calls: string[] = [];
  const recorder = (name: string) => () => void calls.push(name);
  const code = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
  const worker = {
    chrome: recordingApi(calls),
    setTimeout: recorder('setTimeout'),
    setInterval: recorder('setInterval'),
    queueMicrotask: recorder('queueMicrotask'),
    fetch: recorder('fetch'),
    importScripts: recorder('importScripts'),
    addEventListener: recorder('self.addEventListener'),
    console,
  };
  runInNewContext(code, { ...worker, self: worker, globalThis: worker });
  return calls;
}

describe('idle cost', () => {
  it('declares no content script, no host access and nothing web-accessible', () => {
    const built = manifest();
    expect(built.content_scripts).toBeUndefined();
    expect(built.host_permissions).toBeUndefined();
    expect(built.optional_host_permissions).toBeUndefined();
    expect(built.web_accessible_resources).toBeUndefined();
    expect(built.permissions).toEqual(['activeTab', 'scripting', 'storage']);
  });

  it('only registers listeners when the service worker starts', () => {
    const calls = runBackgroundStartup();
    expect(calls).toEqual([
      'action.onClicked.addListener',
      'commands.onCommand.addListener',
      // The settings, the site rules, the reading positions and Save's converter request each answer their own
      // messages from the reader; Listen's relay (one reader reads aloud at a time) hears which tab speaks.
      'runtime.onMessage.addListener',
      'runtime.onMessage.addListener',
      'runtime.onMessage.addListener',
      'runtime.onMessage.addListener',
      'runtime.onMessage.addListener',
    ]);
  });

  it('would notice start-up work (the recorder sees a call made at the top level)', () => {
    const calls: string[] = [];
    runInNewContext('chrome.storage.local.get("x"); chrome.action.onClicked.addListener(() => {})', {
      chrome: recordingApi(calls),
    });
    expect(calls).toEqual(['storage.local.get', 'action.onClicked.addListener']);
  });
});
