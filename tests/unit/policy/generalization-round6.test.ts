import { ROUND6, ROUND6_MISSES } from './generalization-round6.cases.ts';
import { heldOutSet } from './held-out.ts';

/*
 * Round 6 of the held-out set: 100 posts about false alarms (60 that set no rule but would fool a keyword reader,
 * 40 rules phrased subtly) by a helper that had seen neither the engine nor the earlier rounds. First run: 68 read
 * right; the misses were fixed by rules for their phrasing's family, never by matching a post.
 */
heldOutSet('generalization: held-out job posts, round 6 (false alarms)', ROUND6, ROUND6_MISSES, {
  total: 100,
  perLanguage: 14,
});
