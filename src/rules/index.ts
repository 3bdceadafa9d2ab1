/** Marketplace rules as versioned data, and the evaluator that applies them to a declared AI use. */
export { evaluate } from './evaluate.ts';
export type { MarketplaceRule, MarketplaceRules, Substantial, Verdict, VerdictReason } from './types.ts';
export { UPWORK_RULES } from './upwork.ts';
