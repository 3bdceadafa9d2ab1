/**
 * Finds the AI terms, detector names and disclosure words in a post, and tells, from the words around each AI
 * term, whether it names a tool the freelancer might use, a product or field the job is about ("Claude API",
 * "AI engineer", "agentes de IA"), or a skill ("no AI experience needed").
 */
import { foldForMatching } from './fold.ts';
import {
  BEFORE,
  type CompiledLexicon,
  isAccented,
  MENTION_RE,
  type MentionKind,
  mentionKind,
} from './lexicon/index.ts';
import type { Language } from './types.ts';

type MentionRole = 'use' | 'product' | 'skill';

export interface Mention {
  start: number;
  end: number;
  /** `aiDetector`: an AI term that names a detector ("AI detector", "KI-Detektor", "détecteur d'IA"). */
  kind: MentionKind | 'aiDetector';
  role: MentionRole;
  /** Names a tool one works with: a named tool, or a generic term followed by "tools", "software"… */
  toolish: boolean;
  /** Right after a ban: "no AI", "sin IA", "keine KI", or wording that is a ban by itself ("human translation only"). */
  banned: boolean;
}

/** How much context around a mention decides its role. */
const CONTEXT = 40;

const ROMANCE: readonly Language[] = ['es', 'pt', 'fr', 'other'];
const GERMAN: readonly Language[] = ['de', 'other'];

/** Design-file formats listed beside "AI": there it is Adobe Illustrator's format ("AI, EPS and SVG files"). */
const FORMAT = '(?:eps|svg|psd|pdf|png|jpe?g|tiff?|indd|cdr)';
/** "AI file(s)", "AI format", "AI, EPS, SVG", "AI/PSD" right after the term. */
const FORMAT_AFTER = new RegExp(
  `^(?: (?:source |vector |editable |working )?(?:files?|formats?)\\b|-?(?:dateie?n?|formate?|datei)\\b|\\)?(?: ?[,/&+] ?| and | or )${FORMAT}\\b)`,
);
/** "EPS, AI", "PDF or AI", "Adobe Illustrator (AI", "editable .ai" right before it. */
const FORMAT_BEFORE = new RegExp(`(?:\\b${FORMAT}(?: ?[,/&+] ?| and | or )|illustrator ?\\(|\\.)$`);

/**
 * "ai" as Adobe Illustrator's file format, from the folded words around it: a file or format follows, or other
 * formats stand around it. The extension ".ai" counts too. Asked of the bare word only ("AI-generated files" keep
 * their meaning).
 */
function isFileFormat(before: string, after: string): boolean {
  return FORMAT_AFTER.test(after) || FORMAT_BEFORE.test(before);
}

/** Kinds that name AI (the rest only mark a sentence worth reading). */
export function isAiKind(kind: Mention['kind']): boolean {
  return kind === 'tool' || kind === 'generic' || kind === 'romance' || kind === 'german' || kind === 'human';
}

/**
 * A verb of using or mastering a few words before a generic term, a verb of making with it (`MADE_WITH`), or a word
 * for tools right before it, makes it a tool in use ("use AI", "usar ferramentas de IA", "outils d'IA"), so a
 * requirement beside it counts as one for the tool ("We encourage freelancers to use AI"); "experiencia en
 * herramientas de IA" alone stays a skill.
 */
const USE_BEFORE =
  /\b(?:use|uses|using|leverag\w*|utili[sz]\w*|employ\w*|usar|usas|usa|usen|usando|uso|emplear|recurrir a|utiliser|utilisez|utilisant|recours a|work(?:s|ing)? with|trabaj\w* con|trabalh\w* com|travaill\w* avec|arbeit\w* mit|(?:cod|program)\w* (?:with|con|com|avec|mit)|domin[ea]\w*|manej[ae]\w*|maitris\w*|beherrsch\w*)(?: \S+){0,3}? ?$|\boutils? (?:d' ?)?$|\b(?:outils?|herramientas|ferramentas) (?:de |d')(?:\S+ ){0,3}?(?:par|por|con|com) $/;

/** Words a pattern can end on, and their last letters: the cheap first test before the pattern (`endsOnWord`). */
interface LastWords {
  words: Set<string>;
  letters: Set<number>;
}

