import { ROUND12, ROUND12_MISSES } from './generalization-round12.cases.ts';
import { heldOutSet } from './held-out.ts';

/*
 * Round 12 of the held-out set: 50 posts of everyday traffic, a measurement after rounds 10 and 11 (first run: 35
 * right in every label, 43 stances), fixed a session later: 47 and 49.
 */
heldOutSet('generalization: held-out job posts, round 12', ROUND12, ROUND12_MISSES, {
  total: 50,
  perLanguage: 3,
});
