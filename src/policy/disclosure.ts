/** Does a sentence ask the freelancer to say whether and how AI was used? */
import { type CompiledLexicon, masked, matches } from './lexicon/index.ts';

/** Words for "use" that let a sentence without an AI term ("state the extent of such use") still count. */
const USE_NOUN =
  /\b(?:use|usage|used|uso|usaste|usado|usaron|usou|utiliz\w*|utilis\w*|nutzung|einsatz|verwendet|genutzt|eingesetzt)\b/;

/**
 * `hasAi`: the sentence names AI itself; otherwise it must follow a sentence that does (the caller checks) and
 * speak of "use" ("Tell us which tools you used", "such use must be declared").
 */
export function asksDisclosure(sentence: string, hasAi: boolean, lexicon: CompiledLexicon): boolean {
  const text = masked(lexicon.neutral, sentence);
  return matches(lexicon.disclose, text) && (hasAi || USE_NOUN.test(text));
}
