/**
 * `npm test`: everything, in the order that fails fastest: typecheck, lint, unit and fixture tests, then the
 * real-browser tests in Chromium and Firefox. Ends with one summary line that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  command: string[];
  /** Vitest's JSON report, for the summary. */
  report?: string;
}

const steps: Step[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'biome', 'check', '.'] },
  {
    name: 'unit and fixture tests',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/unit.json',
    ],
    report: 'test-results/unit.json',
  },
  {
    name: 'real-browser tests (Chromium, Firefox)',
    command: [
      'npx',
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=verbose',
      '--reporter=json',
      '--outputFile.json=test-results/e2e.json',
    ],
    report: 'test-results/e2e.json',
  },
];

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
const failedSteps: string[] = [];

for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  if (step.report) rmSync(step.report, { force: true });
  const started = Date.now();
  const result = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let failedTests = 0;
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
    };
    passed += report.numPassedTests;
    failedTests = report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
  // A failing step with no failing test (typecheck, lint, a crash or a failed setup) counts as one failure.
  failed += result.status !== 0 ? Math.max(failedTests, 1) : failedTests;
  if (result.status !== 0) {
    failedSteps.push(step.name);
    console.log(`✗ ${step.name} failed (${seconds}s)`);
  } else {
    console.log(`✓ ${step.name} (${seconds}s)`);
  }
}

if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join(', ')}`);
// Skipped tests are counted so they cannot hide: a browser is never skipped silently.
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length > 0 ? 1 : 0);
