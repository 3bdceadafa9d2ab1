/**
 * Judges a freelancer's declared AI use against what a job post says and a marketplace's rules. Generic over
 * `MarketplaceRules`: it reads the rule roles and the `substantial` table, never a marketplace by name.
 *
 * How the levels map to Upwork ToU §3.2 ("substantially bolster … if such use is restricted by your client"):
 * - `conflict`: the use is substantial (`drafting`, `generated`, `translation`) and the client prohibits AI for
 *   that part, or allows it only for tasks that do not include it; client material went into an AI tool against
 *   a confidentiality clause.
 * - `ask-client`: the use is borderline (`ideas`) or minor (`grammar`) under a ban, needs the client's approval,
 *   or the reading is unsure of a ban or restriction.
 * - `disclose`: the client asks to be told, a condition is met but should be stated, or a substantial use where
 *   the client set no rule (Upwork's transparency advice).
 * - `clear`: nothing restricts the use.
 */
import { combineStances } from '../policy/combine.ts';
import type {
  AiUseLevel,
  Condition,
  Declaration,
  DeclaredPart,
  Evidence,
  Part,
  PolicyReading,
  Stance,
  VerdictLevel,
} from '../policy/types.ts';
import { allowsTask } from './tasks.ts';
import type { MarketplaceRules, Verdict, VerdictReason } from './types.ts';
import { UPWORK_RULES } from './upwork.ts';

const SEVERITY: VerdictLevel[] = ['clear', 'disclose', 'ask-client', 'conflict'];

/** Below this the reading is too unsure to call a use a conflict. */
const SURE = 0.6;

type UseLevel = Exclude<AiUseLevel, 'none'>;

function worst(levels: VerdictLevel[]): VerdictLevel {
  return levels.reduce((a, b) => (SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a), 'clear');
}

/** Screening answers are part of the proposal for the client's rules. */
function postPart(part: DeclaredPart): Part {
  return part === 'screening' ? 'proposal' : part;
}

/**
 * Whether the post names a part in any rule ("proposals must be yours", "AI is fine for the code"). Its general
 * rules are then the work's scope too, so the scopes alone cannot tell. Rules about client data count only when
 * there is nothing else, as the engine weighs them.
 */
function singlesOutParts(reading: PolicyReading): boolean {
  const ruling = reading.evidence.filter((e) => e.signal !== 'confidentiality');
  return (ruling.length > 0 ? ruling : reading.evidence).some((e) => e.parts.length > 0);
}

/**
 * The stance that governs one part: its own scope, else what the post says about AI use in general; for no part,
 * or a post that names no part, the post's overall stance.
 */
function stanceFor(reading: PolicyReading, part: Part | undefined): Stance {
  if (!part) return reading.stance;
  const own = reading.scopes[part];
  if (own) return own;
  if (!singlesOutParts(reading)) return reading.stance;
  const general = reading.evidence.filter((e) => e.parts.length === 0 && e.signal !== 'confidentiality');
  return combineStances(
    general.map((e) =>
      e.signal === 'stance' ? (e.stance ?? 'none') : e.signal === 'disclosure' ? 'restricted' : 'prohibited',
    ),
  );
}

function evidenceFor(
  reading: PolicyReading,
  part: Part | undefined,
  signals: Evidence['signal'][],
): Evidence[] {
  return reading.evidence.filter(
    (e) => signals.includes(e.signal) && (!part || e.parts.length === 0 || e.parts.includes(part)),
  );
}

interface Judgement {
  level: VerdictLevel;
  role: keyof MarketplaceRules['cite'];
  message: string;
}

function judgeRestricted(level: UseLevel, rules: MarketplaceRules, evidence: Evidence[]): Judgement {
  const conditions = new Set<Condition>(
    evidence.flatMap((e): Condition[] => (e.signal === 'disclosure' ? ['disclosure'] : (e.conditions ?? []))),
  );
  const substantial = rules.substantial[level];
  if (conditions.has('limited')) {
    if (evidence.some((e) => e.stance === 'restricted' && allowsTask(level, e.quote))) {
      return {
        level: 'disclose',
        role: 'transparency',
        message: `The client allows AI for ${level}; say that you used it that way.`,
      };
    }
    if (substantial === 'yes') {
      return {
        level: 'conflict',
        role: 'restrictedUse',
        message: `The client limits AI to some tasks; ${level} goes beyond them and substantially bolsters the work.`,
      };
    }
    return {
      level: 'ask-client',
      role: 'restrictedUse',
      message: `The client limits AI to some tasks; ask whether ${level} is among them.`,
    };
  }
  if (conditions.has('approval')) {
    return {
      level: 'ask-client',
      role: 'restrictedUse',
      message: 'The client wants to approve AI use first: ask before using it.',
    };
  }
  if (conditions.has('disclosure') || conditions.has('review')) {
    return {
      level: 'disclose',
      role: 'transparency',
      message:
        'The client allows AI on its conditions: say which tools you used and how, and review the result.',
    };
  }
  return {
    level: 'ask-client',
    role: 'restrictedUse',
    message: 'The client restricts AI use without saying how: ask before relying on it.',
  };
}

