import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { upworkFeatures } from '../../../content-scripts/upwork/features.ts';
import { PAGE_KINDS } from '../../../src/sites/types.ts';

/**
 * The refined-github meta-test: every feature file holds one feature, named by its id, registered in
 * features.ts, and named by at least one real-browser test (`Features: …` in its header comment).
 */
const FEATURES_DIR = 'content-scripts/upwork/features';
const e2eText = readdirSync('tests/e2e')
  .filter((name) => name.endsWith('.e2e.ts'))
  .map((name) => readFileSync(join('tests/e2e', name), 'utf8'))
  .join('\n');
const coveredIds = new Set(
  [...e2eText.matchAll(/Features: ([a-z, -]+)/g)].flatMap((match) =>
    match[1]!.split(/,\s*/).map((id) => id.trim()),
  ),
);

describe('Upwork features', () => {
  test('each file in features/ is one registered feature named by its id', () => {
    const files = readdirSync(FEATURES_DIR).filter((name) => name.endsWith('.ts'));
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(
      upworkFeatures.map((f) => f.id).sort(),
    );
    for (const file of files) {
      expect(readFileSync(join(FEATURES_DIR, file), 'utf8').match(/: Feature = \{/g)).toHaveLength(1);
    }
  });

  test('ids are unique, and every page kind but "none" has a feature', () => {
    expect(new Set(upworkFeatures.map((f) => f.id)).size).toBe(upworkFeatures.length);
    const kinds = new Set(upworkFeatures.flatMap((f) => f.pageKinds));
    expect(PAGE_KINDS.filter((kind) => kind !== 'none' && !kinds.has(kind))).toEqual([]);
  });

  test.each(upworkFeatures.map((f) => f.id))('%s is covered by a real-browser test', (id) => {
    expect(coveredIds.has(id)).toBe(true);
  });
});
