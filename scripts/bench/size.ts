/**
 * Size benchmark: builds both browsers and measures what a user downloads and what every Upwork page pays
 * (the content script, gzipped, against its 16 KiB budget).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pkg from '../../package.json' with { type: 'json' };
import { buildAll } from '../build.ts';
import { CONTENT_SCRIPT_BUDGET_BYTES, contentScriptSizes } from '../lib/extension-size.ts';
import type { BenchRow } from './policy.ts';

const KIB = 1024;

function jsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsUnder(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

const gzipped = (files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);

export async function benchSize(): Promise<BenchRow[]> {
  await buildAll();
  const rows: BenchRow[] = [];
  for (const browser of ['chrome', 'firefox'] as const) {
    const dist = `dist/${browser}`;
    const content = contentScriptSizes(dist).reduce((sum, script) => sum + script.gzipBytes, 0);
    rows.push({
      name: `${browser}: content script per Upwork page (gzip)`,
      value: content / KIB,
      unit: 'KiB',
      goal: '≤ 16 KiB',
      ok: content <= CONTENT_SCRIPT_BUDGET_BYTES,
    });
    rows.push({
      name: `${browser}: all extension JavaScript (gzip)`,
      value: gzipped(jsUnder(dist)) / KIB,
      unit: 'KiB',
      goal: 'information',
      ok: true,
    });
    const zip = statSync(`release/candor-${browser}-${pkg.version}.zip`).size;
    rows.push({
      name: `${browser}: store zip`,
      value: zip / KIB,
      unit: 'KiB',
      goal: 'information',
      ok: true,
    });
  }
  return rows;
}
