/**
 * Reads one sentence that mentions AI: splits it into clauses, finds the cues in each (a ban, a permission, a
 * requirement, a condition) and says which stance each clause takes toward the freelancer's own AI use. Negation
 * reaches only within a clause and only over tools in use ("no AI experience needed" is no ban).
 */

import { aiIsSource, protectsMaterial } from './confidentiality.ts';
import { mentionsDetection } from './detectors.ts';
import { asksBareDisclosure, asksDisclosureIn } from './disclosure.ts';
import { type Finding, STRENGTH } from './finding.ts';
import { foldForMatching } from './fold.ts';
import { CONDITIONS, type CompiledLexicon, groupsIn, masked, matches } from './lexicon/index.ts';
import { isAiKind, type Mention } from './mentions.ts';
import { partsIn } from './parts.ts';
import { asksAboutUse, asksPermission } from './question.ts';
import {
  headingAbove,
  isListLine,
  lineStart,
  nextSentence,
  previousSentence,
  type Span,
  shortSentenceAfter,
} from './sentences.ts';
import type { Condition, Part, Stance } from './types.ts';

export interface SentenceInput {
  /** The analysed text, and its copy through `foldCase` (same length). */
  text: string;
  lower: string;
  span: Span;
  /** Mentions inside the span, absolute offsets. */
  mentions: Mention[];
  /** An AI term occurs shortly before this sentence (a disclosure rule may refer back to it: "such use"). */
  aiBefore: boolean;
  /** Where the next mention after this sentence's starts (the text's length if none): the sentence after holds none before it. */
  nextMention: number;
  lexicon: CompiledLexicon;
  /** Headings already found, by line start, shared by the sentences of one post. */
  headings: Map<number, Span | null>;
}

/**
 * Where one clause ends and the next begins; "but" is not a boundary because "but not" is a condition, nor is a
 * "while" of time ("while coding").
 */
const CLAUSE_SEP =
  /;|:(?= )|,? (?:while(?! \w+ing\b)|whereas|mientras que|tandis que|alors que|enquanto|wohingegen) |, (?:and|y|e|et|und|but|pero|mas|mais|aber) /g;

/**
 * ", and", ", but" join two clauses only when each names AI ("No AI on this job, and never upload our files to
 * ChatGPT"; "Copilot is fine, but no client data goes into an AI tool"). "But not" alone stays a condition of
 * the clause before ("AI is fine, but not for the final text").
 */
const JOINED = /^, (?:and|y|e|et|und|but|pero|mas|mais|aber) $/;

/**
 * Words around a tool that make a requirement about the product, not the freelancer's tools: "the Claude or
 * OpenAI API", "GPT-4, Claude, vector databases" after it, "building apps with" before it.
 */
const PRODUCT_AFTER_TOOL =
  /\b(?:apis?|sdks?|integrat\w*|vector|rag|langchain|llamaindex|embeddings?|fine-?tun\w*|pytorch|tensorflow|machine learning|nlp|pipelines?|prompt engineer\w*|agents?)\b/;
const PRODUCT_BEFORE_TOOL =
  /\b(?:apis?|sdks?|build\w*|built|develop\w*|integrat\w*|implement\w*|deploy\w*)\b/;
const PRODUCT_WINDOW = 30;

/** A review required of AI output ("must be reviewed by you"), not a review that is the job ("edit AI drafts"). */
const PASSIVE_REVIEW =
  /\b(?:be (?:\S+ )?(?:reviewed|verified|checked|edited|proofread)|by (?:you|a human|hand)|human|manual\w*|unreviewed|unedited|unverified|raw|revis\w*|uberpruf\w*|gepruft|relu|verifi\w*)\b/;

/** The review is the job being posted: "Human editor needed for a book drafted with ChatGPT". */
const REVIEW_IS_THE_JOB =
  /\b(?:(?:editors?|proofreaders?|reviewers?) (?:needed|wanted|required|sought)|(?:looking for|seeking|hiring|need) (?:an? )?(?:\S+ )?(?:editor|proofreader|reviewer))\b/;

/** Checking someone's text: beside a detector named as a comparison, it is still a check ("tools like GPTZero"). */
const CHECKS =
  /\b(?:check\w*|scan\w*|(?:run|go|goes|went|pass|put)\w* (?:\S+ ){0,3}?through|screen\w*|verif\w*|test\w*|flag\w*|v\u00e9rifi\w*|contr\u00f4l\w*|comprob\w*|pr\u00fcf\w*|\u00fcberpr\u00fcf\w*|passa\w* (?:\S+ ){0,3}?(?:par|por|pelo)|pasa\w* (?:\S+ ){0,3}?por)/;

/** A detector named for a plagiarism check ("Turnitin for plagiarism") is no AI check. */
const PLAGIARISM =
  /\b(?:plagiar\w*|plagio|plagiat\w*|copyscape|similarity|similitud|coincidencias|similaridade|similarite|ahnlichkeit\w*|ubereinstimmung\w*)\b/;

