import type { Condition, Part, Signal, Stance } from './types.ts';

/** One thing a sentence says, before findings are combined into a reading. */
export interface Finding {
  signal: Signal;
  /** The stance this finding supports (for every signal: disclosure and confidentiality rules restrict use). */
  stance: Exclude<Stance, 'none'>;
  parts: Part[];
  conditions: Condition[];
  /** 0..1: how directly the words say it (an explicit "do not use AI" is strong; a heading carried over is not). */
  strength: number;
  /** The sentence, as offsets into the analysed text. */
  start: number;
  end: number;
}

/** How strongly each kind of cue supports its stance; used for `confidence`. */
export const STRENGTH = {
  explicit: 0.9,
  condition: 0.85,
  authorship: 0.75,
  heading: 0.7,
  confidentialityOnly: 0.75,
  detectorOnly: 0.65,
  role: 0.6,
} as const;
