/**
 * `npm start`: builds Candor, then opens Debian's Chromium (or Firefox ESR with `--firefox`) with Candor
 * loaded and the offline demo pages served at their real https://www.upwork.com/... URLs, so the unchanged
 * manifest applies. `--headless --screenshot DIR` runs without a display and saves screenshots instead.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { demoRoutes, demoStartUrl } from '../demo/routes.ts';
import { buildAll } from './build.ts';
import { launchChromium } from './lib/browsers/chromium.ts';
import type { TestBrowser } from './lib/browsers/driver.ts';
import { launchFirefox } from './lib/browsers/firefox.ts';
import { demoSiteRoutes } from './lib/browsers/site-routes.ts';
import { ensureBrowsers } from './lib/ensure-browsers.ts';

const USAGE = `Usage: npm start [-- --firefox] [--headless --screenshot DIR]
  --firefox          use Firefox ESR instead of Chromium
  --headless         run without a display (needs --screenshot)
  --screenshot DIR   save screenshots of the demo pages with Candor active, then exit`;

function options() {
  try {
    const { values } = parseArgs({
      options: {
        firefox: { type: 'boolean', default: false },
        headless: { type: 'boolean', default: false },
        screenshot: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (values.headless && !values.screenshot)
      throw new Error('--headless needs --screenshot DIR: with no window there is nothing else to see.');
    return values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    process.exit(2);
  }
}

/** Opens each demo page, waits for Candor to mark it, and saves a screenshot. */
async function screenshotDemoPages(browser: TestBrowser, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const pages = demoRoutes.filter((route) => route.kind !== 'job-feed');
  for (const route of [demoRoutes[0]!, ...pages]) {
    const page = await browser.newPage(route.url);
    await page.waitForSelector('html[data-candor-page]');
    // Give the client-rendered forms (apply page loader) and Candor's UI time to appear.
    await page.waitForSelector('[data-candor-field]', 8000).catch(() => undefined);
    const name = new URL(route.url).pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
    const file = join(dir, `${browser.name}-${name || 'index'}.png`);
    await page.screenshot(file);
    console.log(`saved ${file}`);
    await page.close();
  }
}

async function main(): Promise<void> {
  const args = options();
  ensureBrowsers();
  await buildAll();
  const launch = args.firefox ? launchFirefox : launchChromium;
  const extensionDir = args.firefox ? 'dist/firefox' : 'dist/chrome';
  if (!args.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error(
      'No display to open a browser window on. Try: npm start -- --headless --screenshot screenshots',
    );
  }
  const browser = await launch({ extensionDir, routes: demoSiteRoutes, headless: args.headless });
  if (args.screenshot) {
    await screenshotDemoPages(browser, args.screenshot);
    await browser.close();
    return;
  }
  await browser.newPage(demoStartUrl);
  console.log(`Candor is loaded in ${browser.name}. The demo pages (all offline):`);
  for (const route of demoRoutes) console.log(`  ${route.title}: ${route.url}`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  // Either way, the fresh profile is removed.
  process.once('SIGINT', () => void browser.close().finally(() => process.exit(0)));
  await browser.closed;
  await browser.close().catch(() => undefined);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