/** Headings of "what we don't want" lists whose items carry no negation of their own. */
const NEGATIVE_HEADING =
  /\b(?:not looking for|don'?ts|red flags|not wanted|no buscamos|no queremos|nao queremos|nous ne cherchons pas|nicht gesucht)\b/;

/** A short line is a list item even without a bullet ("Vibe coders — …" under "NOT looking for:"). */
const SHORT_LINE = 90;

interface ClauseReading {
  stance: Exclude<Stance, 'none'>;
  parts: Part[];
  conditions: Condition[];
  strength: number;
  /** The clause permits AI use ("you may use AI"): a bare "tell us" beside it is a disclosure condition. */
  permits: boolean;
  banned: boolean;
  prohibits: boolean;
  /** The clause as read (neutral phrases blanked), where its words start, and as written: for the material checks. */
  text: string;
  lead: number;
  source: string;
}

interface Clause {
  start: number;
  text: string;
  /** `text` with the neutral phrases blanked ("no need to", "don't mind"), cut from the sentence's masked copy. */
  neutralized: string;
}

/** The bit of `ownWork` in the conditions found; the kinds before it are reported as they are. */
const OWN_WORK = 1 << CONDITIONS.indexOf('ownWork');
/** The bit of `review`: a check with a detector ("mit einem KI-Detektor geprüft") is no review condition. */
const REVIEW = 1 << CONDITIONS.indexOf('review');
/** The bit of `limited`, which the `tasks` sources set too. */
const LIMITED = 1 << CONDITIONS.indexOf('limited');
const REPORTED: Condition[] = ['limited', 'approval', 'review'];

/** A text of one to `max` words, with no ";" or ":" in it. */
function atMostWords(max: number): RegExp {
  return new RegExp(`^\\s*[^\\s;:]+(?:\\s+[^\\s;:]+){0,${max - 1}}\\s*$`);
}

/** A label ("Important", "Requisito obrigatório") before a colon. */
const SHORT_LABEL = atMostWords(3);
/** A value to the end of the sentence. */
const SHORT_VALUE = atMostWords(4);
/** A label that may ban or name AI ("What we don't accept", "Images générées par IA"). */
const LABEL = atMostWords(6);

/** A negation, which every label that bans holds: asked first, it spares the other labels the ban list. */
const NEGATION =
  /\b(?:no|not|don'?t|won'?t|never|nothing|sin|nada|nunca|nao|nem|nenhum\w*|ne|pas|jamais|aucun\w*|nicht|kein\w*|nie)\b|n't\b/;

function bansAsLabel(label: string, lexicon: CompiledLexicon): boolean {
  return (
    NEGATION.test(label) &&
    LABEL.test(label) &&
    (NEGATIVE_HEADING.test(label) || matches(lexicon.prohibit, label))
  );
}

/** One clause boundary, found from a given place (`CLAUSE_SEP` without its global state). */
const NEXT_CLAUSE_SEP = new RegExp(CLAUSE_SEP.source);

/** An AI term between `from` and the clause boundary after it. */
function aiInNextClause(sentence: string, from: number, ai: Mention[]): boolean {
  const boundary = sentence.slice(from).search(NEXT_CLAUSE_SEP);
  const end = boundary < 0 ? sentence.length : from + boundary;
  return ai.some((x) => x.start >= from && x.start < end);
}

/** `neutralized`: the sentence with its neutral phrases blanked (same offsets); `ai`: its AI mentions. */
function splitClauses(
  sentence: string,
  neutralized: string,
  ai: Mention[],
  lexicon: CompiledLexicon,
): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  CLAUSE_SEP.lastIndex = 0;
  for (let m = CLAUSE_SEP.exec(sentence); m; m = CLAUSE_SEP.exec(sentence)) {
    const at = m.index;
    const aiBefore = ai.some((x) => x.start >= from && x.end <= at);
    const aiAfter = ai.some((x) => x.start > at);
    if (m[0] === ':') {
      // "Use of AI tools: allowed.", "ChatGPT: not OK": a short value after a label is the label's clause.
      if (SHORT_VALUE.test(sentence.slice(at + 1))) break;
      const label = sentence.slice(from, at);
      // "Requisito obrigatório: usar IA", "Wichtig: keine Kundendaten in ChatGPT": a short label before the colon
      // belongs to the clause after it; so does a label that bans ("What we don't accept: ChatGPT answers in our
      // calls", "Lo que no bancamos: …"), and a label that names AI before a rule that names none ("Images
      // générées par IA : possible, mais uniquement après accord"); and a rule that names no AI before the tools it
      // is about ("Tools you'll be required to use: ChatGPT, Notion AI").
      if (
        SHORT_LABEL.test(label) ||
        bansAsLabel(label, lexicon) ||
        (aiBefore && !aiAfter && LABEL.test(label)) ||
        (!aiBefore && aiAfter && (matches(lexicon.encourage, label) || matches(lexicon.permit, label)))
      )
        continue;
    }
    // ", and" splits only where the clause right after it names AI too: in "Wir arbeiten mit Copilot, und das
    // erwarten wir auch von dir: nutze KI", the requirement belongs to the tools before it.
    if (JOINED.test(m[0]) && !(aiBefore && aiInNextClause(sentence, at + m[0].length, ai))) continue;
    clauses.push({
      start: from,
      text: sentence.slice(from, m.index),
      neutralized: neutralized.slice(from, m.index),
    });
    from = m.index + m[0].length;
  }
  clauses.push({ start: from, text: sentence.slice(from), neutralized: neutralized.slice(from) });
  return clauses;
}

