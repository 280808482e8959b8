// Command-line extraction with the extension's own pipeline (utils/extract), in Node with jsdom.
//   npm run --silent extract -- [--url URL] FILE       one JSON object for one saved page (.html or .html.gz)
//   npm run --silent extract -- --jsonl LIST          LIST lines are PATH<TAB>URL; one JSON line per page, in order
// Batch pages run in a worker process: a page that crashes the DOM implementation (some throw
// asynchronously, outside any try/catch) costs only its own line, and the worker is restarted.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFile, LineWorker, serveLines, type PageRecord } from './lib/extract-page';

const PAGE_TIMEOUT_MS = 60_000;

interface Task {
  file: string;
  url: string;
}

function errorRecord(task: Task, error: unknown): PageRecord {
  return { file: task.file, url: task.url, error: error instanceof Error ? error.message : String(error) };
}

function parseList(listFile: string): Task[] {
  return readFileSync(listFile, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => {
      const [file = '', url = ''] = line.split('\t');
      return { file: file.trim(), url: url.trim() };
    });
}

/** The worker side: one task per stdin line, one JSON line back per task. */
function runWorker(): void {
  serveLines<Task>((task) => {
    try {
      return extractFile(task.file, task.url || undefined);
    } catch (error) {
      return errorRecord(task, error);
    }
  });
}

async function runBatch(listFile: string): Promise<void> {
  let tasks: Task[];
  try {
    tasks = parseList(listFile);
  } catch (error) {
    // The whole batch has no input: one clear line, not a stack trace (a broken page only costs its own line).
    process.stderr.write(`extract: cannot read the list ${listFile}: ${(error as Error).message}\n`);
    process.exit(2);
  }
  const worker = new LineWorker(fileURLToPath(import.meta.url), ['--worker'], PAGE_TIMEOUT_MS);
  for (const task of tasks) {
    const line = await worker.run(task);
    process.stdout.write(`${line ?? JSON.stringify(errorRecord(task, 'extraction crashed or timed out'))}\n`);
  }
  worker.stop();
}

function usage(): never {
  process.stderr.write('Usage: extract [--url URL] FILE | extract --jsonl LIST\n');
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--worker') return runWorker();
  let url: string | undefined;
  let list: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i];
    else if (argv[i] === '--jsonl') list = argv[++i];
    else file = argv[i];
  }
  if (list) return runBatch(list);
  if (!file) usage();
  try {
    process.stdout.write(`${JSON.stringify(extractFile(file, url))}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify(errorRecord({ file, url: url ?? '' }, error))}\n`);
    process.exitCode = 1;
  }
}

void main(process.argv.slice(2));
