import { describe, expect, it } from 'vitest';
import type {
  AiUseLevel,
  Declaration,
  DeclaredPart,
  PolicyReading,
  VerdictLevel,
} from '../../../src/policy/index.ts';
import { analyze } from '../../../src/policy/index.ts';
import { evaluate, type MarketplaceRules, UPWORK_RULES } from '../../../src/rules/index.ts';

const TOU = 'upwork-tou-3.2-ai-bolster';
const OSCT = 'upwork-osct-2-tools';
const TRANSPARENCY = 'upwork-trust-safety-ai-transparency';

const POSTS = {
  ban: 'No AI.',
  banEs: 'Sin IA en tu propuesta.',
  split: 'Proposals must be written by you; AI is fine for the code.',
  limited: 'AI tools may be used only for research and grammar; the final text must be your own.',
  disclose: 'You may use AI tools if you disclose which tools you used and how.',
  approval: 'Please ask for approval before using any AI tool.',
  welcome: 'AI tools are welcome for this job.',
  required: 'You must be fluent with Claude Code.',
  silent: 'Logo design for a bakery. Three concepts, two revisions.',
  private:
    'AI tools are welcome for this job. Do not put our files, data or project details into generative AI tools.',
} as const;

interface Row {
  post: keyof typeof POSTS;
  level: AiUseLevel;
  parts: DeclaredPart[];
  shared?: boolean;
  verdict: VerdictLevel;
  /** The rule cited by the reason that decides the verdict. */
  rule: string;
}

/** stance × scope × level × parts → verdict and the rule it rests on. */
const ROWS: Row[] = [
  { post: 'ban', level: 'none', parts: ['work'], verdict: 'clear', rule: OSCT },
  { post: 'ban', level: 'grammar', parts: ['work'], verdict: 'ask-client', rule: TOU },
  { post: 'ban', level: 'ideas', parts: ['work'], verdict: 'ask-client', rule: TOU },
  { post: 'ban', level: 'drafting', parts: ['work'], verdict: 'conflict', rule: TOU },
  { post: 'ban', level: 'generated', parts: ['proposal'], verdict: 'conflict', rule: TOU },
  { post: 'ban', level: 'translation', parts: ['work'], verdict: 'conflict', rule: TOU },
  { post: 'banEs', level: 'generated', parts: ['proposal'], verdict: 'conflict', rule: TOU },
  { post: 'split', level: 'generated', parts: ['work'], verdict: 'disclose', rule: TRANSPARENCY },
  { post: 'split', level: 'generated', parts: ['proposal'], verdict: 'conflict', rule: TOU },
  { post: 'split', level: 'drafting', parts: ['screening'], verdict: 'conflict', rule: TOU },
  { post: 'split', level: 'grammar', parts: ['proposal'], verdict: 'ask-client', rule: TOU },
  { post: 'limited', level: 'grammar', parts: ['work'], verdict: 'disclose', rule: TRANSPARENCY },
  { post: 'limited', level: 'ideas', parts: ['work'], verdict: 'disclose', rule: TRANSPARENCY },
  { post: 'limited', level: 'drafting', parts: ['work'], verdict: 'conflict', rule: TOU },
  { post: 'limited', level: 'translation', parts: ['proposal', 'work'], verdict: 'conflict', rule: TOU },
  { post: 'disclose', level: 'drafting', parts: ['proposal'], verdict: 'disclose', rule: TRANSPARENCY },
  { post: 'disclose', level: 'grammar', parts: ['work'], verdict: 'disclose', rule: TRANSPARENCY },
  { post: 'approval', level: 'drafting', parts: ['work'], verdict: 'ask-client', rule: TOU },
  { post: 'welcome', level: 'grammar', parts: ['work'], verdict: 'clear', rule: OSCT },
  { post: 'welcome', level: 'generated', parts: ['work'], verdict: 'disclose', rule: TRANSPARENCY },
  { post: 'required', level: 'generated', parts: ['work'], verdict: 'clear', rule: OSCT },
  { post: 'silent', level: 'grammar', parts: ['proposal'], verdict: 'clear', rule: OSCT },
  { post: 'silent', level: 'generated', parts: ['proposal'], verdict: 'disclose', rule: TRANSPARENCY },
  { post: 'silent', level: 'grammar', parts: ['work'], shared: true, verdict: 'disclose', rule: TOU },
  { post: 'private', level: 'grammar', parts: ['work'], shared: true, verdict: 'conflict', rule: TOU },
  { post: 'private', level: 'grammar', parts: ['work'], shared: false, verdict: 'clear', rule: OSCT },
];

function declare(row: Row): Declaration {
  return {
    level: row.level,
    tools: ['ChatGPT'],
    parts: row.parts,
    clientMaterialShared: row.shared ?? false,
  };
}

