/** Does a sentence ask the freelancer to say whether and how AI was used? */
import { type CompiledLexicon, matches } from './lexicon/index.ts';

/** Words for "use" that let a sentence without an AI term ("state the extent of such use") still count. */
const USE_NOUN =
  /\b(?:use|usage|used|uso|usaste|usado|usaron|usou|utiliz\w*|utilis\w*|nutzung|einsatz|verwendet|genutzt|eingesetzt)\b/;

/**
 * `text`: the sentence with its neutral phrases ("no need to tell us") already blanked. `hasAi`: the sentence names
 * AI itself; otherwise it must follow a sentence that does (the caller checks) and speak of "use" ("Tell us which
 * tools you used", "such use must be declared").
 */
export function asksDisclosureIn(text: string, hasAi: boolean, lexicon: CompiledLexicon): boolean {
  return matches(lexicon.disclose, text) && (hasAi || USE_NOUN.test(text));
}

/** Takes the request back ("no need to tell us", "pas besoin de nous le dire"). */
const NO_NEED =
  /\b(?:no need|not need|needn'?t|(?:do not|don'?t|does not|doesn'?t) (?:have|need)|not (?:required|necessary)|no hace falta|no (?:es )?necesari\w*|no tienes que|nao (?:precisa|e necessari\w*|tem que)|pas (?:besoin|la peine|necessaire)|nicht (?:notwendig|notig|erforderlich|sagen|mitteilen)|brauchst|musst (?:\w+ )?nicht)\b/;

/** A reply to the post, not to AI use: "if interested, let us know", "let us know if any questions". */
const REPLY =
  /\b(?:interest\w*|question\w*|availab\w*|interesad\w*|interessad\w*|interess\w*|pregunta\w*|duvida\w*|duda\w*|frage\w*|disponib\w*|verfugbar\w*)\b/;

/**
 * A bare request to be told ("if you tell us", "tell us when you do", "si nos avisas"): it names nothing, so the
 * caller counts it only beside a permission for AI use, in the same sentence or the sentence right after.
 */
export function asksBareDisclosure(sentence: string, lexicon: CompiledLexicon): boolean {
  return matches(lexicon.discloseBare, sentence) && !NO_NEED.test(sentence) && !REPLY.test(sentence);
}
