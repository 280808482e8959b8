// npm run bench:listen -- [--presses 10] [--skip-build]
//
// Listen's first-sentence latency (issue 23): from the press of the Listen button (the click event's own time
// stamp) to the first utterance's `start` event from the speech engine, on the reference article, in Debian
// Chromium with real speech (speech-dispatcher + espeak-ng into PulseAudio). The release build, a real toolbar
// click to open the reader, real mouse clicks on Listen and Stop. Both moments are user-timing marks the
// listen script sets (utils/listen/marks.ts), read from the page's performance timeline.
// The presses come after the engine has listed its voices (Chromium connects to speech-dispatcher on first
// use, several seconds); each press is stopped again before the next. Between presses the same first sentence
// is spoken straight from the page, for the engine's own share on this machine at that moment.
import { parseArgs } from 'node:util';
import { runWxt } from './lint-firefox';
import { exitWithUsage } from './lib/usage';
import { median } from './bench/stats';
import { launchReaderBrowser } from './harness/browser';
import { ReaderInspector } from './harness/reader-inspector';
import { REFERENCE_PAGE, REFERENCE_TITLE } from './harness/reference-page';
import { waitFor } from './harness/wait';
import { PRESSED_MARK, SPOKEN_MARK, STARTED_MARK } from '../utils/listen/marks';

const FLOOR_MS = 300;
const USAGE = 'npm run bench:listen -- [--presses 10] [--skip-build]';

function readOptions(): { presses: number; build: boolean } {
  let values: { presses?: string; 'skip-build'?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        presses: { type: 'string', default: '10' },
        'skip-build': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return exitWithUsage('bench:listen', error instanceof Error ? error.message : String(error), USAGE);
  }
  const presses = Number(values.presses);
  if (!Number.isInteger(presses) || presses < 1)
    exitWithUsage('bench:listen', '--presses must be a whole number ≥ 1', USAGE);
  return { presses, build: !values['skip-build'] };
}

function toolbarState(this: ShadowRoot): { status: string; tooltip: string } | null {
  const toggle = this.querySelector<HTMLElement>('.listen-toggle');
  return toggle ? { status: toggle.dataset.status ?? '', tooltip: toggle.title } : null;
}

function scrollToTop(this: ShadowRoot): void {
  this.querySelector('.reader')?.scrollTo({ top: 0 });
}

interface Marks {
  pressed: string;
  spoken: string;
  started: string;
}

/** Press → start, and its two parts: press → handed to the engine (ours), handed → start (the engine's). */
function readLatency(names: Marks): { total: number; ours: number; engine: number } | null {
  // No inner named functions: the page would meet the helper tsx wraps them in.
  const pressed = performance.getEntriesByName(names.pressed).at(-1)?.startTime;
  const spoken = performance.getEntriesByName(names.spoken).at(-1)?.startTime;
  const started = performance.getEntriesByName(names.started).at(-1)?.startTime;
  if (pressed === undefined || spoken === undefined || started === undefined) return null;
  return { total: started - pressed, ours: spoken - pressed, engine: started - spoken };
}

function clearMarks(names: Marks): void {
  for (const name of Object.values(names)) performance.clearMarks(name);
}

/** The engine alone, for comparison: the same first sentence spoken straight from the page, speak() → start. */
function speakDirectly(text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'en';
    let from = 0;
    utterance.onstart = () => {
      const took = performance.now() - from;
      speechSynthesis.cancel();
      resolve(took);
    };
    utterance.onerror = (event) => reject(new Error(event.error));
    from = performance.now();
    speechSynthesis.speak(utterance);
  });
}

async function main(): Promise<void> {
  const options = readOptions();
  if (options.build) runWxt(['build']);
  const browser = await launchReaderBrowser({ speech: true });
  try {
    const tab = await browser.openTab(REFERENCE_PAGE);
    const reader = await ReaderInspector.attach(tab);
    await browser.clickToolbar(tab);
    await waitFor(
      () => reader.read(toolbarState),
      (s) => s !== null,
      'the Listen button',
      { timeout: 15_000 },
    );
    const ready = await waitFor(
      () => reader.read(toolbarState),
      (s) => s?.tooltip === 'Listen (read aloud)',
      'the speech engine to list its voices',
      { timeout: 60_000, interval: 50 },
    );
    if (!ready) throw new Error('no Listen button');
    const names: Marks = { pressed: PRESSED_MARK, spoken: SPOKEN_MARK, started: STARTED_MARK };
    const totals: number[] = [];
    const ours: number[] = [];
    const engine: number[] = [];
    const direct: number[] = [];
    const round = (ms: number) => Math.round(ms * 10) / 10;
    for (let press = 0; press < options.presses; press++) {
      await reader.read(scrollToTop);
      await tab.evaluate(clearMarks, names);
      await reader.click('.listen-toggle');
      const latency = await waitFor(
        () => tab.evaluate(readLatency, names),
        (ms) => ms !== null,
        'the start event',
        {
          timeout: 30_000,
        },
      );
      totals.push(round(latency!.total));
      ours.push(round(latency!.ours));
      engine.push(round(latency!.engine));
      await reader.click('.listen-player [aria-label="Stop listening"]');
      await waitFor(
        () => tab.evaluate(() => speechSynthesis.speaking),
        (speaking) => !speaking,
        'silence',
      );
      // The engine closes the stopped utterance's audio before the next utterance.
      await new Promise((resolve) => setTimeout(resolve, 500));
      direct.push(round(await tab.evaluate(speakDirectly, REFERENCE_TITLE)));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const result = median(totals);
    console.log(`press → first sentence audible (start event), ms, in order: ${totals.join(', ')}`);
    console.log(`  of which press → handed to the engine (Listen's own work): ${ours.join(', ')}`);
    console.log(`  of which handed to the engine → start: ${engine.join(', ')}`);
    console.log(`the engine alone (speak() → start from the page, same sentence): ${direct.join(', ')}`);
    console.log(
      `median of ${totals.length}: ${result} ms (floor ${FLOOR_MS} ms: ${result <= FLOOR_MS ? 'met' : 'MISSED'}); ` +
        `Listen's own work ${round(median(ours))} ms, engine ${round(median(engine))} ms; engine alone ${round(median(direct))} ms`,
    );
    if (result > FLOOR_MS) process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
