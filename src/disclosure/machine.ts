import type { AiUseLevel } from '../policy/types.ts';

/*
 * Machine-readable lines that can follow the note. Both map from the declared level only, and both assert that a
 * human reviewed the AI's output: every note Candor writes says so, and a freelancer who did not review should
 * not send it.
 */

/**
 * IBM Research's AI Attribution Toolkit, statement version 1.0 (https://aiattribution.github.io/, CHI 2025
 * paper arXiv:2502.18357). Grammar as the toolkit's own generator builds the abbreviated statement
 * (aiattribution/aiattribution.github.io, `_app/immutable/nodes/2.DA3T0c03.js`, commit fa40207):
 *
 *   AIA <proportion> <contributions> <initiative> <review> <model> v1.0     when AI was used
 *   AIA No AI v1.0                                                          when the work is entirely human
 *
 * every field optional; several contributions or initiatives are concatenated without spaces ("SeCe", "HinAin"),
 * in the order Se, Ce, Nc and Hin, Ain; runs of whitespace collapse to one space. The toolkit disables
 * contributions for EAI. Codes, with the toolkit's explanations:
 *   proportion    EAI entirely AI · PAI primarily AI · HAb even human-AI blend · Ph primarily human ·
 *                 Eh entirely human (written "No AI" in the statement)
 *   contribution  Se stylistic edits (structure, wording, clarity) · Ce content edits (scope, information,
 *                 ideas) · Nc new content (text, images, analysis, ideas)
 *   initiative    Hin human-initiated (AI was prompted or enabled) · Ain AI-initiated (auto-completion,
 *                 unprompted changes)
 *   review        R reviewed and approved · Nr not reviewed
 *   model         free text naming the model(s) or application(s)
 * Home-page example: "AIA PAI Nc Hin R DALL-E v1.0".
 */
const AIA_CODES: Record<AiUseLevel, string> = {
  none: 'No AI',
  // The tool only flagged wording; the text is the freelancer's.
  grammar: 'Ph Se Hin R',
  // Brainstormed ideas and outlines are new content by the toolkit's definition, though the prose is human.
  ideas: 'Ph Nc Hin R',
  // An AI first draft, substantially rewritten: neither side dominates.
  drafting: 'HAb Nc Hin R',
  generated: 'PAI Nc Hin R',
  // Translation rewords human text without changing its scope or ideas: a stylistic edit in the toolkit's terms.
  translation: 'Ph Se Hin R',
};

export function aiaStatement(level: AiUseLevel, tools: readonly string[]): string {
  if (level === 'none') return `AIA ${AIA_CODES.none} v1.0`;
  // The toolkit collapses whitespace; a newline inside a tool name would break the line anyway.
  const model = tools.join(', ').replace(/\s+/g, ' ').trim();
  return ['AIA', AIA_CODES[level], model, 'v1.0'].filter((field) => field !== '').join(' ');
}

/**
 * W3C AI Content Disclosure Community Group, "AI Content Disclosure for HTML", Draft Community Group Report
 * 21 September 2026 (https://w3c-cg.github.io/ai-content-disclosure/), §3.2: exactly three values,
 * `human-only`, `ai-assisted` (AI involved, a human reviewed before publication, from light edits to AI-drafted
 * text) and `ai-autonomous` (published without human review). Earlier drafts' `none`, `ai-generated`,
 * `autonomous` and `mixed` were removed. §4.1: the page-level form is `<meta name="ai-disclosure" content="…">`.
 */
type W3cDisclosure = 'human-only' | 'ai-assisted' | 'ai-autonomous';

/** Never `ai-autonomous`: Candor's notes always state human review. */
function w3cDisclosure(level: AiUseLevel): W3cDisclosure {
  return level === 'none' ? 'human-only' : 'ai-assisted';
}

export function w3cMetaLine(level: AiUseLevel): string {
  return `<meta name="ai-disclosure" content="${w3cDisclosure(level)}">`;
}
