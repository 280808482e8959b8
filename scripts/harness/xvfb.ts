import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface VirtualDisplay {
  display: string;
  /** Real X11 key presses, the way a keyboard sends them, e.g. `alt+shift+k`. */
  pressKeys(keys: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Browser-level shortcuts (chrome.commands) never see CDP key events; only real input from the window
 * system reaches them. An Xvfb server started here (free display number chosen by Xvfb itself) gives the
 * headed browser a screen and xdotool a keyboard, on CI machines without a desktop.
 */
export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  const xvfb: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.once('error', (error) =>
      reject(new Error(`cannot start Xvfb (apt-get install -y xvfb xauth xdotool): ${error.message}`)),
    );
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
  const env = { ...process.env, DISPLAY: display };
  return {
    display,
    async pressKeys(keys) {
      await run('xdotool', ['key', '--clearmodifiers', keys], { env });
    },
    async stop() {
      if (xvfb.exitCode !== null) return;
      const exited = new Promise((resolve) => xvfb.once('exit', resolve));
      xvfb.kill();
      await exited;
    },
  };
}

/** Gives the browser window the keyboard focus (there is no window manager to do it). */
export async function focusBrowserWindow(display: string): Promise<void> {
  const env = { ...process.env, DISPLAY: display };
  const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--class', 'chromium|chrome'], { env });
  const window = stdout.trim().split('\n').at(-1);
  if (!window) throw new Error('no browser window on the virtual display');
  await run('xdotool', ['windowfocus', '--sync', window], { env });
}
