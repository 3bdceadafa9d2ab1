/** Does a sentence say submissions are checked with AI detectors ("we run every draft through GPTZero")? */
import { type CompiledLexicon, matches } from './lexicon/index.ts';

export function mentionsDetection(sentence: string, lexicon: CompiledLexicon): boolean {
  return matches(lexicon.detection, sentence);
}
