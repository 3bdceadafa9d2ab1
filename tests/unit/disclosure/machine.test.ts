import { describe, expect, it } from 'vitest';
import { composeDisclosure, type Lang } from '../../../src/disclosure/index.ts';
import type { AiUseLevel } from '../../../src/policy/types.ts';

/*
 * IBM AI Attribution Toolkit v1.0, abbreviated statement, as its generator builds it
 * (aiattribution/aiattribution.github.io, _app/immutable/nodes/2.DA3T0c03.js): "AIA", then optional proportion,
 * contributions (concatenated, in the order Se Ce Nc), initiatives (Hin Ain), review, model, then "v1.0";
 * "AIA No AI v1.0" for entirely human work.
 */
const PROPORTION = '(?:EAI|PAI|HAb|Ph)';
const CONTRIBUTIONS = '(?=Se|Ce|Nc)(?:Se)?(?:Ce)?(?:Nc)?';
const INITIATIVE = '(?=Hin|Ain)(?:Hin)?(?:Ain)?';
const REVIEW = '(?:R|Nr)';
/** Free text; it must not start with a code, or the fields would be out of order ("AIA Hin PAI R v1.0"). */
const MODEL = '(?!(?:EAI|PAI|HAb|Ph|(?:Se|Ce|Nc)+|(?:Hin|Ain)+|R|Nr)(?: |$))\\S(?:[^\\n]*\\S)?';
const AIA_GRAMMAR = new RegExp(
  `^AIA (?:No AI|(?:${PROPORTION} )?(?:${CONTRIBUTIONS} )?(?:${INITIATIVE} )?(?:${REVIEW} )?(?:${MODEL} )?)v1\\.0$`,
);
/** The toolkit disables contributions for entirely-AI work. */
const EAI_WITH_CONTRIBUTIONS = /^AIA EAI (?:Se|Ce|Nc)/;

/** W3C AI Content Disclosure CG report (21 Sep 2026) §3.2 values and §4.1 meta syntax. */
const W3C_GRAMMAR = /^<meta name="ai-disclosure" content="(?:human-only|ai-assisted|ai-autonomous)">$/;

describe('the grammars themselves', () => {
  it('accept the published examples', () => {
    for (const statement of [
      'AIA PAI Nc Hin R DALL-E v1.0',
      'AIA PAI Ce Hin R Gemini 2.5 Pro v1.0',
      'AIA Ph Se Hin R v1.0',
      'AIA Ph SeCe HinAin R ChatGPT v1.0',
      'AIA No AI v1.0',
    ]) {
      expect(statement).toMatch(AIA_GRAMMAR);
    }
    expect('<meta name="ai-disclosure" content="ai-assisted">').toMatch(W3C_GRAMMAR);
  });

  it('reject statements out of order, with unknown codes or another version', () => {
    for (const statement of [
      'AIA Hin PAI R v1.0',
      'AIA PAI NcSe Hin R v1.0',
      'AIA PAI Nc Hin R v2.0',
      'AIA Primarily AI v1.0x',
      'AIA PAI Nc Hin R GPT-4o',
    ]) {
      expect(statement).not.toMatch(AIA_GRAMMAR);
    }
    for (const line of [
      '<meta name="ai-disclosure" content="ai-generated">',
      '<meta name="ai-disclosure" content="none">',
      '<meta name="ai-disclosure" content="mixed">',
    ]) {
      expect(line).not.toMatch(W3C_GRAMMAR);
    }
  });
});

const LEVELS: AiUseLevel[] = ['none', 'grammar', 'ideas', 'drafting', 'generated', 'translation'];
const EXPECTED: Record<AiUseLevel, { aia: string; w3c: string }> = {
  none: { aia: 'AIA No AI v1.0', w3c: 'human-only' },
  grammar: { aia: 'AIA Ph Se Hin R Grammarly v1.0', w3c: 'ai-assisted' },
  ideas: { aia: 'AIA Ph Nc Hin R Grammarly v1.0', w3c: 'ai-assisted' },
  drafting: { aia: 'AIA HAb Nc Hin R Grammarly v1.0', w3c: 'ai-assisted' },
  generated: { aia: 'AIA PAI Nc Hin R Grammarly v1.0', w3c: 'ai-assisted' },
  translation: { aia: 'AIA Ph Se Hin R Grammarly v1.0', w3c: 'ai-assisted' },
};

describe('machine lines from the declaration', () => {
  for (const level of LEVELS) {
    for (const lang of ['en', 'es'] as Lang[]) {
      it(`${level} (${lang})`, () => {
        const note = composeDisclosure({
          declaration: {
            level,
            tools: level === 'none' ? [] : ['Grammarly'],
            parts: ['proposal'],
            clientMaterialShared: false,
          },
          length: 'standard',
          lang,
          options: { ibmAia: true, w3c: true, statementForNone: true },
        });
        const [aia, w3c] = note.machineLines;
        expect(aia).toMatch(AIA_GRAMMAR);
        expect(aia).not.toMatch(EAI_WITH_CONTRIBUTIONS);
        expect(aia).toBe(EXPECTED[level].aia);
        expect(w3c).toMatch(W3C_GRAMMAR);
        expect(w3c).toBe(`<meta name="ai-disclosure" content="${EXPECTED[level].w3c}">`);
      });
    }
  }

  it('never claims autonomous publication: every note asserts human review', () => {
    for (const level of LEVELS) {
      const note = composeDisclosure({
        declaration: { level, tools: ['X'], parts: ['work'], clientMaterialShared: false },
        length: 'brief',
        lang: 'en',
        options: { ibmAia: true, w3c: true, statementForNone: true },
      });
      expect(note.block).not.toMatch(/ai-autonomous| Nr /);
    }
  });
});
