import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stance } from '../../../src/policy/index.ts';
import { analyze } from '../../../src/policy/index.ts';

/*
 * The labelled development corpus. Read from shared/ beside the clone (as CI has it) when present, else from the
 * copy in tests/fixtures. The floors only ever rise: set them at what the engine reaches, rounded down.
 */
const ROOT = join(import.meta.dirname, '../../..');
const SHARED = join(ROOT, '../shared/corpus/ai-policy-dev.jsonl');
const FIXTURE = join(ROOT, 'tests/fixtures/policy/ai-policy-dev.jsonl');

interface Row {
  id: string;
  text: string;
  stance: Stance;
  disclosure_required: boolean;
  /** The parts the rules speak of ("work" for a general rule); "confidentiality" marks a data rule. */
  scope: string[];
}

const FLOOR = { overall: 0.93, prohibited: 0.88, restricted: 0.9, none: 0.97, encouraged: 1, allowed: 1 };
const DISCLOSURE_FLOOR = 0.96;
/** Posts whose parts in `scopes` are exactly the labelled scope (a data rule is a flag, not a part). */
const SCOPE_FLOOR = 0.88;

const rows: Row[] = readFileSync(existsSync(SHARED) ? SHARED : FIXTURE, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Row);

describe('development corpus', () => {
  const readings = rows.map((row) => ({ row, reading: analyze(row.text) }));

  it('reads the stance of each post at or above the floor, per stance', () => {
    const per = new Map<Stance, { hit: number; total: number }>();
    for (const { row, reading } of readings) {
      const tally = per.get(row.stance) ?? { hit: 0, total: 0 };
      tally.total++;
      if (reading.stance === row.stance) tally.hit++;
      per.set(row.stance, tally);
    }
    const table = [...per].map(([stance, { hit, total }]) => ({
      stance,
      hit,
      total,
      accuracy: +(hit / total).toFixed(3),
    }));
    const hits = table.reduce((sum, r) => sum + r.hit, 0);
    console.table(table);
    console.log(`overall: ${hits}/${rows.length} = ${(hits / rows.length).toFixed(3)}`);
    expect(hits / rows.length).toBeGreaterThanOrEqual(FLOOR.overall);
    for (const { stance, accuracy } of table)
      expect(accuracy, stance).toBeGreaterThanOrEqual(FLOOR[stance as keyof typeof FLOOR]);
  });

  it('tells whether disclosure is required at or above the floor', () => {
    const agree = readings.filter(
      ({ row, reading }) => reading.disclosureRequired === row.disclosure_required,
    ).length;
    console.log(`disclosureRequired: ${agree}/${rows.length}`);
    expect(agree / rows.length).toBeGreaterThanOrEqual(DISCLOSURE_FLOOR);
  });

  it('names the parts each post speaks of at or above the floor', () => {
    const key = (parts: string[]) => [...parts].sort().join('+');
    const agree = readings.filter(
      ({ row, reading }) =>
        key(Object.keys(reading.scopes)) === key(row.scope.filter((part) => part !== 'confidentiality')),
    ).length;
    console.log(`scope: ${agree}/${rows.length}`);
    expect(agree / rows.length).toBeGreaterThanOrEqual(SCOPE_FLOOR);
  });

  it('quotes evidence that slices the post exactly, for every finding', () => {
    for (const { row, reading } of readings) {
      for (const e of reading.evidence) expect(row.text.slice(e.start, e.end), row.id).toBe(e.quote);
      if (reading.stance !== 'none') expect(reading.evidence.length, row.id).toBeGreaterThan(0);
    }
  });
});
