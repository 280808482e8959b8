/**
 * Bad arguments to one of the repo's scripts: a line saying what is wrong and a line saying how to call it on
 * stderr, exit code 2 (as `npm run extract` does), never a stack trace.
 */
export function exitWithUsage(script: string, problem: string, usage: string): never {
  process.stderr.write(`${script}: ${problem}\nusage: ${usage}\n`);
  process.exit(2);
}