function readClause(
  clause: Clause,
  mentions: Mention[],
  sentenceHasUse: boolean,
  detectorNamed: boolean,
  lexicon: CompiledLexicon,
): ClauseReading | null {
  const lead = clause.text.length - clause.text.trimStart().length;
  if (matches(lexicon.otherActor, clause.text.slice(lead)) || matches(lexicon.attestation, clause.text))
    return null;
  const text = clause.neutralized;
  const uses = mentions.filter((m) => m.role === 'use');
  const tools = mentions.filter((m) => m.role !== 'product' && m.toolish);

  const banned = uses.some((m) => m.banned);
  // Words a prohibition used ("not allowed", "must be written by you") must not count again as a permission or
  // a condition.
  // A clause with no tool in it ("…; the article must be written by you") cannot prohibit or be asked for: its
  // prohibitions need not be looked for.
  const unbanned = uses.length > 0 || tools.length > 0 ? masked(lexicon.prohibit, text) : text;
  const prohibits = uses.length > 0 && unbanned !== text;
  const rest = sentenceHasUse ? masked(lexicon.humanAuthorship, unbanned) : unbanned;
  const authorship = rest !== unbanned;
  const forbids = banned || prohibits || authorship;

  const permits = uses.length > 0 && matches(lexicon.permit, rest);
  // A requirement matters only where nothing forbids or permits: looked for then, not before.
  const role = !forbids && !permits && matches(lexicon.roles, clause.text.slice(lead));
  const asks =
    !forbids &&
    !permits &&
    (role ||
      nearAny(
        lexicon.encourage,
        rest,
        tools.filter(
          (t) =>
            !PRODUCT_AFTER_TOOL.test(rest.slice(t.end, t.end + PRODUCT_WINDOW)) &&
            !PRODUCT_BEFORE_TOOL.test(rest.slice(Math.max(0, t.start - PRODUCT_WINDOW), t.start)),
        ),
      )) &&
    // "Experience with ChatGPT is a plus, not required": the requirement is denied.
    !matches(lexicon.notRequired, clause.text);
  // Conditions only matter beside a ban, a permission, a requirement or a tool in use.
  const conditionsFound =
    forbids || permits || asks || uses.length > 0 ? groupsIn(lexicon.conditions, rest, CONDITIONS.length) : 0;
  const checked = detectorNamed ? conditionsFound & ~REVIEW : conditionsFound;
  // "Use ChatGPT for research and drafts": the tasks of a requirement describe it and limit nothing. Asked only of
  // a requirement with a limit (rare), so one pass serves both in every other clause.
  const found =
    asks && !forbids && !permits && checked & LIMITED && !matches(lexicon.limits, rest)
      ? checked & ~LIMITED
      : checked;
  // "Must be your own" restates a ban that has nothing else beside it ("we don't want what ChatGPT thinks").
  const ownOnly = found === OWN_WORK;
  // `ownWork` is reported as `limited`.
  const kinds = found & OWN_WORK ? (found & ~OWN_WORK) | 1 : found;
  const conditions: Condition[] = kinds === 0 ? [] : REPORTED.filter((_, index) => (kinds >> index) & 1);

  let stance: ClauseReading['stance'] | null = null;
  let strength: number = STRENGTH.condition;
  // A ban with a permission or a condition beside it ("AI for research, but the text must not be AI-written")
  // is a restriction, not a ban.
  if (forbids && (permits || (conditions.length > 0 && !ownOnly))) stance = 'restricted';
  else if (forbids) {
    stance = 'prohibited';
    strength = banned || prohibits ? STRENGTH.explicit : STRENGTH.authorship;
  } else if ((permits || (asks && limitsRequirement(conditions))) && conditions.length > 0)
    stance = 'restricted';
  else if (permits) {
    stance = 'allowed';
    strength = STRENGTH.explicit;
  } else if (asks) {
    stance = 'encouraged';
    strength = role && tools.length === 0 ? STRENGTH.role : STRENGTH.explicit;
  } else if (uses.length > 0 && (conditions.includes('limited') || conditions.includes('approval'))) {
    // A condition alone restricts when it limits or needs approval; "you need to edit AI drafts" is a task.
    stance = 'restricted';
  } else if (
    uses.length > 0 &&
    conditions.includes('review') &&
    PASSIVE_REVIEW.test(rest) &&
    !REVIEW_IS_THE_JOB.test(rest)
  ) {
    stance = 'restricted';
  }
  if (stance === null) return null;
  return {
    stance,
    parts: partsIn(withoutTasks(clause.text), lexicon),
    conditions: stance === 'restricted' && conditions.length === 0 ? ['limited'] : conditions,
    strength,
    permits,
    banned,
    prohibits,
    text,
    lead,
    source: clause.text,
  };
}

