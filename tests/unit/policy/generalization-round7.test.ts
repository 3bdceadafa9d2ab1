import { ROUND7, ROUND7_MISSES } from './generalization-round7.cases.ts';
import { heldOutSet } from './held-out.ts';

/*
 * Round 7 of the held-out set: 60 posts of every kind, written as a measurement once rounds 3 to 6 were fixed.
 * First run: 47 read right (78%, the best first run so far); the misses were then fixed by rules for their
 * phrasing's family, save the three listed.
 */
heldOutSet('generalization: held-out job posts, round 7', ROUND7, ROUND7_MISSES, {
  total: 60,
  perLanguage: 9,
});
