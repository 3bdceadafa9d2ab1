import { ROUND15, ROUND15_MISSES } from './generalization-round15.cases.ts';
import { heldOutSet } from './held-out.ts';

/*
 * Round 15 of the held-out set: 60 casual client texts, a measurement after round 14 (first run: 43 right in every
 * label, 48 stances, the same as the session-start engine), then fixed: 57 and 58.
 */
heldOutSet('generalization: held-out client texts, round 15', ROUND15, ROUND15_MISSES, {
  total: 60,
  perLanguage: 5,
});
