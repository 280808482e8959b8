import { describe, expect, it } from 'vitest';
import { planInstall, TEST_PREREQUISITES, type Prerequisite } from './prerequisites';

const browser: Prerequisite = { name: 'B', neededBy: 'x', packages: ['chromium'], isPresent: () => false };
const display: Prerequisite = {
  name: 'D',
  neededBy: 'y',
  packages: ['xvfb', 'chromium'],
  isPresent: () => false,
};

describe('planInstall', () => {
  it('does nothing when everything is there', () => {
    expect(planInstall([], { hasApt: false, isRoot: false, passwordlessSudo: false })).toEqual({
      kind: 'ready',
    });
  });

  it('installs as root without sudo, each package once', () => {
    expect(
      planInstall([browser, display], { hasApt: true, isRoot: true, passwordlessSudo: false }),
    ).toMatchObject({
      kind: 'install',
      sudo: false,
      packages: ['chromium', 'xvfb'],
    });
  });

  it('installs with sudo only when sudo asks no password', () => {
    expect(planInstall([browser], { hasApt: true, isRoot: false, passwordlessSudo: true })).toMatchObject({
      kind: 'install',
      sudo: true,
    });
  });

  it('stops with the exact command where it may not install, or there is no apt', () => {
    const stop = { kind: 'stop', command: 'sudo apt-get install -y chromium xvfb' };
    expect(
      planInstall([browser, display], { hasApt: true, isRoot: false, passwordlessSudo: false }),
    ).toMatchObject(stop);
    expect(
      planInstall([browser, display], { hasApt: false, isRoot: true, passwordlessSudo: false }),
    ).toMatchObject(stop);
  });
});

describe('TEST_PREREQUISITES', () => {
  it('takes CHROME_PATH and FIREFOX_BIN only when they point at a file', () => {
    const [chromium, firefox] = TEST_PREREQUISITES;
    expect(chromium?.isPresent({ CHROME_PATH: '/nonexistent/chrome' })).toBe(false);
    expect(firefox?.isPresent({ FIREFOX_BIN: '/nonexistent/firefox' })).toBe(false);
    expect(firefox?.isPresent({ FIREFOX_BIN: process.execPath })).toBe(true);
  });

  it('finds the display tools only on PATH', () => {
    const display = TEST_PREREQUISITES.find((item) => item.packages.includes('xdotool'));
    expect(display?.isPresent({ PATH: '/nonexistent' })).toBe(false);
  });
});
