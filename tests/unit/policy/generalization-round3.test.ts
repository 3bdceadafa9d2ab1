import { ROUND3, ROUND3_MISSES } from './generalization-round3.cases.ts';
import { heldOutSet } from './held-out.ts';

/*
 * Round 3 of the held-out set: 110 whole job posts written by a helper that had seen neither the engine nor the
 * earlier rounds. First run: 81 read right (74%, like round 2's 75%); the misses were fixed by rules for their
 * phrasing's family (see the commit that added this file), never by matching a post.
 */
heldOutSet('generalization: held-out job posts, round 3', ROUND3, ROUND3_MISSES, {
  total: 110,
  perLanguage: 15,
});
