/**
 * The checks every held-out set gets (`generalization*.test.ts`): sets of posts written as clients write them,
 * before the engine was tuned on them.
 */
import { describe, expect, it } from 'vitest';
import type { Part, PolicyReading, Stance } from '../../../src/policy/index.ts';
import { analyze } from '../../../src/policy/index.ts';

export interface HeldOutExpect {
  disclosure?: boolean;
  confidentiality?: boolean;
  detectors?: boolean;
  /** The stance of each part the post singles out; parts left out are not checked. */
  scopes?: Partial<Record<Part, Stance>>;
}

/** The right stance, the text, and the flags worth checking for it. */
export type HeldOutCase = [Stance, string, HeldOutExpect?];

/**
 * A case the engine still reads wrongly: the right stance, the text, why it misses, and the flags and scopes
 * labelled for it (a miss may be in those alone).
 */
export type KnownMiss = [Stance, string, string, HeldOutExpect?];

/** What in `reading` differs from the label: empty when it is read right. */
export function differences(reading: PolicyReading, stance: Stance, expected?: HeldOutExpect): string[] {
  const found: string[] = [];
  if (reading.stance !== stance) found.push(`stance ${reading.stance}`);
  if (expected?.disclosure !== undefined && reading.disclosureRequired !== expected.disclosure)
    found.push(`disclosure ${reading.disclosureRequired}`);
  if (expected?.confidentiality !== undefined && reading.confidentiality !== expected.confidentiality)
    found.push(`confidentiality ${reading.confidentiality}`);
  if (expected?.detectors !== undefined && reading.detectors !== expected.detectors)
    found.push(`detectors ${reading.detectors}`);
  for (const [part, want] of Object.entries(expected?.scopes ?? {}) as [Part, Stance][])
    if (reading.scopes[part] !== want) found.push(`${part} ${reading.scopes[part] ?? 'unset'}`);
  return found;
}

interface Minimum {
  /** Cases in the set, the known misses included. */
  total: number;
  /** Cases read as each language besides English. */
  perLanguage: number;
}

/**
 * Each case read right, with evidence that quotes the text exactly; enough cases in each language; and each known
 * miss still a miss, so that a fix shows (the case then moves up into the set).
 */
export function heldOutSet(name: string, cases: HeldOutCase[], misses: KnownMiss[], minimum: Minimum): void {
  describe(name, () => {
    it.each(cases)('%s: %s', (stance, text, expected) => {
      const reading = analyze(text);
      expect(differences(reading, stance, expected)).toEqual([]);
      if (stance !== 'none') expect(reading.evidence.length).toBeGreaterThan(0);
      for (const e of reading.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    });

    it(`holds at least ${minimum.total} cases, at least ${minimum.perLanguage} read as each language besides English`, () => {
      expect(cases.length + misses.length).toBeGreaterThanOrEqual(minimum.total);
      const counts = new Map<string, number>();
      for (const [, text] of cases) {
        const { language } = analyze(text);
        counts.set(language, (counts.get(language) ?? 0) + 1);
      }
      for (const language of ['es', 'pt', 'fr', 'de'])
        expect(counts.get(language) ?? 0, language).toBeGreaterThanOrEqual(minimum.perLanguage);
    });

    it.each(misses)('still misses %s: %s (%s)', (stance, text, _why, expected) => {
      expect(differences(analyze(text), stance, expected)).not.toEqual([]);
    });
  });
}
