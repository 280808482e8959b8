// Reproduces one fuzz page: `npx tsx scripts/fuzz-page.ts <seed> <index> [--save file.html]`.
import { writeFileSync } from 'node:fs';
import { extractAndAudit } from './harness/extract-node';
import { generatePage } from './harness/fuzz-generator';

const [seed = '6', index = '0', flag, file] = process.argv.slice(2);
const page = generatePage(Number(seed), Number(index));
console.log(`recipe: ${page.recipe.join(', ')}; ${page.html.length} chars`);
if (flag === '--save' && file) writeFileSync(file, page.html);
const started = performance.now();
const run = extractAndAudit(page.html);
console.log(
  `${(performance.now() - started).toFixed(0)} ms (parse ${run.parseMs.toFixed(0)}, extract ${run.extractMs.toFixed(0)}), ${run.extraction.article ? '' : run.extraction.reason} ${run.extraction.article ? 'article' : 'no article'}, problems: ${run.problems.join('; ') || 'none'}`,
);
