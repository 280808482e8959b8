// The host side of the in-page probe (speed-probe.ts): its bundle, and the isolated world it runs in.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { CDPSession } from 'playwright-core';
import { readerHosts } from '../harness/reader-inspector';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function bundleProbe(minify = true): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'scripts/bench/speed-probe.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify,
    keepNames: !minify,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** An isolated world in the page's main frame: the page's DOM, its own globals — where content scripts live. */
export class PageWorld {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  static async open(cdp: CDPSession, code?: string): Promise<PageWorld> {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'lectern-speed-bench',
    });
    const world = new PageWorld(cdp, executionContextId);
    if (code) await world.eval(code);
    return world;
  }

  async eval<T>(expression: string, awaitPromise = false): Promise<T> {
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      returnByValue: true,
      awaitPromise,
    });
    if (exceptionDetails) {
      throw new Error(
        `${expression.slice(0, 60)}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
      );
    }
    return result.value as T;
  }

  /**
   * The overlay's rendered article text, read through its closed shadow root the way DevTools does. A plain
   * string function: tsx's `__name` helpers would break a serialized one (ReaderInspector runs under vitest).
   */
  async readerText(cdp: CDPSession): Promise<number> {
    const shadow = (await readerHosts(cdp))[0]?.shadowRoots?.[0];
    if (!shadow) return 0;
    const { object } = await cdp.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      executionContextId: this.contextId,
    });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () { return this.querySelector('.article-body')?.innerText.trim().length ?? 0; }`,
      returnByValue: true,
    });
    return result.value as number;
  }
}