/** The parts a short label at the start of the sentence names ("For the application: …"). */
function labelParts(sentence: string, lexicon: CompiledLexicon): Part[] {
  const colon = shortLabelEnd(sentence);
  return colon > 0 ? partsIn(sentence.slice(0, colon), lexicon) : [];
}

/** The proposal and the messages, where some clause of a sentence names them. */
function namedParts(clauses: ClauseReading[]): Part[] {
  const parts = new Set<Part>();
  for (const clause of clauses) for (const part of clause.parts) if (part !== 'work') parts.add(part);
  return [...parts];
}

/**
 * A requirement stays a requirement when its only condition is the editing after it ("draft with ChatGPT, then
 * revise": how the client wants AI used); a limit or an approval restricts it ("we recommend AI for use cases like
 * research").
 */
function limitsRequirement(conditions: Condition[]): boolean {
  return conditions.some((c) => c !== 'review');
}

/**
 * The clause hands over something named before: "paste them", "no los subas" (see `materialReference`). Asked only
 * of a clause that bans, in a sentence that keeps material out of AI tools.
 */
function refersBack(clause: ClauseReading, lexicon: CompiledLexicon): boolean {
  return matches(lexicon.materialReference, clause.source.slice(clause.lead));
}

const LIMIT_WORD =
  /\b(?:only|solely|just|solo|solamente|unicamente|apenas|somente|seulement|uniquement|nur|ausschlieslich|lediglich)\b/;
const PURPOSE = /\b(?:for|para|pour|fur|zur|zum|to)\b/g;

/**
 * The clause without the tasks a limit names: in "for your proposal, AI only for translation and help with code",
 * "translation" and "code" are tasks, not parts.
 */
function withoutTasks(clause: string): string {
  const limit = LIMIT_WORD.exec(clause);
  if (!limit) return clause;
  PURPOSE.lastIndex = limit.index;
  const purpose = PURPOSE.exec(clause);
  return purpose ? clause.slice(0, purpose.index) : clause;
}

/** How close a requirement must stand to the tool it requires ("experience with … AI tools"). */
const NEAR = 60;

/** `re` matches within `NEAR` characters of one of the mentions. */
function nearAny(re: RegExp, text: string, mentions: Mention[]): boolean {
  if (mentions.length === 0) return false;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((t) => t.start - end <= NEAR && start - t.end <= NEAR)) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/** A list item with no cue of its own takes the polarity of the heading it sits under. */
function fromHeading(input: SentenceInput): ClauseReading['stance'] | null {
  const start = lineStart(input.text, input.span.start);
  const lineEnd = input.text.indexOf('\n', input.span.start);
  const lineLength = (lineEnd === -1 ? input.text.length : lineEnd) - start;
  if (!isListLine(input.text, start) && lineLength > SHORT_LINE) return null;
  const heading = headingAbove(input.text, start, input.headings);
  if (!heading) return null;
  const { lexicon } = input;
  // "Do not apply if you don't meet these" is no ban: the heading is read as a clause is, without such phrases.
  const text = masked(lexicon.neutral, foldForMatching(input.lower.slice(heading.start, heading.end)));
  if (NEGATIVE_HEADING.test(text) || matches(lexicon.prohibit, text)) return 'prohibited';
  if (matches(lexicon.permit, masked(lexicon.prohibit, text))) return 'restricted';
  return null;
}

/** Verbs of using, in the five languages: shared by the conditions on use below. */
const USE_VERB =
  'use|uses|used|using|usa\\w*|usen|utiliz\\w*|utilis\\w*|nutz\\w*|verwend\\w*|benutz\\w*|einsetz\\w*';

/**
 * A sentence that opens on a use of AI as a condition ("If you use AI, let us know", "Wenn du KI für die Bewerbung
 * nutzt, sag Bescheid", "si vous l'avez écrite avec une IA, dites-le-nous") grants that use: a bare request to be
 * told beside it is a disclosure condition. It may open after a short label ("Petite chose : si vous…").
 */
const IF_USE = new RegExp(
  `^(?:if|when|whenever|in case|should you|si|se|caso|falls|wenn|sofern) (?:\\S+ ){0,5}?(?:${USE_VERB}|rely|relied|aidez|aides|ayudas|ajuda|helps?|(?:wrote|written|ecrit\\w*|redige\\w*|escri\\w*|redact\\w*|geschrieben|erstellt) (?:with|avec|con|com|mit))\\b`,
);

/** How long a label before a colon may be for the condition after it to open the sentence. */
const LABEL_MAX = 40;

/** The sentence opens on a use of AI as a condition (`IF_USE`), or does so right after a short label. */
function opensOnUse(sentence: string): boolean {
  const text = sentence.trimStart();
  if (IF_USE.test(text)) return true;
  const colon = shortLabelEnd(text);
  return colon > 0 && IF_USE.test(text.slice(colon + 2));
}

/** Where a short label at the start of `text` ends ("Petite chose : …", "For the application: …"), or -1. */
function shortLabelEnd(text: string): number {
  const colon = text.indexOf(': ');
  return colon > 0 && colon <= LABEL_MAX ? colon : -1;
}

