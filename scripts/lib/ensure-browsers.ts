import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Candor's real-browser tests and `npm start` use Debian's Chromium and Firefox ESR (Playwright and Puppeteer
 * cannot download browsers here). Installs them when missing and possible; otherwise stops with the exact
 * command to run. Never skips the browsers silently.
 */

const BROWSER_PACKAGES = [
  { name: 'chromium', path: process.env.CANDOR_CHROMIUM ?? '/usr/bin/chromium' },
  { name: 'firefox-esr', path: process.env.CANDOR_FIREFOX ?? '/usr/bin/firefox-esr' },
] as const;

const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium firefox-esr';

export function ensureBrowsers(log: (line: string) => void = console.log): void {
  const missing = BROWSER_PACKAGES.filter((pkg) => !existsSync(pkg.path));
  if (missing.length === 0) return;
  const names = missing.map((pkg) => pkg.name);
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    throw new Error(`Missing browser(s): ${names.join(', ')}. Install them with:\n  ${INSTALL_COMMAND}`);
  }
  log(`Installing Debian's ${names.join(' and ')} for the real-browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env });
  const still = BROWSER_PACKAGES.filter((pkg) => !existsSync(pkg.path));
  if (still.length > 0) {
    throw new Error(
      `apt-get did not install ${still.map((p) => p.path).join(', ')}. Run:\n  ${INSTALL_COMMAND}`,
    );
  }
}
