import { ROUND14, ROUND14_MISSES } from './generalization-round14.cases.ts';
import { heldOutSet } from './held-out.ts';

/*
 * Round 14 of the held-out set: 60 job posts, contract messages and FAQs, a measurement after round 13 (first run:
 * 38 right in every label, 45 stances), then fixed: 52 and 58.
 */
heldOutSet('generalization: held-out client texts, round 14', ROUND14, ROUND14_MISSES, {
  total: 60,
  perLanguage: 5,
});
