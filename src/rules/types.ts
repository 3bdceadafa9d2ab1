/**
 * Marketplace rules as data, and the verdict the evaluator gives. A marketplace is added by writing one
 * `MarketplaceRules` value; the evaluator only reads the roles (`cite`) and the `substantial` table.
 */
import type { AiUseLevel, DeclaredPart, Evidence, VerdictLevel } from '../policy/types.ts';

export interface MarketplaceRule {
  /** Stable id, cited in verdicts: `<marketplace>-<document>-<section>-<topic>`. */
  id: string;
  document: string;
  section: string;
  text: string;
  /** `quote`: `text` is the document's wording; `summary`: Candor's summary, never to be shown in quotes. */
  wording: 'quote' | 'summary';
  version: string;
  /** ISO 8601, only as precise as documented: `2023-04` when only the month is known. */
  effectiveDate: string;
  sourceUrl: string;
}

/**
 * Whether a level of AI use "substantially bolsters" a proposal or work product: `yes`, `no`, or `borderline`
 * (it depends on what the client allows, so the freelancer should ask).
 */
export type Substantial = 'yes' | 'no' | 'borderline';

export interface MarketplaceRules {
  marketplace: string;
  /** Version of this rule set; bump it whenever a rule or the table changes. */
  version: string;
  rules: MarketplaceRule[];
  /** The rule the evaluator cites in each situation, by id. */
  cite: {
    /** Using AI where the client restricted it. */
    restrictedUse: string;
    /** Putting client material into AI tools against the client's terms or others' rights. */
    thirdPartyRights: string;
    /** What applies when the client set no restriction. */
    defaultPermission: string;
    /** Advice to say which tools were used and how. */
    transparency: string;
    /** Who answers for AI-assisted content. */
    ownership: string;
  };
  substantial: Record<Exclude<AiUseLevel, 'none'>, Substantial>;
}

export interface VerdictReason {
  level: VerdictLevel;
  /** The declared part this reason is about; absent for reasons about the whole engagement. */
  part?: DeclaredPart;
  ruleId: string;
  ruleText: string;
  /** How `ruleText` may be shown: as a quote, or as a summary. */
  ruleWording: MarketplaceRule['wording'];
  /** The client's own sentences this reason rests on; empty when the post says nothing that applies. */
  evidence: Evidence[];
  message: string;
}

export interface Verdict {
  level: VerdictLevel;
  reasons: VerdictReason[];
  marketplace: string;
  rulesVersion: string;
}
