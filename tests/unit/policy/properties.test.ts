import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeHtml, htmlToText } from '../../../src/policy/index.ts';

/** Words the engine reacts to, so random posts hit its cues, negations and edges, not just noise. */
const TOKENS = [
  'AI',
  'A.I.',
  'ai',
  'IA',
  'KI',
  'ChatGPT',
  'chat gpt',
  'GPT-4',
  'Claude',
  'LLM',
  'Copilot',
  'Midjourney',
  'DALL·E',
  'Originality.ai',
  'GPTZero',
  'no',
  'not',
  "don't",
  'never',
  'only',
  'for',
  'research',
  'must',
  'be',
  'disclose',
  'allowed',
  'prohibited',
  'use',
  'using',
  'sin',
  'keine',
  'ne',
  'pas',
  'não',
  'proposal',
  'work',
  'files',
  'data',
  'our',
  'experience',
  'API',
  'agents',
  'welcome',
  'fine',
  'written',
  'by',
  'you',
  'yourself',
  '🚫',
  '✅',
  '—',
  '…',
  ':',
  ';',
  ',',
  '.',
  '!',
  '?',
  '\n',
  '\n- ',
  '\n\n',
  '  ',
  '&amp;',
  '<b>',
  '</b>',
  '<li>',
  'é',
  'ß',
  'İ',
  '\u00a0',
];

const post = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TOKENS),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    {
      maxLength: 120,
    },
  )
  .map((parts) => parts.join(' '));

describe('analyze, on any input', () => {
  it('never throws and returns a well-formed reading', () => {
    fc.assert(
      fc.property(fc.oneof(post, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        const reading = analyze(text);
        expect(reading.confidence).toBeGreaterThanOrEqual(0);
        expect(reading.confidence).toBeLessThanOrEqual(1);
        expect(['prohibited', 'restricted', 'allowed', 'encouraged', 'none']).toContain(reading.stance);
      }),
      { numRuns: 500 },
    );
  });

  it('quotes evidence that is exactly the slice of the input at its offsets', () => {
    fc.assert(
      fc.property(post, (text) => {
        for (const e of analyze(text).evidence) {
          expect(e.start).toBeLessThanOrEqual(e.end);
          expect(text.slice(e.start, e.end)).toBe(e.quote);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('quotes evidence from HTML as slices of htmlToText(html)', () => {
    fc.assert(
      fc.property(post, (html) => {
        const text = htmlToText(html);
        for (const e of analyzeHtml(html).evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
      }),
      { numRuns: 300 },
    );
  });
});

/** Least wall time of `analyze(text)` over a few runs: the run least disturbed by garbage collection. */
function timeOf(text: string): number {
  let least = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    analyze(text);
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

/** Inputs built to make a backtracking regular expression explode: long runs of cue words without a full stop. */
const ADVERSARIAL = [
  'no ai ',
  'do not ',
  'not not not AI ',
  `${'a'.repeat(50)} `,
  'only for for for ',
  '- AI\n',
  `${' '.repeat(40)}x`,
  'ChatGPT-ChatGPT-',
  '<<<<>',
  'A.I.A.I.',
  'keine KI ohne ',
  "n'utilisez pas ",
];

describe('running time', () => {
  it.each(ADVERSARIAL)('grows linearly on repeated %j (200 KB vs 20 KB)', { timeout: 60_000 }, (unit) => {
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const large = unit.repeat(Math.ceil(200_000 / unit.length));
    timeOf(small);
    const ratio = timeOf(large) / Math.max(timeOf(small), 0.05);
    // Linear is 10×; the bound leaves room for timer noise, garbage collection and tests running in parallel,
    // not for a quadratic 100×.
    expect(ratio).toBeLessThan(40);
  });
});
