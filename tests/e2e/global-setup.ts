import { buildAll } from '../../scripts/build.ts';
import { ensureBrowsers } from '../../scripts/lib/ensure-browsers.ts';

/** The end-to-end tests load the real built extension into real browsers: build it, and have the browsers. */
export default async function setup(): Promise<void> {
  ensureBrowsers();
  if (process.env.CANDOR_SKIP_BUILD !== '1') await buildAll();
}
