import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every Upwork page pays for the content script, so its gzipped size has a budget that the build enforces. */
export const CONTENT_SCRIPT_BUDGET_BYTES = 16 * 1024;

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The JavaScript the built manifest injects into pages, with its raw and gzipped size. */
export function contentScriptSizes(distDir: string): ScriptSize[] {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []))];
  return files.map((file) => {
    const source = readFileSync(join(distDir, file));
    return { file, bytes: source.length, gzipBytes: gzipSync(source, { level: 9 }).length };
  });
}