/** The sentence before this one, when it names client material ("Our briefs … are confidential."). */
function materialBefore(input: SentenceInput): Span | null {
  const previous = previousSentence(input.text, input.span.start);
  if (!previous) return null;
  const sentence = foldForMatching(input.lower.slice(previous.start, previous.end));
  return matches(input.lexicon.confidential, sentence) ? previous : null;
}

/** The sentence after this one, when it is a bare request to be told ("Just tell us."). */
function bareRequestAfter(input: SentenceInput): Span | null {
  const next = nextSentence(input.text, input.span.end);
  if (!next) return null;
  const sentence = foldForMatching(input.lower.slice(next.start, next.end));
  // A full request names the use ("Deixe uma nota dizendo onde usou."): asked here only of a sentence that names
  // no AI term, as one that does is read on its own.
  return asksBareDisclosure(sentence, input.lexicon) ||
    (input.nextMention >= next.end && asksDisclosureIn(sentence, false, input.lexicon))
    ? next
    : null;
}

/**
 * A negation, then (past one word at most) a verb of using or knowing a tool: "don't use", "aren't comfortable",
 * "no usas", "n'utilisez", "keine KI-Tools nutzt". Not "don't disclose your AI use": there "use" is a noun.
 */
const NOT_USING =
  "(?:(?:don't|do not|aren't|are not|can't|cannot|haven't|have not|never|not|no|nao|ne|nicht|keine?n?) (?:\\S+ )?|n')" +
  `(?:${USE_VERB}|know|comfortable|familiar|fluent|proficient|skilled|work(?:ing)? with|cod\\w* with|writ\\w* with|travaill\\w*|trabaj\\w* con|trabalh\\w* com|arbeit\\w* mit|sabe\\w*|maneja\\w*|domina\\w*|maitris\\w*|beherrsch\\w*)\\b`;

/**
 * A condition on not using AI ("if you don't use AI", "si no usas IA", "wenn du keine KI nutzt", "unless you use
 * ChatGPT"), anywhere in the sentence ("Don't apply if you aren't fluent with AI tools").
 */
const NEGATED_USE = new RegExp(
  `\\b(?:(?:if|si|se|wenn|falls) (?:\\S+ ){0,2}?(?:${NOT_USING}|(?:are|\\S+'re|e|es|etes|bist|sind) (?:\\S+ )?(?:against|contra|contre|gegen)\\b|(?:\\S+ ){0,3}?(?:aren't|are not|isn't|is not) (?:already |yet )?(?:part of|in) your)|unless (?:\\S+ ){0,2}?(?:use|uses|using|know|are))`,
);
/** "If you can't write without ChatGPT, don't apply": a condition with "without" turns away those who need AI. */
const WITHOUT = /\b(?:without|sin|sem|sans|ohne)\b/;

/**
 * A preference for working without AI, or by hand ("if you prefer to work without AI", "wer lieber ganz ohne KI
 * programmiert", "si prefieres escribir todo a mano"): turned away, it is what the client does not want.
 */
const PREFERS_WITHOUT =
  /\b(?:prefer\w*|prefier\w*|rather|lieber|bevorzug\w*)\b(?: \S+){0,4}? (?:without|sin|sem|sans|ohne|by hand|a mano|a mao|a la main|von hand|manually|manualmente|manuellement)\b/;

/** The sentence turns away applicants who do not use AI (`turnAway` in the lexicons), which requires it. */
function turnsAwayNonUsers(sentence: string, lexicon: CompiledLexicon): boolean {
  // Turning away is rare and its list short: asked first, it spares most sentences the condition's longer test.
  return (
    matches(lexicon.turnAway, sentence) &&
    ((NEGATED_USE.test(sentence) && !WITHOUT.test(sentence)) || PREFERS_WITHOUT.test(sentence))
  );
}

/** How long a sentence after an AI mention may be and still be read for a ban pointing back ("Don't use it."). */
const FOLLOW_MAX = 80;
/** How long it may be when it names client material that must not go into the tools named before. */
const MATERIAL_FOLLOW_MAX = 160;
/** How far a sentence after one naming AI tools may run and still point back at them (`readToolsAfter`). */
const TOOLS_FOLLOW_MAX = 240;
/** A sentence of at most three words, and at most this long, is a ban by itself when it holds a ban cue. */
const ELLIPTIC_MAX = 24;
const ELLIPTIC = /^\S+(?: \S+){0,2}$/;
/**
 * Words for the post's rules: a sentence after an AI sentence that rejects "proposals that ignore these rules"
 * states what breaking the rules costs, whatever the rules are; it bans nothing of its own.
 */
const RULES =
  /\b(?:rules?|terms|conditions|guidelines|requirements|instructions|polic(?:y|ies)|reglas|normas|condiciones|requisitos|instrucciones|regras|condicoes|requisitos|instrucoes|regles|consignes|regeln|bedingungen|vorgaben|anweisungen|richtlinien)\b/;

/**
 * The short sentence after one naming AI, which may point back at it (`readBanAfter`, `readToolsAfter`,
 * `readExtension`).
 */
