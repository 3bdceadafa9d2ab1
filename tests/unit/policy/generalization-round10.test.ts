import { ROUND10, ROUND10_MISSES } from './generalization-round10.cases.ts';
import { heldOutSet } from './held-out.ts';

/*
 * Round 10 of the held-out set: 100 posts on the professions and tools of 2023-2026 and on the client's other words
 * (screening questions, contract messages, FAQs, mixed languages), written as a measurement and read before any
 * fix: 51 right in every label, 68 stances.
 */
heldOutSet(
  'generalization: held-out job posts, round 10 (tools and the client’s other words)',
  ROUND10,
  ROUND10_MISSES,
  {
    total: 100,
    perLanguage: 10,
  },
);
