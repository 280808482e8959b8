import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LaunchOptions, ReaderBrowser } from '../../../scripts/harness/browser';
import { useReaderBrowser } from '../../helpers/reader-browser';

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  at: number;
}

export interface HostedPage {
  html: string | (() => string);
  headers?: Record<string, string>;
}

export interface HostileServer {
  origin: string;
  /** Serves `page` under a path never used before and returns its URL (tab targets are matched by URL). */
  host(name: string, page: HostedPage): string;
  /** Every request for a /beacon/ URL, in order: a vector's chosen URL being fetched. */
  beacons(): RecordedRequest[];
  close(): Promise<void>;
}

/**
 * Generated hostile pages with the headers they need (CSP), and a recorder for vector-chosen URLs. Beacons
 * answer 204 so a `<meta http-equiv=refresh>` aimed at one is recorded but does not navigate the page away.
 */
export async function startHostileServer(): Promise<HostileServer> {
  const pages = new Map<string, HostedPage>();
  const beacons: RecordedRequest[] = [];
  let counter = 0;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.includes('/beacon/')) {
      beacons.push({ path, headers: request.headers, at: Date.now() });
      response.writeHead(204, { 'cache-control': 'no-store' });
      return response.end();
    }
    const page = pages.get(path);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      return response.end('not found');
    }
    const html = typeof page.html === 'function' ? page.html() : page.html;
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...page.headers,
    });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    host(name, page) {
      const path = `/hostile/${++counter}-${name}.html`;
      pages.set(path, page);
      return origin + path;
    },
    beacons: () => [...beacons],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The hostile suites' browser and page server, both for the whole file: `keep` gets them before the first test. */
export function useHostileBrowser(
  keep: (browser: ReaderBrowser, server: HostileServer) => void,
  launch: LaunchOptions = {},
): void {
  let server: HostileServer | undefined;
  useReaderBrowser({
    launch,
    setup: async (browser) => {
      server = await startHostileServer();
      keep(browser, server);
    },
    teardown: async () => {
      await server?.close();
    },
  });
}