export interface After {
  span: Span;
  /** The sentence folded for matching. */
  sentence: string;
}

/** The sentence after `input`'s, if it is short and names no AI itself (a sentence that does is read on its own). */
export function sentenceAfter(input: SentenceInput): After | null {
  const span = shortSentenceAfter(input.text, input.span.end, TOOLS_FOLLOW_MAX, input.nextMention);
  return span ? { span, sentence: foldForMatching(input.lower.slice(span.start, span.end)) } : null;
}

/**
 * The sentence right after one that names AI use, when it names no AI itself but bans with a word pointing back
 * ("We can tell ChatGPT text. Those applications won't be considered.", "Ya lo sé: no lo hagas"): read as if the
 * word were the AI term, keeping only a ban or a confidentiality rule ("Just don't paste our customer list into
 * it.", "Os laudos contêm dados de pacientes e jamais podem ser enviados para essas ferramentas."). A ban is looked
 * for only in a short sentence, and only after a sentence that bans nothing itself (`banned`: after "No AI.", "So
 * don't." adds nothing); client material may be named in a longer one.
 */
export function readBanAfter(input: SentenceInput, after: After, banned: boolean): Finding[] {
  // Prose refers back; a title, a list item or a table cell (no final stop) stands alone.
  const stop = input.text[input.span.end - 1];
  if (stop !== '.' && stop !== '!' && stop !== '?') return [];
  const { span: next, sentence } = after;
  if (next.end - next.start > MATERIAL_FOLLOW_MAX) return [];
  const { lexicon } = input;
  const bans = !banned && next.end - next.start <= FOLLOW_MAX && !RULES.test(sentence);
  if (!bans && !matches(lexicon.confidential, sentence)) return [];
  lexicon.backReference.lastIndex = 0;
  const pointer = lexicon.backReference.exec(sentence);
  // A ban of three words or fewer needs no pointing word: "Não use.", "Don't use."
  const elliptic = pointer === null && next.end - next.start <= ELLIPTIC_MAX && ELLIPTIC.test(sentence);
  if ((!pointer && !elliptic) || !matches(lexicon.prohibit, sentence)) return [];
  const start = next.start + (pointer ? pointer.index : 0);
  const found = readAsNamed(input, next, start, pointer ? start + pointer[0].length : next.end).filter(
    (f) => (bans && f.signal === 'stance' && f.stance === 'prohibited') || f.signal === 'confidentiality',
  );
  // "Proposals pasted out of ChatGPT… Those get declined.": a ban naming no part bans the proposal or the messages
  // the sentence it points back to names.
  if (found.some((f) => f.parts.length === 0)) {
    const before = partsIn(
      foldForMatching(input.lower.slice(input.span.start, input.span.end)),
      lexicon,
    ).filter((part) => part !== 'work');
    if (before.length > 0) for (const f of found) if (f.parts.length === 0) f.parts = before;
  }
  return found;
}

/**
 * `span` read as if the words from `start` to `end` named the AI tools named before: a pointer ("it", "these
 * tools") or an answer's first word ("Yes", "Only").
 */
export function readAsNamed(input: SentenceInput, span: Span, start: number, end: number): Finding[] {
  const mention: Mention = { start, end, kind: 'generic', role: 'use', toolish: true, banned: false };
  return readSentence({ ...input, span, mentions: [mention], aiBefore: true });
}

/** Words that point back at the AI tools named before: "these tools", "ces outils", "diese Tools". */
const TOOLS_BACK =
  /\b(?:tools|apps|assistants|herramientas|ferramentas|outils|werkzeuge|programme|ki-tools)\b(?<=\b(?:(?:these|those|such|the same|both|all these) (?:ai )?(?:tools|apps|assistants)|(?:estas|esas|dichas|las mismas|ambas|todas estas) herramientas|(?:essas|estas|tais|as mesmas|ambas|todas essas) ferramentas|(?:ces|ses|les memes|tous ces|de tels) outils|(?:diese|solche|beide|dieselben|all diese) (?:tools|werkzeuge|programme|ki-tools)))/;

/**
 * A rule in the sentence after one that names AI tools in use, pointing back at them without naming AI ("On
 * travaille avec des outils d'IA : Opus Clip, ElevenLabs. Vous devez être à l'aise avec ces outils."): read as if
 * the pointer named the tools.
 */
export function readToolsAfter(input: SentenceInput, after: After): Finding[] {
  const { span: next, sentence } = after;
  const pointer = TOOLS_BACK.exec(sentence);
  if (!pointer) return [];
  const start = next.start + pointer.index;
  return readAsNamed(input, next, start, start + pointer[0].length);
}

/** "This also goes for", "Das gilt auch für", "Lo mismo vale para": the rule before extends to what follows. */
const EXTENDS =
  /\b(?:(?:this|that|the same|same) (?:rule )?(?:also )?(?:goes|applies|counts|holds)(?: also| too| as well)? (?:for|to)|(?:das|dies|dasselbe|gleiches) gilt (?:\S+ )?(?:auch |ebenso |genauso )?fur|(?:lo mismo|esto|eso|esta regla) (?:aplica|vale|va|se aplica) (?:tambien |igual )?(?:para|a)|(?:o mesmo|isso|isto|essa regra) (?:vale|se aplica|serve) (?:tambem )?(?:para|a)|(?:cela|ca|c'est pareil|il en va de meme|la meme regle) (?:vaut |s'applique )?(?:aussi |egalement )?(?:pour|a))\b/;