function lastWords(words: string[]): LastWords {
  return { words: new Set(words), letters: new Set(words.map((word) => word.charCodeAt(word.length - 1))) };
}

/**
 * The words before a term (`before`, ending on a space) end on one of `last`. Most end on a letter none of them
 * ends on, which one look tells before the last word is cut out.
 */
function endsOnWord(before: string, last: LastWords): boolean {
  let end = before.length;
  while (end > 0 && before.charCodeAt(end - 1) === 32) end--;
  if (!last.letters.has(before.charCodeAt(end - 1))) return false;
  return last.words.has(before.slice(before.lastIndexOf(' ', end - 1) + 1, end));
}

/**
 * Teaching others to use AI ("a school that teaches lawyers to use ChatGPT", "ensina advogados a usar", "apprend
 * aux équipes à utiliser"): the AI is what the client's business is about.
 */
const TEACHES =
  /\b(?:teach\w*|taught|ensin\w*|ense\w*|apprend\w*|enseign\w*|form\w*|bring\w*|lehr\w*|schul\w*) (?:\S+ ){0,3}?(?:(?:to|how to) use|a (?:usar|utilizar)|a (?:utiliser|se servir)|bei,?|zu nutzen|zu verwenden)[ ,]*$/;
/** The last words `TEACHES` can end on. */
const TEACHES_LAST = lastWords(['use', 'usar', 'utilizar', 'utiliser', 'servir', 'bei']);

/** A verb of making a few words before "with" and the term: "generar los borradores con IA", "draft them with". */
const MADE_WITH =
  /\b(?:generat|generar|gerar|gere|generer|generier|draft|redact|redig|crear|criar|creer|erstell)\w* (?:\S+ ){0,3}?(?:with|using|con|com|avec|mit) $/;
/** The last words `MADE_WITH` can end on. */
const MADE_WITH_LAST = lastWords(['with', 'using', 'con', 'com', 'avec', 'mit']);

/** A cross or a no-entry sign right before a term bans it, as "no" would: "❌ AI tools", "⛔ ChatGPT". */
const BAN_MARK = /[\u274c\u26d4\u2716\u2717\u2718]\ufe0f?[ \t]*$|\ud83d\udeab\ufe0f?[ \t]*$/;

/** Something handed over right before the term: "share our roadmap with", "paste it into", "upload files to". */
const HANDED_TO =
  /\b(?:shar|past|upload|feed|put|enter|input|cop(?:y|ie)|send|giv|load)\w* (?:\S+ ){0,4}?(?:with|into|to|in) (?:any |an? |the |other )?(?:online |public |free |external |third-party |cloud )?$/;

/** The last words of `HANDED_TO`, tested first on the end of the words alone. */
const HANDED_TAIL =
  /\b(?:with|into|to|in) (?:any |an? |the |other )?(?:online |public |free |external |third-party |cloud )?$/;

/** A detector noun right after an AI term: "AI detector", "KI-Detektor", "AI-checker", "KI-Prüfung". */
const DETECTOR_AFTER =
  /^[- ]?(?:(?:content|text|writing|image|images)[- ])?(?:detect(?:or|ors|ion)|detektor\w*|erkennung\w*|checkers?|scanners?|classifiers?|pruf\w*)\b/;
