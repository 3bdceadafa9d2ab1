/**
 * The engine's entry points. Finds the sentences that mention AI in one pass, reads only those, and combines
 * what they say. Pure: no DOM, no browser API.
 */
import { readAnswer } from './answers.ts';
import { combine } from './combine.ts';
import type { Finding } from './finding.ts';
import { foldCase } from './fold.ts';
import { htmlToText } from './html.ts';
import { languageOf } from './language.ts';
import { lexiconFor } from './lexicon/index.ts';
import { findMentions, isAiKind, type Mention } from './mentions.ts';
import { type Span, sentenceAt } from './sentences.ts';
import {
  readBanAfter,
  readExtension,
  readSentence,
  readToolsAfter,
  type SentenceInput,
  sentenceAfter,
} from './stance.ts';
import type { PolicyReading } from './types.ts';

/** `?`: the sentences `readAnswer` reads the answer to end on it. */
const QUESTION_MARK = 63;

/** How far back an AI term lets a following sentence's "such use must be declared" count. */
const REFERS_BACK = 600;

/** Reads a job post (plain text). Evidence offsets index into `text`. */
export function analyze(text: string): PolicyReading {
  const lower = foldCase(text);
  // Language from the accented text: its letters tell languages apart.
  const { language, lexicon: lexiconLanguage } = languageOf(lower);
  const lexicon = lexiconFor(lexiconLanguage);
  const mentions = findMentions(lower, language, lexicon);
  const findings: Finding[] = [];
  let previousEnd = 0;
  let lastAi = Number.NEGATIVE_INFINITY;
  const headings = new Map<number, Span | null>();
  /**
   * Sentences whose next sentence may ban what they name, read once all are read: whether they ban themselves,
   * and where their own findings lie in `findings`.
   */
  const followed: [SentenceInput, boolean, number, number][] = [];
  let i = 0;
  while (i < mentions.length) {
    const found = sentenceAt(text, mentions[i]!.start);
    const span = { start: Math.max(found.start, previousEnd), end: found.end };
    const inside: Mention[] = [];
    let j = i;
    while (j < mentions.length && mentions[j]!.start < span.end) inside.push(mentions[j++]!);
    const input: SentenceInput = {
      text,
      lower,
      span,
      mentions: inside,
      aiBefore: lastAi >= span.start - REFERS_BACK,
      nextMention: mentions[j]?.start ?? text.length,
      lexicon,
      headings,
    };
    // A ban, or a rule keeping material out of AI tools: a sentence after it that rejects "proposals that ignore
    // these rules" is the rule's consequence, not a ban of its own.
    let bans = false;
    const first = findings.length;
    for (const f of readSentence(input)) {
      findings.push(f);
      if ((f.signal === 'stance' && f.stance === 'prohibited') || f.signal === 'confidentiality') bans = true;
    }
    // "Q: Can I use AI tools? A: Yes, go ahead." Only a question can have an answer.
    if (text.charCodeAt(span.end - 1) === QUESTION_MARK) for (const f of readAnswer(input)) findings.push(f);
    let uses = false;
    for (const m of inside) {
      if (!isAiKind(m.kind) || m.role === 'product') continue;
      lastAi = m.end;
      if (m.role === 'use') uses = true;
    }
    if (uses) followed.push([input, bans, first, findings.length]);
    previousEnd = span.end;
    i = Math.max(j, i + 1);
  }
  // A sentence naming AI use may be followed by a ban pointing back to it ("Don't use it.", "Never paste client
  // data into these tools.").
  for (const [input, bans, first, last] of followed) {
    const after = sentenceAfter(input);
    if (!after) continue;
    for (const f of readBanAfter(input, after, bans)) findings.push(f);
    // "No AI-written texts. Das gilt übrigens auch für die Bewerbung."
    for (const f of readExtension(input, after, findings.slice(first, last))) findings.push(f);
    // "… des outils d'IA : Opus Clip, ElevenLabs. Vous devez être à l'aise avec ces outils."
    for (const f of readToolsAfter(input, after)) findings.push(f);
  }
  const ai = mentions.filter((m) => isAiKind(m.kind));
  return combine(
    text,
    findings,
    { ai: ai.length > 0, aiUse: ai.some((m) => m.role !== 'product') },
    language,
  );
}

/** Reads a job post given as HTML. Evidence offsets index into `htmlToText(html)`, which the caller can compute. */
export function analyzeHtml(html: string): PolicyReading {
  return analyze(htmlToText(html));
}
