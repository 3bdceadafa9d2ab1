import { describe, expect, test } from 'vitest';
import { badgeFor } from '../../../src/background/badge.ts';
import type { PolicyReading } from '../../../src/policy/types.ts';

const reading = (overrides: Partial<PolicyReading>): PolicyReading => ({
  stance: 'none',
  scopes: {},
  disclosureRequired: false,
  confidentiality: false,
  detectors: false,
  evidence: [],
  language: 'en',
  confidence: 1,
  ...overrides,
});
// Keys and substitutions stand in for the translated text.
const t = (key: string, substitutions?: string | string[]) =>
  substitutions ? `${key}(${substitutions})` : key;

describe('toolbar badge', () => {
  test.each([
    ['prohibited', 'NO'],
    ['restricted', '!'],
    ['allowed', 'OK'],
    ['encouraged', 'AI+'],
    ['none', ''],
  ] as const)('%s shows "%s"', (stance, text) => {
    expect(badgeFor(reading({ stance }), false, t).text).toBe(text);
  });

  test('the tooltip names the stance, each part the post distinguishes, and a partial reading', () => {
    const badge = badgeFor(
      reading({
        stance: 'prohibited',
        scopes: { proposal: 'prohibited', work: 'allowed', communication: 'none' },
      }),
      true,
      t,
    );
    expect(badge.title.split('\n')).toEqual([
      'badge_title(inpage_stance_prohibited)',
      'inpage_part_proposal: inpage_stance_prohibited',
      'inpage_part_work: inpage_stance_allowed',
      'badge_partial',
    ]);
    expect(badge.color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
