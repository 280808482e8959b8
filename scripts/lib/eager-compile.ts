/**
 * V8's explicit compile hint (Chrome 136 and later): this comment as a script's first line makes V8 compile every
 * function in it when the script loads, instead of pre-parsing each one and compiling it again on its first call.
 * Everything in the reader's content script runs on the first click, and in a page whose renderer has not run
 * it before (a newly opened article: a new tab, or another site in the same tab) all of it is cold, so the first
 * click paints sooner (docs/speed.md has the measurement). Other browsers read a comment.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * WXT makes the script's IIFE anonymous (`globalName: false`: its value is what scripting.executeScript hands
 * back) by finding `var reader=(function` at the very start of the file. Under Vite 7 its step runs after this
 * one and would find the hint there instead: so the same step is done here first, and WXT's finds nothing to do.
 */
const NAMED_IIFE = /^var [\w$]+\s*=\s*(\(function)/;

interface BundleFile {
  type: string;
  code?: string;
  source?: string | Uint8Array;
}

/** The source map of a script one line longer at the top: every generated position moves one line down. */
function shiftedOneLine(map: string): string {
  const parsed = JSON.parse(map) as { mappings: string };
  return JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
}

/**
 * A Vite plugin putting the hint at the top of the built `fileName`, whose IIFE it makes anonymous. A source map built with it (the
 * Firefox lint's, scripts/lint-firefox.ts) moves down the same line, or every finding would point one line off.
 */
export function eagerCompile(fileName: string) {
  return {
    name: 'lectern:eager-compile',
    enforce: 'post' as const,
    generateBundle: {
      order: 'post' as const,
      handler(_options: unknown, bundle: Record<string, BundleFile>) {
        const file = bundle[fileName];
        if (file?.type !== 'chunk') return;
        file.code = EAGER_COMPILE_HINT + (file.code ?? '').replace(NAMED_IIFE, '$1');
        const map = bundle[`${fileName}.map`];
        if (map?.type === 'asset' && typeof map.source === 'string') map.source = shiftedOneLine(map.source);
      },
    },
  };
}
