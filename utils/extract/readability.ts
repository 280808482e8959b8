import type { Readability as ReadabilityType } from '@mozilla/readability';
// The package's index also bundles isProbablyReaderable, which nothing here uses: about 0.6 kB gzipped of
// the reader's 45 kB budget. Readability.js alone is the same class (the index re-exports it).
import ReadabilityClass from '@mozilla/readability/Readability.js';

export const Readability = ReadabilityClass as typeof ReadabilityType;
export type Readability<T = string> = ReadabilityType<T>;
