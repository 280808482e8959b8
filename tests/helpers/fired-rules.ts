import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClutterRemoval } from '../../utils/clutter';

type RemoveClutter = (...args: never[]) => ClutterRemoval[];

let fired = new Set<string>();

/** Which clutter rules removed something, as the fixture test watches the extraction's own walk. */
export const firedRules = {
  watch<F extends RemoveClutter>(removeClutter: F): F {
    return ((...args: Parameters<F>) => {
      const removed = removeClutter(...args);
      for (const removal of removed) fired.add(removal.rule);
      return removed;
    }) as F;
  },
  reset(): void {
    fired = new Set();
  },
  names(): string[] {
    return [...fired].sort();
  },
};

/** A fixture's reviewed list of the rules that fire on it (tests/fixtures/<slug>/expected-rules.json). */
export function readFiredRules(fixtureDir: string): string[] {
  const file = join(fixtureDir, 'expected-rules.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
}
