import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Real speech for the Listen tests: Chromium's --enable-speech-dispatcher talks to speech-dispatcher, which
 * speaks with espeak-ng into PulseAudio (a null sink on machines without a sound card).
 * docs/listen.md and ../shared/notes/browser-testing.md have what was measured.
 */
export const SPEECH_INSTALL_HINT =
  'Real speech needs: apt-get install -y speech-dispatcher espeak-ng speech-dispatcher-espeak-ng ' +
  'speech-dispatcher-audio-plugins pulseaudio';

const REQUIRED_FILES = [
  '/usr/bin/speech-dispatcher',
  '/usr/bin/pulseaudio',
  '/usr/bin/pactl',
  '/usr/lib/speech-dispatcher-modules/sd_espeak-ng',
];

function pulsePluginInstalled(): boolean {
  // Without the audio plugins speech-dispatcher logs "Couldn't open pulse plugin" and every utterance fails.
  const lib = '/usr/lib';
  return readdirSync(lib).some((dir) => existsSync(`${lib}/${dir}/speech-dispatcher/spd_pulse.so`));
}

const pulseRuns = () => spawnSync('pactl', ['info'], { stdio: 'ignore' }).status === 0;

function pidsOf(name: string): number[] {
  const found = spawnSync('pgrep', ['-x', name], { encoding: 'utf8' });
  return found.stdout
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .filter((pid) => pid > 0);
}

/** When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat). */
function startedAt(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[19]);
  } catch {
    return Number.NaN;
  }
}

/**
 * Makes sure PulseAudio runs (starting it if not), and ends a speech-dispatcher that was started before it:
 * such a daemon keeps failing every utterance. Fails with the install hint when a piece is missing, so a CI
 * without the packages goes red instead of skipping.
 */
export function ensureSpeechAudio(): void {
  const missing = REQUIRED_FILES.filter((file) => !existsSync(file));
  if (missing.length || !pulsePluginInstalled())
    throw new Error(`${SPEECH_INSTALL_HINT} (missing: ${missing.join(', ') || 'the pulse audio plugin'})`);
  if (!pulseRuns()) {
    execFileSync('pulseaudio', ['--start', '--exit-idle-time=-1'], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (!pulseRuns()) {
      if (Date.now() > deadline) throw new Error('PulseAudio did not start (pulseaudio --start)');
      spawnSync('sleep', ['0.1']);
    }
  }
  const pulseStart = Math.min(...pidsOf('pulseaudio').map(startedAt));
  for (const pid of pidsOf('speech-dispatcher')) {
    if (startedAt(pid) < pulseStart) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }
}
