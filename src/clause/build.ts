import { joinList } from '../disclosure/list.ts';
import { CLAUSE_PARTS, CLAUSE_TASKS, type ClauseSpec, parseClauseSpec } from './spec.ts';
import { STRINGS } from './strings.ts';

/**
 * The client's AI clause for a job post: a heading, then one paragraph of plain sentences, each rule stated once.
 * Throws `ClauseSpecError` on an invalid spec.
 */
export function buildClause(input: ClauseSpec): string {
  const spec = parseClauseSpec(input);
  const s = STRINGS[spec.lang];
  // Canonical order, whatever order the UI ticked them in.
  const parts = CLAUSE_PARTS.filter((part) => spec.parts.includes(part)).map((part) => s.parts[part]);
  const tasks = CLAUSE_TASKS.filter((task) => spec.tasks?.includes(task)).map((task) => s.tasks[task]);

  const sentences = [
    s.rule[spec.stance]
      .replace('{parts}', joinList(parts, spec.lang, spec.stance === 'no-ai' ? 'or' : 'and'))
      .replace('{tasks}', joinList(tasks, spec.lang)),
  ];
  if (spec.disclosure && spec.stance !== 'ai-with-disclosure') sentences.push(s.disclosure);
  if (spec.privacy) sentences.push(s.privacy);
  if (spec.consequence) {
    const consequence = s.consequence[spec.stance];
    sentences.push(spec.parts.includes('proposal') ? consequence.proposal : consequence.contract);
  }
  return `${s.heading}\n${sentences.join(' ')}`;
}
