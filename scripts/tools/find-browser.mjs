// Finds a Chromium for Playwright: the one Playwright installed, or a system one.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/** Chromium as root in a container, on a machine whose only network is loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * @returns {{ kind: 'env' | 'playwright' | 'system', executablePath?: string } | null}
 * `executablePath` is left out for Playwright's own browser, which it finds itself.
 */
export function findBrowser() {
  const fromEnv = process.env.LIAISON_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return { kind: 'env', executablePath: fromEnv };
  try {
    if (existsSync(chromium.executablePath())) return { kind: 'playwright' };
  } catch {
    // Playwright knows no browser for this platform; try the system.
  }
  for (const name of SYSTEM_NAMES) {
    const path = onPath(name);
    if (path) return { kind: 'system', executablePath: path };
  }
  return null;
}
