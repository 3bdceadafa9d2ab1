import { ROUND13, ROUND13_MISSES } from './generalization-round13.cases.ts';
import { heldOutSet } from './held-out.ts';

/*
 * Round 13 of the held-out set: 60 posts of everyday traffic, a measurement after round 12 (first run: 41 right in
 * every label, 49 stances), then fixed: 56 and 60.
 */
heldOutSet('generalization: held-out job posts, round 13', ROUND13, ROUND13_MISSES, {
  total: 60,
  perLanguage: 5,
});
