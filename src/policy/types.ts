/**
 * The policy engine's public vocabulary. Shared by the content scripts, the background, the popup and the CLI,
 * so it stays free of DOM and browser APIs.
 */

/** What a job post says about the freelancer's own use of generative AI, from strictest to loosest. */
export type Stance = 'prohibited' | 'restricted' | 'allowed' | 'encouraged' | 'none';

/** The parts of an engagement a post can set rules for. */
export type Part = 'proposal' | 'work' | 'communication';

/** Languages the engine reads. `other` when none of them is recognised. */
export type Language = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'other';

/** Which finding a quoted sentence supports. */
export type Signal = 'stance' | 'disclosure' | 'confidentiality' | 'detectors';

/**
 * What a `restricted` sentence makes AI use depend on, so the evaluator can tell "disclose it" from "ask first"
 * from "only for some tasks".
 */
export type Condition = 'disclosure' | 'approval' | 'limited' | 'review';

export interface Evidence {
  /** Offsets into the analysed text: `text.slice(start, end) === quote`. */
  start: number;
  end: number;
  quote: string;
  signal: Signal;
  /** For `stance` evidence: the stance this sentence expresses. */
  stance?: Stance;
  /** The parts the sentence speaks of; empty when it speaks of AI use in general. */
  parts: Part[];
  /** For `restricted` stance evidence: the conditions the sentence sets. */
  conditions?: Condition[];
}

export interface PolicyReading {
  /** The strictest stance over all parts. */
  stance: Stance;
  /** Per part, only where the post names it; the work also where a general rule speaks of it ("No AI."). */
  scopes: Partial<Record<Part, Stance>>;
  disclosureRequired: boolean;
  confidentiality: boolean;
  detectors: boolean;
  evidence: Evidence[];
  language: Language;
  /** 0..1: how sure the engine is of `stance`. */
  confidence: number;
}

/** How the freelancer used AI, least to most. */
export type AiUseLevel = 'none' | 'grammar' | 'ideas' | 'drafting' | 'generated' | 'translation';

/** The parts a freelancer declares AI use for. Screening answers count as part of the proposal for the client's rules. */
export type DeclaredPart = 'proposal' | 'screening' | 'work';

export interface Declaration {
  level: AiUseLevel;
  tools: string[];
  parts: DeclaredPart[];
  /** Client files, data or project details went into an AI tool. */
  clientMaterialShared: boolean;
}

export type VerdictLevel = 'clear' | 'disclose' | 'ask-client' | 'conflict';
