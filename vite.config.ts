import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

/** The one manifest.json, adapted to each browser's dialect of MV3. */
export function manifestFor(browser: TargetBrowser): ManifestV3Export {
  const { browser_specific_settings, background, ...common } = sourceManifest;
  // Chrome takes only dotted integers in `version`; the full semver goes into `version_name`.
  const version = pkg.version.replace(/[-+].*$/, '');
  if (browser === 'chrome') {
    return { ...common, version, version_name: pkg.version, background };
  }
  // Firefox MV3 runs the background as an event page, so the same module is given as `scripts`.
  return {
    ...common,
    version,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings,
  } as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [
      crx({
        manifest: manifestFor(browser),
        browser,
        // One self-contained file per site: no loader, and no script exposed to pages as a web-accessible resource.
        contentScripts: { standaloneFiles: ['content-scripts/upwork/index.ts'] },
      }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'chrome' ? 'chrome116' : 'firefox140',
      minify: true,
      sourcemap: process.env.CANDOR_SOURCEMAP === '1',
      modulePreload: false,
    },
  };
});
