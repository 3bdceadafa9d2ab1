/**
 * `npm run build`: both browsers' builds (dist/chrome, dist/firefox), the content-script size check, and the
 * store zips under release/.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import pkg from '../package.json' with { type: 'json' };
import { CONTENT_SCRIPT_BUDGET_BYTES, contentScriptSizes } from './lib/extension-size.ts';

const BROWSERS = ['chrome', 'firefox'] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A zip with a fixed timestamp and sorted entries, so the same build gives the same bytes. */
function zipDirectory(dir: string, outFile: string): void {
  const fixedTime = new Date('2026-01-01T00:00:00Z');
  const entries = Object.fromEntries(
    filesUnder(dir)
      .sort()
      .map((path) => [relative(dir, path).split('\\').join('/'), [readFileSync(path), { mtime: fixedTime }]]),
  );
  writeFileSync(outFile, zipSync(entries as Parameters<typeof zipSync>[0], { level: 9 }));
}

export async function buildAll(): Promise<void> {
  for (const browser of BROWSERS) {
    await build({ mode: browser, logLevel: 'warn' });
    for (const script of contentScriptSizes(`dist/${browser}`)) {
      const kib = (script.gzipBytes / 1024).toFixed(1);
      if (script.gzipBytes > CONTENT_SCRIPT_BUDGET_BYTES) {
        throw new Error(
          `${browser}: ${script.file} is ${kib} KiB gzipped, over the 16 KiB content-script budget.`,
        );
      }
      console.log(`${browser}: ${script.file} ${kib} KiB gzipped (budget 16 KiB)`);
    }
  }
  mkdirSync('release', { recursive: true });
  for (const browser of BROWSERS) {
    const zip = `release/candor-${browser}-${pkg.version}.zip`;
    zipDirectory(`dist/${browser}`, zip);
    console.log(`wrote ${zip}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
