// Bundled by scripts/bench/speed-world.ts and evaluated in an isolated world of the page under test (like a
// content script: the page's DOM, not its JavaScript). Each function times itself with the page's clock.
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { extractArticle } from '../../utils/extract';

export interface ProbeRun {
  ms: number;
  found: boolean;
  /** Characters of sanitized article HTML: a sanity check that both did real work. */
  chars: number;
  error?: string;
}

function timed(run: () => string | null): ProbeRun {
  const start = performance.now();
  try {
    const html = run();
    return { ms: performance.now() - start, found: html !== null, chars: html?.length ?? 0 };
  } catch (error) {
    return { ms: performance.now() - start, found: false, chars: 0, error: String(error) };
  }
}

/** (a) What a minimal reader must do: Readability on a full clone, then DOMPurify with its defaults. */
function bare(): ProbeRun {
  return timed(() => {
    const parsed = new Readability(document.cloneNode(true) as Document).parse();
    return parsed?.content ? (DOMPurify.sanitize(parsed.content) as string) : null;
  });
}

/** (b) Our whole pipeline, on the live document, exactly as the content script calls it. */
function ours(): ProbeRun {
  return timed(() => extractArticle(document, location.href).article?.content ?? null);
}

/** Whether our extraction leaves the live page exactly as it was (the page is read, never written). */
function leavesPageUntouched(): boolean {
  const before = document.documentElement.outerHTML;
  extractArticle(document, location.href);
  return document.documentElement.outerHTML === before;
}

Reflect.set(globalThis, '__lecternSpeedProbe', { bare, ours, leavesPageUntouched });
