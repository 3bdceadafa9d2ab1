/** Which parts of the engagement (proposal, work, communication) a clause speaks of. */
import { type CompiledLexicon, matches } from './lexicon/index.ts';
import type { Part } from './types.ts';

const PARTS: Part[] = ['proposal', 'work', 'communication'];

export function partsIn(clause: string, lexicon: CompiledLexicon): Part[] {
  return PARTS.filter((part) => matches(lexicon.parts[part], clause));
}
