import { describe } from 'vitest';
import { launchChromium } from '../../../scripts/lib/browsers/chromium.ts';
import type { BrowserName, LaunchOptions, TestBrowser } from '../../../scripts/lib/browsers/driver.ts';
import { launchFirefox } from '../../../scripts/lib/browsers/firefox.ts';

const launchers: Record<BrowserName, (options: LaunchOptions) => Promise<TestBrowser>> = {
  chromium: (options) => launchChromium(options),
  firefox: (options) => launchFirefox(options),
};

/** The built extension each browser loads. */
export const extensionDirFor = (name: BrowserName): string =>
  `dist/${name === 'chromium' ? 'chrome' : 'firefox'}`;

/**
 * Declares the same suite once per browser, its name prefixed `[chromium]` or `[firefox]` so a report says
 * which browser ran each test.
 */
export function describeEachBrowser(
  title: string,
  suite: (browser: {
    name: BrowserName;
    launch: (
      routes: LaunchOptions['routes'],
      options?: Pick<LaunchOptions, 'colorScheme'>,
    ) => Promise<TestBrowser>;
  }) => void,
): void {
  for (const name of Object.keys(launchers) as BrowserName[]) {
    describe(`[${name}] ${title}`, () => {
      suite({
        name,
        launch: (routes, options) =>
          launchers[name]({ extensionDir: extensionDirFor(name), routes, ...options }),
      });
    });
  }
}
