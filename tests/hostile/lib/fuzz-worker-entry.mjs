// Worker threads start outside vitest's transform: load the TypeScript worker through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./fuzz-worker.ts', import.meta.url);
