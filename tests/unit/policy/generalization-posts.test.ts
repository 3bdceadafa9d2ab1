import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/policy/index.ts';
import { KNOWN_POST_MISSES, POSTS } from './generalization-posts.cases.ts';

/*
 * Round 2 of the held-out set: whole job posts (title, description, bullets, "Requirements", "Please note") where
 * the AI rule is one line among ordinary job content, in the five languages, with traps (posts about AI products,
 * "AI" as Illustrator's file format, the client's own AI use, the client's AI screening). Written before the
 * engine was tuned on them; a miss is fixed by a rule for its phrasing's family, never by matching the post.
 */
describe('generalization: whole held-out job posts', () => {
  it.each(POSTS)('%s: %s', (stance, text, expected) => {
    const reading = analyze(text);
    expect(reading.stance).toBe(stance);
    if (expected?.disclosure !== undefined) expect(reading.disclosureRequired).toBe(expected.disclosure);
    if (expected?.confidentiality !== undefined)
      expect(reading.confidentiality).toBe(expected.confidentiality);
    if (stance !== 'none') expect(reading.evidence.length).toBeGreaterThan(0);
    for (const e of reading.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('holds at least 100 posts, at least 12 read as each language besides English', () => {
    expect(POSTS.length + KNOWN_POST_MISSES.length).toBeGreaterThanOrEqual(100);
    const counts = new Map<string, number>();
    for (const [, text] of POSTS) {
      const { language } = analyze(text);
      counts.set(language, (counts.get(language) ?? 0) + 1);
    }
    for (const language of ['es', 'pt', 'fr', 'de'])
      expect(counts.get(language) ?? 0, language).toBeGreaterThanOrEqual(12);
  });

  it.each(KNOWN_POST_MISSES)('still misses %s: %s (%s)', (stance, text) => {
    expect(analyze(text).stance).not.toBe(stance);
  });
});
