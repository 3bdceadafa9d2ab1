/**
 * Turns the findings of single sentences into a reading: the stance per part and overall, the flags, the evidence
 * and a confidence.
 */
import type { Finding } from './finding.ts';
import type { Condition, Evidence, Language, Part, PolicyReading, Signal, Stance } from './types.ts';

/** Strictest first. */
const STRICTNESS: Stance[] = ['prohibited', 'restricted', 'allowed', 'encouraged', 'none'];
const PARTS: Part[] = ['proposal', 'work', 'communication'];
const SIGNALS: Signal[] = ['stance', 'disclosure', 'confidentiality', 'detectors'];

function strictest(stances: Stance[]): Stance {
  return STRICTNESS.find((stance) => stances.includes(stance)) ?? 'none';
}

/**
 * The stance of several statements about the same part: the strictest, except that a ban next to a permission
 * or a condition ("no AI-written text; AI for research is fine") is a restriction.
 */
export function combineStances(stances: Stance[]): Stance {
  if (stances.includes('prohibited') && (stances.includes('restricted') || stances.includes('allowed'))) {
    return 'restricted';
  }
  return strictest(stances);
}

/**
 * The stance of the findings about one part. A client who requires AI tools and asks which one you use still
 * encourages AI: there a disclosure question does not make a restriction.
 */
function weigh(findings: Finding[], encouragedElsewhere = false): Stance {
  const encouraged = encouragedElsewhere || findings.some((f) => f.stance === 'encouraged');
  return combineStances(
    findings.filter((f) => !(encouraged && f.signal === 'disclosure')).map((f) => f.stance),
  );
}

interface Mentioned {
  /** The post names AI as something the freelancer might use (not only as a product or a field). */
  aiUse: boolean;
  /** The post names AI at all. */
  ai: boolean;
}

/**
 * The findings grouped by sentence and signal. A sentence is known by its start (one start, one end): a number is a
 * cheaper key than a string; should two spans ever share a start, the string key is used instead.
 */
function bySentence(findings: Finding[]): Iterable<Finding[]> {
  const byStart = new Map<number, Finding[]>();
  for (const finding of findings) {
    const key = finding.start * SIGNALS.length + SIGNALS.indexOf(finding.signal);
    const group = byStart.get(key);
    if (!group) byStart.set(key, [finding]);
    else if (group[0]!.end === finding.end) group.push(finding);
    else return bySpan(findings);
  }
  return byStart.values();
}

function bySpan(findings: Finding[]): Iterable<Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.start}:${finding.end}:${finding.signal}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return groups.values();
}

function evidenceOf(text: string, findings: Finding[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const group of bySentence(findings)) {
    const first = group[0]!;
    const parts = PARTS.filter((part) => group.some((f) => f.parts.includes(part)));
    const item: Evidence = {
      start: first.start,
      end: first.end,
      quote: text.slice(first.start, first.end),
      signal: first.signal,
      parts,
    };
    if (first.signal === 'stance') {
      item.stance = combineStances(group.map((f) => f.stance));
      const conditions = [...new Set(group.flatMap((f) => f.conditions))] as Condition[];
      if (item.stance === 'restricted' && conditions.length > 0) item.conditions = conditions;
    }
    evidence.push(item);
  }
  return evidence.sort((a, b) => a.start - b.start || SIGNALS.indexOf(a.signal) - SIGNALS.indexOf(b.signal));
}

function confidenceOf(stance: Stance, findings: Finding[], mentioned: Mentioned, language: Language): number {
  let confidence: number;
  if (stance === 'none') {
    confidence = !mentioned.ai ? 0.95 : mentioned.aiUse ? 0.75 : 0.85;
  } else {
    const support = findings.filter((f) => f.stance === stance);
    // A restriction read from a ban next to a permission has no single sentence behind it.
    confidence = support.length > 0 ? support.reduce((best, f) => Math.max(best, f.strength), 0) : 0.75;
    if (new Set(findings.map((f) => f.stance)).size > 1) confidence -= 0.05;
  }
  if (language === 'other') confidence -= 0.15;
  return Math.round(Math.min(0.98, Math.max(0.3, confidence)) * 100) / 100;
}

export function combine(
  text: string,
  findings: Finding[],
  mentioned: Mentioned,
  language: Language,
): PolicyReading {
  const ruling = findings.filter((f) => f.signal !== 'confidentiality');
  // A rule about client data alone still restricts how AI may be used; next to other rules it adds nothing.
  const stanceFindings = ruling.length > 0 ? ruling : findings;
  const general = stanceFindings.filter((f) => f.parts.length === 0);
  // A requirement for one part ("use AI daily to produce content") and "tell us in your proposal which tools you
  // use" for another: still a requirement.
  const encouraged = stanceFindings.some((f) => f.stance === 'encouraged');
  const scopes: Partial<Record<Part, Stance>> = {};
  const perPart: Stance[] = [weigh(general, encouraged)];
  // A general rule is about the work, what a job post is about ("No AI.", "Tell us if you use AI."). Beside rules
  // for named parts, a general ban or permission is the rule for the rest ("Proposals must be yours. No Otter."),
  // but a general request to be told only completes them ("AI is fine for messages if you tell us. We end the
  // contract if AI use is not disclosed.").
  const namesParts = general.length < stanceFindings.length;
  const workFromGeneral = general.some((f) => f.signal === 'stance' || !namesParts);
  for (const part of PARTS) {
    const own = stanceFindings.filter((f) => f.parts.includes(part));
    // Rules for all parts apply to each part as well, so they are weighed together; but a rule of its own for the
    // proposal or the communication is an exception to them ("AI is fine for the code, but write your proposal
    // yourself"; "no AI, though DeepL is fine for our messages"). The work is what general rules are about: a
    // ban on its text beside "AI for research" restricts it. A general request to be told applies to every part.
    const combined =
      part !== 'work' && own.some((f) => f.signal === 'stance')
        ? weigh([...general.filter((f) => f.signal !== 'stance'), ...own], encouraged)
        : weigh([...general, ...own], encouraged);
    perPart.push(combined);
    // A part whose only finding weighs nothing (a question about the required tool) has no rule of its own.
    if (combined !== 'none' && (own.length > 0 || (part === 'work' && workFromGeneral)))
      scopes[part] = combined;
  }
  const stance = strictest(perPart);
  return {
    stance,
    scopes,
    disclosureRequired: findings.some((f) => f.signal === 'disclosure'),
    confidentiality: findings.some((f) => f.signal === 'confidentiality'),
    detectors: findings.some((f) => f.signal === 'detectors'),
    evidence: evidenceOf(text, findings),
    language,
    confidence: confidenceOf(stance, stanceFindings, mentioned, language),
  };
}
