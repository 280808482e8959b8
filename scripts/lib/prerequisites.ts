/**
 * What the test suites and the demo need from the system (browsers, a virtual display, a speech engine),
 * checked before anything runs. Missing pieces are installed with apt where this user may (root, or sudo
 * without a password), saying what and why in one line; elsewhere the run stops with the exact command.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium } from '../find-chromium';

export interface Prerequisite {
  /** What is missing, as the one-line message names it. */
  name: string;
  /** Which tests or tools need it. */
  neededBy: string;
  /** Debian/Ubuntu packages that provide it. */
  packages: string[];
  isPresent(env: NodeJS.ProcessEnv): boolean;
}

export function onPath(command: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

/** A file any multiarch library folder holds (speech-dispatcher's plugins live under /usr/lib/<triplet>/). */
function inSomeLibDir(relative: string): boolean {
  const roots = ['/usr/lib', ...safeList('/usr/lib').map((dir) => join('/usr/lib', dir))];
  return roots.some((root) => existsSync(join(root, relative)));
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export const FIREFOX_DEFAULT = '/usr/bin/firefox-esr';

export const CHROMIUM: Prerequisite = {
  name: 'Chromium (or CHROME_PATH)',
  neededBy: 'the Chromium end-to-end tests and npm run demo',
  packages: ['chromium'],
  isPresent: (env) => findChromium(env) !== null,
};

export const TEST_PREREQUISITES: readonly Prerequisite[] = [
  CHROMIUM,
  {
    name: 'Firefox ESR (or FIREFOX_BIN)',
    neededBy: 'the Firefox tests',
    packages: ['firefox-esr'],
    isPresent: (env) => existsSync(env.FIREFOX_BIN?.trim() || FIREFOX_DEFAULT),
  },
  {
    name: 'Xvfb and xdotool',
    neededBy: 'the keyboard-shortcut tests (real key presses need a window system)',
    packages: ['xvfb', 'xauth', 'xdotool'],
    isPresent: (env) => ['Xvfb', 'xauth', 'xdotool'].every((command) => onPath(command, env)),
  },
  {
    name: 'a speech engine (speech-dispatcher, espeak-ng, PulseAudio)',
    neededBy: 'the Listen tests (real speech synthesis)',
    packages: [
      'speech-dispatcher',
      'espeak-ng',
      'speech-dispatcher-espeak-ng',
      'speech-dispatcher-audio-plugins',
      'pulseaudio',
    ],
    isPresent: (env) =>
      ['speech-dispatcher', 'espeak-ng', 'pulseaudio'].every((command) => onPath(command, env)) &&
      inSomeLibDir('speech-dispatcher-modules/sd_espeak-ng') &&
      inSomeLibDir('speech-dispatcher/spd_pulse.so'),
  },
];

export type InstallPlan =
  | { kind: 'ready' }
  | { kind: 'install'; sudo: boolean; missing: Prerequisite[]; packages: string[] }
  | { kind: 'stop'; missing: Prerequisite[]; command: string };

export interface InstallRights {
  hasApt: boolean;
  isRoot: boolean;
  passwordlessSudo: boolean;
}

export function planInstall(missing: Prerequisite[], rights: InstallRights): InstallPlan {
  if (missing.length === 0) return { kind: 'ready' };
  const packages = [...new Set(missing.flatMap((item) => item.packages))];
  if (rights.hasApt && (rights.isRoot || rights.passwordlessSudo))
    return { kind: 'install', sudo: !rights.isRoot, missing, packages };
  const command = `sudo apt-get install -y ${packages.join(' ')}`;
  return { kind: 'stop', missing, command };
}

function installRights(): InstallRights {
  const isRoot = process.getuid?.() === 0;
  const hasApt = onPath('apt-get');
  const passwordlessSudo =
    !isRoot && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return { hasApt, isRoot, passwordlessSudo };
}

function listMissing(missing: Prerequisite[]): string {
  return missing.map((item) => `${item.name}, for ${item.neededBy}`).join('; ');
}

/**
 * Installs what is missing when it can; otherwise prints one message naming the command and exits 1 before
 * any test runs. A browser given by CHROME_PATH / FIREFOX_BIN counts as present when the file exists.
 */
export function ensurePrerequisites(required: readonly Prerequisite[]): void {
  const missing = required.filter((item) => !item.isPresent(process.env));
  const plan = planInstall(missing, installRights());
  if (plan.kind === 'ready') return;
  if (plan.kind === 'stop') {
    console.error(`Missing: ${listMissing(plan.missing)}.\nInstall them with: ${plan.command}`);
    process.exit(1);
  }
  console.log(`Installing ${plan.packages.join(' ')} with apt-get: missing ${listMissing(plan.missing)}.`);
  const [command, ...prefix] = plan.sudo ? ['sudo', 'apt-get'] : ['apt-get'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args: string[]) => execFileSync(command!, [...prefix, ...args], { env, stdio: 'pipe' });
  try {
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', ...plan.packages]);
  } catch (error) {
    const output = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n').slice(-5).join('\n');
    console.error(`apt-get could not install ${plan.packages.join(' ')}:\n${output ?? String(error)}`);
    process.exit(1);
  }
  const stillMissing = required.filter((item) => !item.isPresent(process.env));
  if (stillMissing.length) {
    console.error(`Still missing after apt-get: ${listMissing(stillMissing)}.`);
    process.exit(1);
  }
}
