import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase } from '../../../src/policy/fold.ts';
import { analyze } from '../../../src/policy/index.ts';
import { lexiconFor, MENTION_RE } from '../../../src/policy/lexicon/index.ts';
import { findMentions } from '../../../src/policy/mentions.ts';

/** The pass as a plain expression: the word edge before a term checked by a look-behind for accented letters. */
const REFERENCE = new RegExp(MENTION_RE.source.replace(/^\\b/, '\\b(?<![\\u00c0-\\u024f])'), 'g');

function reference(lower: string): string[] {
  return [...lower.matchAll(REFERENCE)]
    .filter((m) => !(m[0] === 'ai' && (lower[m.index - 1] === "'" || lower[m.index - 1] === '\u2019')))
    .map((m) => `${m.index}-${m.index + m[0].length}`);
}

function found(lower: string): string[] {
  return findMentions(lower, 'other', lexiconFor('other')).map((m) => `${m.start}-${m.end}`);
}

describe('mention pass: a term right after an accented letter is inside a word', () => {
  it('finds no term inside "idéia", "éai", "ÀIA", but one after a space', () => {
    for (const text of ['idéia', 'éai', 'ÀIA', 'ãki', 'éia ia', 'é ai', 'ñchatgpt chatgpt']) {
      const lower = foldCase(text);
      expect(found(lower)).toEqual(reference(lower));
    }
    expect(found('idéia')).toEqual([]);
    expect(found('é ai')).toEqual(['2-4']);
  });

  it('matches the look-behind expression on random text', () => {
    const pieces = ['ai', 'ia', 'ki', 'gpt', 'chatgpt', 'é', 'ü', 'ñ', 'ɏ', 'a', ' ', '-', "'", 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const lower = foldCase(parts.join(''));
        expect(found(lower)).toEqual(reference(lower));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("Illustrator's file format", () => {
  it('is not AI when files or other formats stand beside it', () => {
    for (const text of [
      'Please deliver the logo in AI, EPS, SVG and PNG formats.',
      'Final files must be provided as .ai and .psd files.',
      'Deliverables: editable AI file, PDF, PNG.',
      'Must know Adobe Illustrator (AI) and Photoshop.',
      'No AI files needed, just PNG.',
      'Send the source files (PDF/AI) when done.',
    ]) {
      expect(analyze(text).stance, text).toBe('none');
    }
  });

  it('is still AI beside a ban or an AI-made file', () => {
    expect(analyze('Logo files in AI, EPS and PNG. No AI-generated logos.').stance).toBe('prohibited');
    expect(analyze('No AI, please: we want a designer who draws.').stance).toBe('prohibited');
    expect(analyze('Do not use Figma AI or any other AI tool.').stance).toBe('prohibited');
  });
});
