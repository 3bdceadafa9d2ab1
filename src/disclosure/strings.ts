import type { AiUseLevel, DeclaredPart } from '../policy/types.ts';
import type { Lang } from './list.ts';
import { en } from './strings-en.ts';
import { es } from './strings-es.ts';

/** Levels at which some AI was used; `none` has its own statement. */
export type UsedLevel = Exclude<AiUseLevel, 'none'>;

/** Placeholders a user template may use; the options UI lists them from here. */
export const PLACEHOLDERS = ['tools', 'use', 'parts', 'review', 'client'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * Everything the composer writes in one language. Strings are data for a translator: `{tools}`, `{parts}` and
 * `{work}` are filled in by the composer, nothing else is. Sentences are first person, plain, with no hedging.
 *
 * Tense: proposal and screening answers are already written when the note is sent (past); the work is not done
 * yet (future). Responsibility sentences are in the present so they hold for both.
 */
export interface DisclosureStrings {
  /** Names the tool when the freelancer named none. */
  unnamedTool: string;
  parts: Record<DeclaredPart, string>;
  /** `{use}` for user templates: what the tools did, without the object. */
  use: Record<UsedLevel, string>;
  /**
   * The main clause, with `{tools}` and `{parts}`, no final period. For `translation` it says the freelancer wrote
   * the original: that is what the level means (text written by them, translated by a tool); AI-written text that
   * was then translated is `generated`.
   */
  core: Record<UsedLevel, { past: string; future: string }>;
  /** Appended to a past-tense core when the work is declared too; `{work}` names it. */
  sameForWork: string;
  /** Short responsibility clause after a semicolon, for the one-sentence note. */
  reviewShort: Record<UsedLevel, string>;
  /** One sentence on human review and responsibility; also `{review}` in user templates. */
  review: Record<UsedLevel, string>;
  /** One sentence on the process, for the detailed note. */
  process: Record<UsedLevel, string>;
  /** Said only when client files, data or project details went into a tool; `{tools}`. */
  clientMaterial: { past: string; future: string };
  /** Closes the detailed note. */
  offer: string;
  /** The statement for `none`, said only when the freelancer asks for it. */
  none: {
    past: string;
    future: string;
    /** Appended to `past` when the work is declared too; `{work}`. */
    alsoWork: string;
    /** Added from the standard length up. */
    scope: string;
    /** Added to the detailed statement. */
    offer: string;
  };
  /** Help text for the placeholders, shown in the options UI. */
  placeholderHelp: Record<Placeholder, string>;
  /** Problems with a user template; `{name}`, `{list}` and `{max}` are filled in. */
  templateErrors: {
    empty: string;
    tooLong: string;
    unknown: string;
    unknownCase: string;
    unmatched: string;
    missingTools: string;
  };
}

export const STRINGS: Record<Lang, DisclosureStrings> = { en, es };
