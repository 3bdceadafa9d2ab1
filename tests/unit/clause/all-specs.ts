import { CLAUSE_PARTS, CLAUSE_STANCES, CLAUSE_TASKS, type ClauseSpec } from '../../../src/clause/index.ts';

/** Every non-empty subset, in the given order. */
function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) all.push(items.filter((_, i) => mask & (1 << i)));
  return all;
}

const BOOLS = [false, true] as const;

/** Every spec the builder accepts: the space is finite, so the round trip is checked on all of it. */
export function allValidSpecs(): ClauseSpec[] {
  const specs: ClauseSpec[] = [];
  for (const lang of ['en', 'es'] as const) {
    for (const stance of CLAUSE_STANCES) {
      const taskSets = stance === 'ai-only-for' ? subsets(CLAUSE_TASKS) : [undefined];
      for (const tasks of taskSets) {
        for (const parts of subsets(CLAUSE_PARTS)) {
          for (const disclosure of BOOLS) {
            if (stance === 'no-ai' && disclosure) continue;
            if (stance === 'ai-with-disclosure' && !disclosure) continue;
            for (const privacy of BOOLS) {
              for (const consequence of BOOLS) {
                if (consequence && stance === 'ai-welcome' && !disclosure && !privacy) continue;
                specs.push({
                  stance,
                  ...(tasks ? { tasks } : {}),
                  parts,
                  disclosure,
                  privacy,
                  consequence,
                  lang,
                });
              }
            }
          }
        }
      }
    }
  }
  return specs;
}
