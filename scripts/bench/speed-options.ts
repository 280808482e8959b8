// bench:speed's command line.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exitWithUsage } from '../lib/usage';

export interface Options {
  data: string;
  /** Runs of (a) and of (b) per page. */
  reps: number;
  /** Toolbar clicks per page: the first, then later ones (each opens and closes the reader). */
  clicks: number;
  limit: number;
  /** Page ids (or their beginnings) to measure instead of all. */
  only: string[];
  out: string;
  /** Instead of the benchmark: where (b)'s time goes, from V8's CPU profiler over every page. */
  profile: boolean;
  /** Instead of the benchmark: (c) for this build beside the one built in this folder, page by page. */
  against?: string;
}

const USAGE =
  'npm run bench:speed -- --data DIR [--reps 5] [--clicks 5] [--limit N] [--only ID,ID] [--out FILE] [--profile | --against BUILT_DIR]';
function usage(problem: string): never {
  return exitWithUsage('bench:speed', problem, USAGE);
}

/** parseArgs' own complaint (an unknown option, a missing value) as a usage line, not a stack trace. */
function parseOrExplain<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
}

export function readOptions(): Options {
  const { values } = parseOrExplain(() =>
    parseArgs({
      options: {
        data: { type: 'string' },
        reps: { type: 'string', default: '5' },
        clicks: { type: 'string', default: '5' },
        limit: { type: 'string', default: '0' },
        only: { type: 'string', default: '' },
        out: { type: 'string', default: '.bench/speed.json' },
        profile: { type: 'boolean', default: false },
        against: { type: 'string' },
      },
    }),
  );
  if (!values.data) usage('--data DIR is required');
  if (!existsSync(join(values.data, 'ground-truth.json'))) {
    usage(`${values.data} has no ground-truth.json (DIR holds ground-truth.json and html/<id>.html.gz)`);
  }
  const reps = Number(values.reps);
  const clicks = Number(values.clicks);
  const limit = Number(values.limit);
  if (!Number.isInteger(reps) || reps < 1)
    usage(`--reps must be a whole number of at least 1, not ${values.reps}`);
  if (!Number.isInteger(clicks) || clicks < 1)
    usage(`--clicks must be a whole number of at least 1, not ${values.clicks}`);
  if (!Number.isInteger(limit) || limit < 0) usage(`--limit must be a whole number, not ${values.limit}`);
  if (values.against && !existsSync(join(values.against, 'manifest.json'))) {
    usage(`${values.against} is not a built extension (no manifest.json); build one with \`wxt build\``);
  }
  return {
    data: values.data,
    reps,
    clicks,
    limit,
    only: values.only ? values.only.split(',') : [],
    out: values.out!,
    profile: values.profile!,
    against: values.against ? resolve(values.against) : undefined,
  };
}
