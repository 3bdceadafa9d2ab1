/**
 * A question about AI use answered in the next sentence, as in an FAQ or a list of screening questions: "Q: Can I
 * use AI tools? A: Yes, go ahead.", "P: Posso usar IA? R: Deve!", "Darf ich KI nutzen? Nein.". The answer names no
 * AI itself, so only the question leads to it.
 */
import { type Finding, STRENGTH } from './finding.ts';
import { foldForMatching } from './fold.ts';
import { isAiKind } from './mentions.ts';
import { partsIn } from './parts.ts';
import { asksPermission } from './question.ts';
import { nextSentence } from './sentences.ts';
import { readAsNamed, type SentenceInput } from './stance.ts';
import type { Stance } from './types.ts';

/**
 * An "A:", "R:" or "Antwort:" label before the answer, or a dash ("Darf ich DeepL nutzen? – Zum Nachschlagen
 * ja.").
 */
const LABEL = '(?:(?:a|r|answer|respuesta|resposta|reponse|antwort)\\s?[:.)-]\\s*|-\\s*)?';

/**
 * The answer's first word, followed by a stop or a comma: yes (group 1), no (group 2) or "must" (group 3). "Si"
 * (Spanish "yes", also "if") counts only so followed, as the others.
 */
const ANSWER = new RegExp(
  `^${LABEL}(?:(yes|yep|yeah|sure|of course|absolutely|definitely|totally|si|claro|por supuesto|sim|pode|oui|bien sur|ja|klar|naturlich|gerne?)|(no|nope|nao|non|nein)|(deve|must|debes|devez|muss|musst))(?=[!,.;:)]|$| -| \u2014)`,
);
const FIRST_WORD = new RegExp(`^${LABEL}([a-z]+)`);

/** An answer this short is a bare yes or no ("A: No."); the sentence after it, this short, still belongs to it. */
const BARE_ANSWER_MAX = 12;
const ANSWER_MORE_MAX = 120;

const POLARITY: Exclude<Stance, 'none'>[] = ['allowed', 'prohibited', 'encouraged'];

/**
 * The reading of the answer to a question asking whether AI may be used: its yes or no for the parts the question
 * names, quoted with the question, and what the rest of the answer says as if it named the AI asked about ("Yes, as
 * long as you tell us which tool"). An answer that names AI is also read as its own sentence; the two readings
 * agree.
 */
export function readAnswer(input: SentenceInput): Finding[] {
  const { span, text } = input;
  if (!input.mentions.some((m) => isAiKind(m.kind) && m.role === 'use')) return [];
  const question = foldForMatching(input.lower.slice(span.start, span.end));
  if (!asksPermission(question)) return [];
  const answer = nextSentence(text, span.end);
  if (!answer) return [];
  const reply = foldForMatching(input.lower.slice(answer.start, answer.end));
  const found = ANSWER.exec(reply);
  const parts = partsIn(question, input.lexicon);
  // "A: No. Not for the articles and not for your application either.": a bare yes or no whose question names no
  // part takes the parts the short sentence after it names.
  if (found && parts.length === 0 && answer.end - answer.start <= BARE_ANSWER_MAX) {
    const more = nextSentence(text, answer.end);
    if (more && more.end - more.start <= ANSWER_MORE_MAX && text[more.end - 1] !== '?')
      parts.push(...partsIn(foldForMatching(input.lower.slice(more.start, more.end)), input.lexicon));
  }
  const findings: Finding[] = [];
  if (found) {
    const group = found[1] ? 0 : found[2] ? 1 : 2;
    findings.push({
      signal: 'stance',
      stance: POLARITY[group]!,
      parts,
      conditions: [],
      strength: STRENGTH.explicit,
      start: span.start,
      end: answer.end,
    });
  }
  // The answer's words, as if its first word were the AI asked about: "Yes, as long as you tell us", "Only for
  // research."
  const first = FIRST_WORD.exec(reply);
  if (!first) return findings;
  const at = answer.start + first[0].length - first[1]!.length;
  for (const f of readAsNamed(input, answer, at, at + first[1]!.length))
    findings.push(f.parts.length > 0 ? f : { ...f, parts });
  return findings;
}
