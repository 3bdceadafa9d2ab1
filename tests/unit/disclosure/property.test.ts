import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeDisclosure,
  DISCLOSURE_LENGTHS,
  DISCLOSURE_MAX,
  shortestFitting,
} from '../../../src/disclosure/index.ts';
import type { Declaration } from '../../../src/policy/types.ts';

const level = fc.constantFrom('none', 'grammar', 'ideas', 'drafting', 'generated', 'translation' as const);
/** Any text up to the length limit, braces excluded: a brace in a tool name is the user's, not a leftover. */
const toolName = fc.string({ maxLength: 60, unit: 'grapheme' }).filter((name) => !/[{}]/.test(name));
const parts = fc.subarray(['proposal', 'screening', 'work'] as const, { minLength: 1 });

const declaration: fc.Arbitrary<Declaration> = fc
  .record({ level, tools: fc.array(toolName, { maxLength: 12 }), parts, clientMaterialShared: fc.boolean() })
  .map((d) => (d.level === 'none' ? { ...d, clientMaterialShared: false } : d));

const input = fc.record({
  declaration,
  lang: fc.constantFrom('en', 'es' as const),
  options: fc.record({ ibmAia: fc.boolean(), w3c: fc.boolean(), statementForNone: fc.boolean() }),
});

describe('composeDisclosure on any declaration', () => {
  it('renders without leftovers and names every tool', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...DISCLOSURE_LENGTHS), (base, length) => {
        const note = composeDisclosure({ ...base, length });
        expect(note.chars).toBe(note.block.length);
        expect(note.block).not.toMatch(/[{}]|undefined|\bnull\b/);
        const silent = base.declaration.level === 'none' && !base.options.statementForNone;
        if (silent) {
          expect(note.block).toBe('');
          return;
        }
        expect(note.text).not.toBe('');
        for (const tool of base.declaration.tools) {
          const clean = tool.replace(/\s+/g, ' ').trim();
          if (base.declaration.level !== 'none' && clean !== '')
            expect(note.text.toLowerCase()).toContain(clean.toLowerCase());
        }
        for (const line of note.machineLines) expect(line).not.toContain('\n');
      }),
    );
  });
});

describe('shortestFitting', () => {
  it('never exceeds the budget, and returns the longest note that fits', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: -10, max: DISCLOSURE_MAX }), (base, available) => {
        const note = shortestFitting(base, available);
        const all = DISCLOSURE_LENGTHS.map((length) => composeDisclosure({ ...base, length }));
        const fitting = all.filter((candidate) => candidate.chars <= available);
        if (note === null) {
          expect(fitting).toEqual([]);
          return;
        }
        expect(note.chars).toBeLessThanOrEqual(available);
        expect(note.length).toBe(fitting[fitting.length - 1]!.length);
      }),
    );
  });
});
