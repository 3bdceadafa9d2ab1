/** Writes the demo pages into demo/pages/. Run after editing demo/src/: `npx tsx demo/generate.ts`. */

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDemoPages } from './src/render.ts';

const demoDir = dirname(fileURLToPath(import.meta.url));
for (const [file, content] of renderDemoPages()) {
  const target = join(demoDir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote demo/${file}`);
}
