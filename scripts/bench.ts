/**
 * `npm run bench`: every benchmark module's rows in one table. Each module exports a function returning rows;
 * add new ones to BENCHES.
 */
import { type BenchRow, benchPolicy } from './bench/policy.ts';
import { benchSize } from './bench/size.ts';

const BENCHES: (() => BenchRow[] | Promise<BenchRow[]>)[] = [benchPolicy, benchSize];

const rows: BenchRow[] = [];
for (const bench of BENCHES) rows.push(...(await bench()));
const width = Math.max(...rows.map((row) => row.name.length));
console.log(`${'benchmark'.padEnd(width)}  ${'value'.padStart(10)}  goal`);
for (const row of rows) {
  const value = `${row.value.toFixed(row.unit === 'ms' && row.value < 1 ? 3 : 1)} ${row.unit}`;
  console.log(`${row.name.padEnd(width)}  ${value.padStart(10)}  ${row.goal}${row.ok ? '' : '  (missed)'}`);
}