describe('evaluate', () => {
  it.each(ROWS)('$post × $level × $parts (shared: $shared) → $verdict by $rule', (row) => {
    const reading = analyze(POSTS[row.post]);
    const verdict = evaluate(reading, declare(row));
    expect(verdict.level).toBe(row.verdict);
    const deciding = verdict.reasons.filter((r) => r.level === row.verdict);
    expect(deciding.map((r) => r.ruleId)).toContain(row.rule);
    for (const reason of verdict.reasons) {
      const rule = UPWORK_RULES.rules.find((r) => r.id === reason.ruleId)!;
      expect(reason.ruleText).toBe(rule.text);
      // A reason about a client's restriction quotes the client.
      if (reason.level === 'conflict' || reason.level === 'ask-client') {
        expect(reason.evidence.length).toBeGreaterThan(0);
        for (const e of reason.evidence) expect(POSTS[row.post].slice(e.start, e.end)).toBe(e.quote);
      }
    }
  });

  it('asks the client instead of finding a conflict when the reading is unsure', () => {
    const reading: PolicyReading = { ...analyze(POSTS.ban), confidence: 0.4 };
    const verdict = evaluate(reading, {
      level: 'generated',
      tools: [],
      parts: ['work'],
      clientMaterialShared: false,
    });
    expect(verdict.level).toBe('ask-client');
  });

  it("judges every part by the stance of a post that names no part (its rules are the work's scope too)", () => {
    const reading = analyze('You must use ChatGPT for this job. Tell us which prompts you used.');
    expect(reading.scopes).toEqual({ work: 'encouraged' });
    const verdict = evaluate(reading, {
      level: 'generated',
      tools: ['ChatGPT'],
      parts: ['proposal'],
      clientMaterialShared: false,
    });
    expect(verdict.level).toBe('disclose');
    // The requirement governs the proposal too: its use is clear by OSCT §2, and the client asked to be told.
    expect(verdict.reasons.map((r) => [r.level, r.ruleId])).toEqual(
      expect.arrayContaining([
        ['clear', OSCT],
        ['disclose', TRANSPARENCY],
      ]),
    );
  });

  it('judges a use declared for no part against the post as a whole', () => {
    const verdict = evaluate(analyze(POSTS.split), {
      level: 'generated',
      tools: [],
      parts: [],
      clientMaterialShared: false,
    });
    expect(verdict.level).toBe('conflict');
    expect(verdict.reasons[0]).toMatchObject({ ruleId: TOU, level: 'conflict' });
    expect(verdict.reasons[0]!.part).toBeUndefined();
  });

  it('adds a disclosure reason when the client asks to be told, even where the use is clear', () => {
    const reading = analyze('AI tools are welcome. Please disclose any AI tools you used.');
    const verdict = evaluate(reading, {
      level: 'grammar',
      tools: ['Grammarly'],
      parts: ['work'],
      clientMaterialShared: false,
    });
    expect(verdict.level).toBe('disclose');
    expect(
      verdict.reasons.some(
        (r) => r.level === 'disclose' && r.evidence.some((e) => e.signal === 'disclosure'),
      ),
    ).toBe(true);
  });

  it('applies another marketplace’s rules without changes to the evaluator', () => {
    const other: MarketplaceRules = {
      marketplace: 'example',
      version: '1',
      rules: [
        {
          id: 'ex-1',
          document: 'Example Terms',
          section: '1',
          text: 'Follow the client.',
          wording: 'summary',
          version: '1',
          effectiveDate: '2024-01',
          sourceUrl: 'https://example.com/terms',
        },
        {
          id: 'ex-2',
          document: 'Example Terms',
          section: '2',
          text: 'Say what you used.',
          wording: 'summary',
          version: '1',
          effectiveDate: '2024-01',
          sourceUrl: 'https://example.com/terms',
        },
      ],
      cite: {
        restrictedUse: 'ex-1',
        thirdPartyRights: 'ex-1',
        defaultPermission: 'ex-2',
        transparency: 'ex-2',
        ownership: 'ex-2',
      },
      substantial: { grammar: 'no', ideas: 'no', drafting: 'no', generated: 'yes', translation: 'no' },
    };
    const verdict = evaluate(
      analyze(POSTS.ban),
      { level: 'drafting', tools: [], parts: ['work'], clientMaterialShared: false },
      other,
    );
    expect(verdict).toMatchObject({ level: 'ask-client', marketplace: 'example', rulesVersion: '1' });
    expect(verdict.reasons[0]!.ruleId).toBe('ex-1');
  });

  it('records every Upwork rule with its document, section, version, date and source', () => {
    for (const rule of UPWORK_RULES.rules) {
      expect(rule).toMatchObject({
        id: expect.any(String),
        document: expect.any(String),
        section: expect.any(String),
      });
      expect(rule.effectiveDate).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(rule.sourceUrl).toMatch(/^https:\/\/www\.upwork\.com\//);
    }
    for (const id of Object.values(UPWORK_RULES.cite))
      expect(UPWORK_RULES.rules.map((r) => r.id)).toContain(id);
  });
});