/** A detector noun right before one: "detector de IA", "détecteur d'IA", "detecção de IA". */
const DETECTOR_BEFORE =
  /\b(?:detector|detectores|deteccion|deteccao|detecteur|detecteurs|detection) (?:de |d' ?)(?:(?:texte?s?|textos?|contenido|conteudo|contenu|images?|imagens?|imagenes) )?$/;
/** Building one ("build an AI detector") makes the detector the job's product, not a check of the freelancer's work. */
const BUILDS =
  /\b(?:build\w*|built|develop\w*|train\w*|fine-?tun\w*|implement\w*|integrat\w*|improv\w*|entwickl\w*|desarroll\w*|construir|desenvolv\w*|developp\w*|sell\w*|launch\w*|extension|plugin|app|saas|software|logiciel|erweiterung|(?:copy|pages?|website|site|marketing|ads|campaign|videos?|articles?|posts?) for|compar\w*) (?:\S+ ){0,2}?$/;

/**
 * A named detector right after a comparison ("a tool like GPTZero", "un peu comme GPTZero", "us vs GPTZero"): maybe
 * a product.
 */
const COMPARED =
  /\b(?:like|such as|similar to|think|vs|versus|alternative to|compar\w*|comme|como|wie|tipo|style|en la linea de|al estilo de|parecid\w* a|similar a)\b[^.;:!?]{0,25}$/;

/** Portuguese "em" + article right before the term: "no ChatGPT", "na IA". */
const PT_IN_THE = /(?:^|[^a-z])n[oa]s? $/;

/** An account, seat or workflow right after "our ChatGPT": the client's tool, for the freelancer to use. */
const PROVIDED =
  /^[ '"/-]*(?:team |enterprise |pro |business |plus )?(?:accounts?|logins?|seats?|workspaces?|licen[cs]es?|subscriptions?|workflows?)\b/;

/**
 * "AI or no AI", "with or without ChatGPT", "con o sin IA", "mit oder ohne KI", "geht nicht ohne KI": the "no", the
 * "without" is no ban.
 */
const OR_NO =
  /\b(?:or no|with or without|con o sin|com ou sem|avec ou sans|mit oder ohne|nicht ohne|not without|no sin|nao sem|pas sans)[ '"-]*$/;

/** Between the terms of a list: commas, "and", "or", "other tools of" ("ChatGPT, Claude e outras ferramentas de IA"). */
const LIST_GAP =
  /^[ ,/&]*(?:(?:and|or|e|ou|y|o|et|und|oder) )?(?:(?:other|outras?|otras?|autres?|andere\w*|ferramentas|herramientas|outils|tools|checkers?|detectors?|de|d'|da|do|des) ?)*$/;
const LIST_GAP_MAX = 40;

/**
 * A term in use by its own words is the client's subject by its place: listed right after a product ("teaches
 * lawyers to use ChatGPT, Claude and other AI tools"), or taught to others (`TEACHES`).
 */
function productInContext(mentions: Mention[], lower: string, start: number, before: string): boolean {
  if (listedAfterProduct(mentions, lower, start, isAiKind)) return true;
  return endsOnWord(before, TEACHES_LAST) && TEACHES.test(before);
}

/**
 * The term is listed right after a product of the kind `sameKind` tells ("comparing GPTZero, Turnitin,
 * Copyleaks").
 */
function listedAfterProduct(
  mentions: Mention[],
  lower: string,
  start: number,
  sameKind: (kind: Mention['kind']) => boolean,
): boolean {
  const previous = mentions[mentions.length - 1];
  return (
    previous !== undefined &&
    previous.role === 'product' &&
    sameKind(previous.kind) &&
    start - previous.end <= LIST_GAP_MAX &&
    LIST_GAP.test(foldForMatching(lower.slice(previous.end, start)))
  );
}

const isDetectorKind = (kind: Mention['kind']): boolean => kind === 'detector' || kind === 'aiDetector';

/** The folded words right before a mention. */
function beforeText(lower: string, start: number): string {
  return foldForMatching(lower.slice(Math.max(0, start - CONTEXT), start));
}

/** Which `BEFORE` group the words right before a mention fall in, if any. */
function beforeKind(before: string, lexicon: CompiledLexicon): (typeof BEFORE)[number] | undefined {
  const match = lexicon.before.exec(before);
  if (!match) return undefined;
  for (let group = 0; group < BEFORE.length; group++)
    if (match[group + 1] !== undefined) return BEFORE[group];
  return undefined;
}

/** `after`: the folded words right after the term. */
function roleOf(
  beforeWords: string,
  after: string,
  lexicon: CompiledLexicon,
): Pick<Mention, 'role' | 'banned'> {
  const before = beforeKind(beforeWords, lexicon);
  // "AI or no AI, we only care about quality": no ban.
  if (before === 'ban' && OR_NO.test(beforeWords)) return { role: 'use', banned: false };
  // "A no-AI project", "non-AI content": a ban joined to the term by a hyphen bans it whatever noun follows.
  if (before === 'ban' && beforeWords.endsWith('-')) return { role: 'use', banned: true };
  // "Our Jasper account (login provided)", "our ChatGPT workflow": the client hands the freelancer its tool.
  if (before === 'product' && PROVIDED.test(after)) return { role: 'use', banned: false };
  // "Not just someone who has used ChatGPT": the tool is a foil, not a rule, so it counts as no use. Material
  // handed to it ("never share our roadmap with AI chatbots") makes a chatbot or an app a tool, not the product.
  if (
    (lexicon.productAfter.test(after) &&
      !(HANDED_TAIL.test(beforeWords.slice(-24)) && HANDED_TO.test(beforeWords))) ||
    before === 'product' ||
    before === 'contrast'
  ) {
    return { role: 'product', banned: false };
  }
  if (lexicon.skillAfter.test(after) || before === 'skill') return { role: 'skill', banned: false };
  return { role: 'use', banned: before === 'ban' || BAN_MARK.test(beforeWords) };
}

/**
 * `lower`: the post through `foldCase`. Terms match as the lexicons spell them (with their accents, or both
 * spellings where both are common); the words around a term are folded (`foldForMatching`) only where one is found.
 */
export function findMentions(lower: string, language: Language, lexicon: CompiledLexicon): Mention[] {
  const mentions: Mention[] = [];
  MENTION_RE.lastIndex = 0;
  for (let match = MENTION_RE.exec(lower); match; match = MENTION_RE.exec(lower)) {
    const start = match.index;
    // Inside a word ("idéia"): look again from the next position, as a look-behind would have.
    if (start > 0 && isAccented(lower.charCodeAt(start - 1))) {
      MENTION_RE.lastIndex = start + 1;
      continue;
    }
    const end = start + match[0].length;
    const kind = mentionKind(match[0]);
    // "ia" is Spanish/Portuguese/French, "ki" German; elsewhere they are other words ("IA" = information architecture).
    if (kind === 'romance' && !ROMANCE.includes(language) && match[0].length <= 4) continue;
    if (kind === 'german' && !GERMAN.includes(language) && match[0].length <= 4) continue;
    // French "j'ai", "n'ai" are the verb avoir, not AI.
    if (match[0] === 'ai' && (lower[start - 1] === "'" || lower[start - 1] === '\u2019')) continue;
    if (!isAiKind(kind)) {
      const compared =
        kind === 'detector' &&
        (COMPARED.test(beforeText(lower, start)) ||
          listedAfterProduct(mentions, lower, start, isDetectorKind));
      mentions.push({ start, end, kind, role: compared ? 'product' : 'use', toolish: false, banned: false });
      continue;
    }
    const after = foldForMatching(lower.slice(end, end + CONTEXT));
    const before = beforeText(lower, start);
    // "Deliver AI, EPS and PNG files": Illustrator's format, not AI.
    if (match[0] === 'ai' && isFileFormat(before, after)) continue;
    if (kind !== 'tool' && kind !== 'human' && (DETECTOR_AFTER.test(after) || DETECTOR_BEFORE.test(before))) {
      mentions.push(
        BUILDS.test(before.replace(DETECTOR_BEFORE, ''))
          ? { start, end, kind: 'aiDetector', role: 'product', toolish: false, banned: false }
          : { start, end, kind: 'aiDetector', role: 'use', toolish: false, banned: false },
      );
      continue;
    }
    const { role, banned } =
      kind === 'human' ? { role: 'use' as const, banned: true } : roleOf(before, after, lexicon);
    // Portuguese "no", "na" are "in the" ("gere as locuções no ElevenLabs"), not the English ban.
    const contraction = banned && language === 'pt' && PT_IN_THE.test(before);
    const toolish =
      kind === 'tool' ||
      lexicon.toolAfter.test(after) ||
      USE_BEFORE.test(before) ||
      (endsOnWord(before, MADE_WITH_LAST) && MADE_WITH.test(before));
    const product = role === 'use' && !banned && productInContext(mentions, lower, start, before);
    mentions.push({
      start,
      end,
      kind,
      role: product ? 'product' : role,
      toolish,
      banned: banned && !contraction,
    });
  }
  return mentions;
}
