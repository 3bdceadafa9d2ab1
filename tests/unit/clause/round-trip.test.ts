import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildClause,
  type ClauseSpec,
  type ExpectedReading,
  expectedReading,
} from '../../../src/clause/index.ts';
import { analyze } from '../../../src/policy/index.ts';
import type { PolicyReading } from '../../../src/policy/types.ts';
import { allValidSpecs } from './all-specs.ts';

/*
 * Every clause the builder can produce must be read back by the policy engine as exactly what it was built with.
 * The space of specs is finite, so it is walked whole; fast-check supplies the free text around a clause.
 */

const reading = (r: PolicyReading): ExpectedReading => ({
  stance: r.stance,
  scopes: r.scopes,
  disclosureRequired: r.disclosureRequired,
  confidentiality: r.confidentiality,
  detectors: r.detectors,
  language: r.language,
});

const specs = allValidSpecs();

function mismatches(render: (spec: ClauseSpec) => string) {
  const failures: { spec: ClauseSpec; text: string; got: ExpectedReading; want: ExpectedReading }[] = [];
  for (const spec of specs) {
    const text = render(spec);
    const got = reading(analyze(text));
    const want = expectedReading(spec);
    if (!isDeepStrictEqual(got, want)) failures.push({ spec, text, got, want });
  }
  return failures;
}

/** Plain, AI-free job-post sentences in each language, to surround a clause as a real post would. */
const POST_SENTENCES = {
  en: [
    'We are looking for a copywriter for our bakery website.',
    'The project has five pages and a short blog post.',
    'Please include two samples of similar work.',
    'Budget is fixed at $400.',
    'We would like the first draft within a week.',
  ],
  es: [
    'Buscamos un redactor para la web de nuestra panadería.',
    'El proyecto tiene cinco páginas y una entrada de blog.',
    'Incluye dos ejemplos de trabajos parecidos.',
    'El presupuesto es de 400 dólares.',
    'Queremos el primer borrador en una semana.',
  ],
} as const;

describe('round trip: analyze(buildClause(spec)) equals expectedReading(spec)', () => {
  it(`for all ${specs.length} valid specs`, () => {
    const failures = mismatches(buildClause);
    // The first few, with text and both readings, say what to fix; the count says how much.
    expect(failures.slice(0, 5)).toEqual([]);
    expect(failures.length).toBe(0);
  });

  it('inside a job post with other, AI-free sentences before and after', () => {
    fc.assert(
      fc.property(fc.constantFrom(...specs), fc.nat(), fc.nat(), fc.nat(), (spec, seed, before, after) => {
        const pool = POST_SENTENCES[spec.lang];
        const pick = (n: number, offset: number) =>
          Array.from({ length: n % 4 }, (_, i) => pool[(seed + offset + i) % pool.length]).join(' ');
        const post = [pick(before, 0), buildClause(spec), pick(after, 2)]
          .filter((p) => p !== '')
          .join('\n\n');
        expect(reading(analyze(post))).toEqual(expectedReading(spec));
      }),
      { numRuns: 300 },
    );
  });
});
