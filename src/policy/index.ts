/** The policy engine: reads what a job post says about the freelancer's own use of generative AI. */
export { analyze, analyzeHtml } from './analyze.ts';
export { htmlToText } from './html.ts';
export type {
  AiUseLevel,
  Condition,
  Declaration,
  DeclaredPart,
  Evidence,
  Language,
  Part,
  PolicyReading,
  Signal,
  Stance,
  VerdictLevel,
} from './types.ts';