/**
 * A short sentence after a rule that extends it to a part: "No AI-written texts. Das gilt übrigens auch für die
 * Bewerbung." The rule's stances (`own`, the findings of the sentence before) hold for the parts it names.
 */
export function readExtension(input: SentenceInput, after: After, own: Finding[]): Finding[] {
  const { span: next, sentence } = after;
  if (next.end - next.start > MATERIAL_FOLLOW_MAX || !own.some((f) => f.signal === 'stance')) return [];
  if (!EXTENDS.test(sentence)) return [];
  const parts = partsIn(sentence, input.lexicon);
  if (parts.length === 0) return [];
  return own
    .filter((f) => f.signal === 'stance')
    .map((f) => ({ ...f, parts, start: next.start, end: next.end }));
}

export function readSentence(input: SentenceInput): Finding[] {
  const { span, lexicon } = input;
  // An AI term naming a detector ("AI detector") checks unless it is the product ("we build an AI detector"); a
  // detector named as a comparison ("an extension like GPTZero") checks only where the sentence checks.
  let aiDetector = false;
  let anyAiDetector = false;
  let detectorListed = false;
  let namedInUse = false;
  for (const m of input.mentions) {
    if (m.kind === 'aiDetector') {
      anyAiDetector = true;
      if (m.role !== 'product') aiDetector = true;
    } else if (m.kind === 'detector') {
      detectorListed = true;
      if (m.role !== 'product') namedInUse = true;
    }
  }
  const detectorNamed =
    aiDetector || namedInUse || (detectorListed && CHECKS.test(input.lower.slice(span.start, span.end)));
  // "We build an AI-content detector", "une extension comme GPTZero": the sentence is about the product, not a
  // check of the freelancer's work.
  const detectorProduct = !detectorNamed && (detectorListed || anyAiDetector);
  // Only products and fields ("the Claude API", "AI engineer"), nothing before to refer back to, no detector: no
  // clause, disclosure or confidentiality reading can find anything.
  if (
    !input.aiBefore &&
    !detectorNamed &&
    !input.mentions.some((m) => isAiKind(m.kind) && m.role !== 'product')
  ) {
    return [];
  }
  const sentence = foldForMatching(input.lower.slice(span.start, span.end));
  const local = input.mentions.map((m) => ({ ...m, start: m.start - span.start, end: m.end - span.start }));
  const ai = local.filter((m) => isAiKind(m.kind) && m.role !== 'product');
  const hasUse = ai.some((m) => m.role === 'use');
  // Phrases that only look like cues are blanked once for the sentence; clauses and the disclosure check share it.
  const neutralized = masked(lexicon.neutral, sentence);
  const findings: Finding[] = [];
  const { start, end } = span;

  // "If you don't use AI daily, don't apply", "Si no usas IA, no te postules": turning away those who do not use
  // AI requires it. Read as one requirement, not as the ban its words would make.
  const required = hasUse && turnsAwayNonUsers(sentence, lexicon);
  const clauses: ClauseReading[] = [];
  // "Can I use ChatGPT?", "Darf ich KI nutzen?": a question about permission states no rule (its answer does).
  if (ai.length > 0 && !required && !asksPermission(sentence)) {
    for (const clause of splitClauses(sentence, neutralized, ai, lexicon)) {
      const clauseEnd = clause.start + clause.text.length;
      const inside = ai.filter((m) => m.start >= clause.start && m.start < clauseEnd);
      // Offsets into the clause; a sentence of one clause (most) needs no copy.
      const shifted =
        clause.start === 0
          ? inside
          : inside.map((m) => ({ ...m, start: m.start - clause.start, end: m.end - clause.start }));
      const reading = readClause(clause, shifted, hasUse, detectorNamed, lexicon);
      if (reading) clauses.push(reading);
    }
  }

  const asked = (ai.length > 0 || input.aiBefore) && asksDisclosureIn(neutralized, ai.length > 0, lexicon);
  // A bare "tell us" ("if you tell us", "tell us when you do") beside a permission, in this sentence or the next
  // ("You may use AI. Just tell us."), makes the permission one that must be disclosed.
  // Most sentences permit in a clause: the opening is asked only of the others.
  const permits = clauses.some((c) => c.permits);
  const conditionalUse = !permits && hasUse && opensOnUse(sentence);
  const permitted = permits || conditionalUse || (hasUse && asksAboutUse(sentence));
  const bare = !asked && permitted && asksBareDisclosure(sentence, lexicon);
  const bareAfter = !asked && !bare && permitted ? bareRequestAfter(input) : null;
  const disclosure = asked || bare || bareAfter !== null;
  // Material goes into AI tools, not AI output into the work ("do not paste code from ChatGPT").
  const intoAi = ai.length > 0 && !aiIsSource(sentence, ai[0]!.start);
  const named =
    intoAi &&
    protectsMaterial(
      sentence,
      clauses.some((c) => c.banned),
      () => clauses.some((c) => c.prohibits) || matches(lexicon.prohibit, sentence),
      lexicon,
    );
  // "Our briefs are confidential. Do not paste them into ChatGPT.": the ban's object is the material named in the
  // sentence before, so the ban is about that material.
  const antecedent =
    intoAi && !named && clauses.some((c) => (c.banned || c.prohibits) && refersBack(c, lexicon))
      ? materialBefore(input)
      : null;
  const confidential = named || antecedent !== null;
  // The parts the whole sentence names, for findings that are not a clause's: computed once, if needed.
  let parts: Part[] | undefined;

  // A clause that names no part speaks of the proposal or the messages its sentence names elsewhere ("Running them
  // through ChatGPT just to fix grammar is ok, but no AI-generated messages"), or of the part a short label before
  // it names ("E sobre a proposta: pode escrever com ajuda de IA").
  let sentenceParts = clauses.length > 1 ? namedParts(clauses) : [];
  if (sentenceParts.length === 0 && clauses.some((c) => c.parts.length === 0))
    sentenceParts = labelParts(sentence, lexicon);
  for (const clause of clauses) {
    // The ban in "do not paste our files into ChatGPT" is about the files: it is the confidentiality finding.
    if (
      confidential &&
      clause.stance === 'prohibited' &&
      (matches(lexicon.confidential, clause.text) || refersBack(clause, lexicon))
    )
      continue;
    let { stance, conditions } = clause;
    if (disclosure && (stance === 'allowed' || stance === 'encouraged')) {
      stance = 'restricted';
      conditions = [...conditions.filter((c) => c !== 'limited'), 'disclosure'];
    } else if (disclosure && stance === 'restricted' && !conditions.includes('disclosure')) {
      // "AI for research only, and only if you tell us which tool": limited and disclosed.
      conditions = [...conditions, 'disclosure'];
    }
    // "You may use AI to:" followed by a list permits only what the list names.
    if (stance === 'allowed' && sentence.trimEnd().endsWith(':')) {
      stance = 'restricted';
      conditions = ['limited'];
    }
    findings.push({
      signal: 'stance',
      stance,
      parts: clause.parts.length > 0 ? clause.parts : sentenceParts,
      conditions,
      strength: clause.strength,
      start,
      end,
    });
  }
  // "If you wrote your application with AI, tell us": for the part it names, a permission on disclosure, whatever
  // the post requires elsewhere ("use AI daily for the posts").
  if (disclosure && conditionalUse && clauses.length === 0 && !required) {
    parts ??= partsIn(sentence, lexicon);
    if (parts.length > 0)
      findings.push({
        signal: 'stance',
        stance: 'restricted',
        parts,
        conditions: ['disclosure'],
        strength: STRENGTH.condition,
        start,
        end,
      });
  }
  if (required) {
    parts ??= partsIn(sentence, lexicon);
    findings.push({
      signal: 'stance',
      stance: 'encouraged',
      parts,
      conditions: [],
      strength: STRENGTH.explicit,
      start,
      end,
    });
  } else if (clauses.length === 0 && hasUse) {
    const stance = fromHeading(input);
    if (stance) {
      parts ??= partsIn(sentence, lexicon);
      findings.push({
        signal: 'stance',
        stance,
        parts,
        conditions: stance === 'restricted' ? ['limited'] : [],
        strength: STRENGTH.heading,
        start,
        end,
      });
    }
  }
  if (disclosure) {
    parts ??= partsIn(sentence, lexicon);
    findings.push({
      signal: 'disclosure',
      stance: 'restricted',
      parts,
      conditions: ['disclosure'],
      strength: STRENGTH.condition,
      start: bareAfter ? bareAfter.start : start,
      end: bareAfter ? bareAfter.end : end,
    });
  }
  if (antecedent)
    findings.push({
      signal: 'confidentiality',
      stance: 'restricted',
      parts: [],
      conditions: [],
      strength: STRENGTH.confidentialityOnly,
      start: antecedent.start,
      end: antecedent.end,
    });
  if (confidential) {
    parts ??= partsIn(sentence, lexicon);
    findings.push({
      signal: 'confidentiality',
      stance: 'restricted',
      parts,
      conditions: [],
      strength: STRENGTH.confidentialityOnly,
      start,
      end,
    });
  }
  // Turnitin or Copyleaks named for a plagiarism check, with no word of AI, is no AI check.
  const detectorForAi = aiDetector || (detectorNamed && (ai.length > 0 || !PLAGIARISM.test(sentence)));
  if (detectorForAi || (ai.length > 0 && !detectorProduct && mentionsDetection(sentence, lexicon))) {
    parts ??= partsIn(sentence, lexicon);
    findings.push({
      signal: 'detectors',
      stance: 'prohibited',
      parts,
      conditions: [],
      strength: STRENGTH.detectorOnly,
      start,
      end,
    });
  }
  return findings;
}
