/** Which parts of the engagement (proposal, work, communication) a clause speaks of. */
import { type CompiledLexicon, groupsIn, PARTS } from './lexicon/index.ts';
import type { Part } from './types.ts';

export function partsIn(clause: string, lexicon: CompiledLexicon): Part[] {
  const found = groupsIn(lexicon.parts, clause, PARTS.length);
  return PARTS.filter((_, index) => (found >> index) & 1);
}
