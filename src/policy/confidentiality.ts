/** Does a sentence keep client material out of AI tools ("do not paste our files into ChatGPT")? */
import { type CompiledLexicon, matches } from './lexicon/index.ts';

/** Besides a prohibition, wording that makes a data sentence a rule ("strict no-AI-processing rule"). */
const RULE_WORDS =
  /\b(?:rule|policy|never|avoid|careful|caution|regel|nunca|jamais|jamas|niemals|cuidado|attention)\b/;

/**
 * `banned`: an AI term in the sentence is preceded by a ban ("no AI"); `prohibits`: whether the sentence
 * prohibits, asked only when it names client material.
 */
export function protectsMaterial(
  sentence: string,
  banned: boolean,
  prohibits: () => boolean,
  lexicon: CompiledLexicon,
): boolean {
  if (!matches(lexicon.confidential, sentence)) return false;
  return banned || prohibits() || RULE_WORDS.test(sentence);
}
