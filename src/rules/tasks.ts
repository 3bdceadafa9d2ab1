/**
 * Words by which a client's "only for …" names each level of use, in the five languages the engine reads. Lets
 * the evaluator see whether a limited permission covers what the freelancer did.
 */
import type { AiUseLevel } from '../policy/types.ts';

const TASK_WORDS: Record<Exclude<AiUseLevel, 'none'>, RegExp> = {
  grammar:
    /grammar|spelling|proofread|typo|gram[aá]tica|ortograf|corregir|corre[cç][aã]o|revis[aã]o|grammaire|orthographe|relire|grammatik|rechtschreib|korrektur/i,
  ideas:
    /research|brainstorm|idea|outline|investig|pesquis|esquema|recherche|id[ée]e|plan\b|recherch|ideen|gliederung/i,
  drafting: /draft|borrador|rascunho|brouillon|entwurf/i,
  generated: /generat|generar|gerar|g[ée]n[ée]rer|generier/i,
  translation: /translat|traduc|tradu[zç]|übersetz/i,
};

/** The client's sentence names this level among the uses it allows. */
export function allowsTask(level: Exclude<AiUseLevel, 'none'>, sentence: string): boolean {
  return TASK_WORDS[level].test(sentence);
}
