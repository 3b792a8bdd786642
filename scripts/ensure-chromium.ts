// Playwright's own browser download cannot work offline; the e2e tests use Debian's Chromium instead and
// install it with apt when it is missing (CI runs as root on a Debian machine).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM_PATH = process.env.PARTA_CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How the e2e tests and bench/review launch it: no sandbox (containers, root), nothing that reaches the internet. */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  console.log(`${CHROMIUM_PATH} is missing: installing Debian's chromium with apt-get (needs root and the Debian mirror)…`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  for (const args of [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'],
  ]) {
    const command = [...sudo, ...args];
    const result = spawnSync(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      throw new Error(`"${command.join(' ')}" failed: install Chromium yourself (apt-get install chromium) or set PARTA_CHROMIUM_PATH.`);
    }
  }
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} is still missing.`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
