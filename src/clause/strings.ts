import type { Lang } from '../disclosure/list.ts';
import type { Part } from '../policy/types.ts';
import type { ClauseStance, ClauseTask } from './spec.ts';
import { en } from './strings-en.ts';
import { es } from './strings-es.ts';

/**
 * Everything the clause builder writes in one language, as data for a translator. `{parts}` and `{tasks}` are
 * filled in with lists. Phrasing is deliberately the plainest and most conventional, the way real job posts say
 * it, because Candor's policy engine (and every freelancer) reads it back.
 */
export interface ClauseStrings {
  heading: string;
  parts: Record<Part, string>;
  tasks: Record<ClauseTask, string>;
  /** The rule itself; `{parts}` is an or-list for `no-ai`, an and-list otherwise. */
  rule: Record<ClauseStance, string>;
  /** Asks for the tools and how they were used; not said for `ai-with-disclosure`, whose rule says it. */
  disclosure: string;
  privacy: string;
  /** Per stance: when the rules cover the proposal, and when they only cover the work or messages. */
  consequence: Record<ClauseStance, { proposal: string; contract: string }>;
}

export const STRINGS: Record<Lang, ClauseStrings> = { en, es };
