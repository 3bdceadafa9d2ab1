import type { Part } from '../types.ts';

/**
 * Ends a bare disclosure request (`discloseBare`): the clause stops there. A comma counts unless a question follows
 * ("let us know, when can you start", "Bescheid, ob du Zeit hast"); so does "and" ("avisame cuando lo uses y
 * revisá todo").
 */
export const BARE_END =
  '(?=\\s*(?:[.;:!?()]|,(?!\\s*(?:ob|wann|wie|welche\\w*|was|wo|when|which|what|how|whether)\\b)| (?:and|y|e|et|und) | (?:jaja|jeje|haha|kkk|lol|rsrs)|$))';

/**
 * One language's cue words, as regular-expression sources over folded text (lowercase; quotes, dashes and spaces
 * folded to `'`, `-` and ` `). A space in a source matches one or more spaces. Sources must not nest unbounded
 * quantifiers: the engine's running time has to stay linear on any input.
 */
export interface CueLexicon {
  /** Words that make the stop-word count for language detection. */
  stopwords: string[];
  /** AI terms of this language only ("ia", "ki", "künstliche intelligenz"). */
  aiTerms: string[];
  /**
   * Words that, right before an AI term, ban it: "no AI", "sin IA", "keine KI". Matched against the end of the
   * text before the mention, so each source is a complete lead-in.
   */
  banLeadIns: string[];
  /** Forbids or rejects: "do not use", "will not be accepted", "prohibido". */
  prohibit: string[];
  /**
   * Turns applicants away: "don't apply", "not for you", "no te postules", "bewirb dich nicht". A ban like
   * `prohibit` ("If you use AI, do not apply"), except after a condition on not using AI, where it requires AI
   * ("If you don't use AI daily, don't apply"; `stance.ts`).
   */
  turnAway: string[];
  /** Permits: "you may use", "is fine", "se permite". */
  permit: string[];
  /** Asks for or requires: "must be fluent with", "experience with", "use … to". */
  encourage: string[];
  /** Conditions that turn a permission into a restriction, by kind. */
  limited: string[];
  /**
   * The work must be the freelancer's own ("must be your own", "must come from you"): beside a permission a
   * condition (`limited`), beside a ban and nothing else it only restates the ban.
   */
  ownWork: string[];
  /**
   * The tasks AI is for ("for research", "para investigar", "für Recherche"): beside a permission or a ban they
   * limit it (`limited`); beside a requirement they only describe it ("use ChatGPT for research and drafts").
   */
  tasks: string[];
  approval: string[];
  review: string[];
  /**
   * Asks to be told about AI use: `disclose` by its verb ("disclose", "declarar"), `discloseWeak` in passing ("let
   * us know which tools you used"). Both count in a sentence that names AI, or that speaks of "use" after one.
   */
  disclose: string[];
  discloseWeak: string[];
  /**
   * A bare request to be told, with no object or only a pronoun ("if you tell us", "tell us when you do", "si nos
   * avisas", "wenn du uns Bescheid gibst"). It names nothing, so it counts only beside a permission for AI use, in
   * the same sentence or the sentence right after ("You may use AI. Just tell us."). "Tell us about your
   * experience", "let us know your availability" name an object and are no match.
   */
  discloseBare: string[];
  /** Client material that must not go into AI tools. */
  confidential: string[];
  /**
   * Words that hand over something named before: a pronoun or demonstrative after a verb of handing over ("paste
   * them", "no los subas", "ne les collez pas", "geben Sie diese nicht ein", "this information"). Beside a ban, and
   * after a sentence that names client material, they make the ban a confidentiality rule.
   */
  materialReference: string[];
  /**
   * Words that point back to AI named in the sentence before: "it", "them", "those applications", "such proposals",
   * "no lo hagas", "ne l'utilisez pas", "das wollen wir nicht". In a sentence right after one that names AI use and
   * holding a ban cue, they make the ban one on what the sentence before named ("I've seen ChatGPT proposals. Don't
   * send them.").
   */
  backReference: string[];
  /** The work must be the freelancer's own: "written by you", "in your own words". */
  humanAuthorship: string[];
  /**
   * A requirement denied: "not required", "no es obligatorio", "keine Pflicht". A clause holding one asks for no
   * AI skill or use ("Experience with ChatGPT is a plus, not required").
   */
  notRequired: string[];
  /** Phrases that only look like cues: "no need to", "don't mind", masked before matching. */
  neutral: string[];
  /** A report of what was done ("no AI was used", "I wrote it myself") states a fact, not a rule. */
  attestation: string[];
  /** A clause whose subject is the client (or others) binds the client, not the freelancer. Each source starts with `^`. */
  otherActor: string[];
  /** Nouns before an AI term that make it a product or a skill: "agentes de IA", "experiencia con IA". */
  productBefore: string[];
  skillBefore: string[];
  /** Words before an AI term that make it a foil, not a rule ("not just someone who has used ChatGPT"). */
  contrastBefore: string[];
  /** Nouns after an AI term that make it a product or a skill (German compounds: "KI-Agenten"). */
  productAfter: string[];
  /** Job roles that create content with AI ("AI filmmaker", "creador de videos con IA"). */
  roles: string[];
  parts: Record<Part, string[]>;
}
