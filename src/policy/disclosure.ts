/** Does a sentence ask the freelancer to say whether and how AI was used? */
import { type CompiledLexicon, masked, matches } from './lexicon/index.ts';

/** Words for "use" that let a sentence without an AI term ("state the extent of such use") still count. */
const USE_NOUN = /(?<![\p{L}])(?:use|usage|used|uso|utilisation|nutzung|einsatz|utiliza\w*)(?![\p{L}])/u;

/**
 * `hasAi`: the sentence names AI itself; otherwise it must follow a sentence that does (the caller checks) and
 * speak of "use".
 */
export function asksDisclosure(sentence: string, hasAi: boolean, lexicon: CompiledLexicon): boolean {
  const text = masked(lexicon.neutral, sentence);
  if (matches(lexicon.disclose, text)) return hasAi || USE_NOUN.test(text);
  return hasAi && matches(lexicon.discloseWeak, text);
}