function judge(stance: Stance, level: UseLevel, rules: MarketplaceRules, evidence: Evidence[]): Judgement {
  const substantial = rules.substantial[level];
  switch (stance) {
    case 'prohibited':
      return substantial === 'yes'
        ? {
            level: 'conflict',
            role: 'restrictedUse',
            message: `The client prohibits AI here, and ${level} substantially bolsters it.`,
          }
        : {
            level: 'ask-client',
            role: 'restrictedUse',
            message: `The client prohibits AI here; ${level} may not be substantial, but ask before relying on it.`,
          };
    case 'restricted':
      return judgeRestricted(level, rules, evidence);
    case 'encouraged':
      return { level: 'clear', role: 'defaultPermission', message: 'The client asks for AI tools.' };
    default:
      return substantial === 'yes'
        ? {
            level: 'disclose',
            role: 'transparency',
            message: `No client restriction applies; saying that you used AI for ${level} is recommended.`,
          }
        : { level: 'clear', role: 'defaultPermission', message: 'No client restriction applies.' };
  }
}

export function evaluate(
  reading: PolicyReading,
  declaration: Declaration,
  rules: MarketplaceRules = UPWORK_RULES,
): Verdict {
  const byId = new Map(rules.rules.map((rule) => [rule.id, rule]));
  const reason = (
    level: VerdictLevel,
    role: keyof MarketplaceRules['cite'],
    evidence: Evidence[],
    message: string,
    part?: DeclaredPart,
  ): VerdictReason => {
    const rule = byId.get(rules.cite[role]);
    if (!rule) throw new Error(`${rules.marketplace} rules: no rule ${rules.cite[role]} for ${role}`);
    return {
      level,
      ...(part ? { part } : {}),
      ruleId: rule.id,
      ruleText: rule.text,
      ruleWording: rule.wording,
      evidence,
      message,
    };
  };
  const reasons: VerdictReason[] = [];
  const { level } = declaration;

  if (level === 'none') {
    reasons.push(reason('clear', 'defaultPermission', [], 'No AI use declared.'));
  } else {
    // No part declared: judge the use against the post as a whole.
    const parts: (DeclaredPart | undefined)[] =
      declaration.parts.length > 0 ? [...new Set(declaration.parts)] : [undefined];
    for (const part of parts) {
      const target = part && postPart(part);
      const stance = stanceFor(reading, target);
      const evidence = evidenceFor(reading, target, ['stance', 'disclosure', 'detectors']);
      let judgement = judge(stance, level, rules, evidence);
      // An unsure ban or restriction is a question for the client, not a finding of misrepresentation.
      if (judgement.level === 'conflict' && reading.confidence < SURE) {
        judgement = {
          ...judgement,
          level: 'ask-client',
          message: `${judgement.message} The post is not clear enough to be sure: ask the client.`,
        };
      }
      reasons.push(reason(judgement.level, judgement.role, evidence, judgement.message, part));
      if (reading.disclosureRequired && SEVERITY.indexOf(judgement.level) < SEVERITY.indexOf('disclose')) {
        reasons.push(
          reason(
            'disclose',
            'transparency',
            evidenceFor(reading, target, ['disclosure']),
            'The client asks to be told about AI use.',
            part,
          ),
        );
      }
      if (rules.substantial[level] === 'yes' && judgement.level !== 'conflict') {
        reasons.push(
          reason(
            'clear',
            'ownership',
            [],
            'What you submit is your Content: you answer for every part of it, AI-made or not.',
            part,
          ),
        );
      }
    }
  }

  if (declaration.clientMaterialShared) {
    const clause = reading.evidence.filter((e) => e.signal === 'confidentiality');
    reasons.push(
      reading.confidentiality
        ? reason(
            'conflict',
            'thirdPartyRights',
            clause,
            'Client material went into an AI tool although the client forbids it.',
          )
        : reason(
            'disclose',
            'thirdPartyRights',
            [],
            'Client material went into an AI tool: tell the client, and check that no agreement or third party forbids it.',
          ),
    );
  }

  return {
    level: worst(reasons.map((r) => r.level)),
    reasons,
    marketplace: rules.marketplace,
    rulesVersion: rules.version,
  };
}
