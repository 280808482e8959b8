import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** URL prefix → folder. Only these two trees are served, nothing else of the checkout. */
const MOUNTS: Record<string, string> = {
  '/pages/': join(ROOT, 'tests/e2e/pages'),
  '/fixtures/': join(ROOT, 'tests/fixtures'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp']);
// Saved pages point at images on their own site (the reference page's photo is /upload/…/borrell.jpg).
// Offline, every missing image becomes this neutral picture, so pages and screenshots still look like pages.
const PLACEHOLDER_IMAGE = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="740" height="493" viewBox="0 0 740 493">',
  '<rect width="740" height="493" fill="#8a9bb0"/><circle cx="370" cy="200" r="90" fill="#d9cbb8"/>',
  '<rect x="220" y="310" width="300" height="183" rx="40" fill="#3d4f66"/></svg>',
].join('');

export interface TestServer {
  port: number;
  /**
   * A URL never handed out before (a `?case=` counter), so a tab target can be matched by URL alone.
   * `host` picks the origin: 127.0.0.1 and localhost are two sites to the browser.
   */
  url(path: string, host?: '127.0.0.1' | 'localhost'): string;
  close(): Promise<void>;
}

function resolvePath(pathname: string, mounts: Record<string, string>): string | null {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    return file.startsWith(dir) ? file : null;
  }
  return null;
}

/**
 * A static file server on 127.0.0.1 with a random port; 404 for anything outside the mounts.
 * `extraMounts` (URL prefix → folder) lets the speed benchmark serve its data set the same way.
 */
export async function startTestServer(extraMounts: Record<string, string> = {}): Promise<TestServer> {
  const mounts = { ...MOUNTS, ...extraMounts };
  let counter = 0;
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = resolvePath(pathname, mounts);
    const send = (status: number, body: string | Buffer, type = 'text/plain') => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    const notFound = () =>
      IMAGE_EXTENSIONS.has(extname(pathname).toLowerCase())
        ? send(200, PLACEHOLDER_IMAGE, 'image/svg+xml')
        : send(404, 'not found');
    if (!file) return notFound();
    readFile(file).then(
      (body) => send(200, body, TYPES[extname(file)] ?? 'application/octet-stream'),
      notFound,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path, host = '127.0.0.1') => `http://${host}:${port}/${path.replace(/^\//, '')}?case=${++counter}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
