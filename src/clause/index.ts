/** The client's AI clause for a job post, and how the policy engine must read it back. Pure. */
export { buildClause } from './build.ts';
export { type ExpectedReading, expectedReading } from './reading.ts';
export {
  CLAUSE_PARTS,
  CLAUSE_STANCES,
  CLAUSE_TASKS,
  type ClauseSpec,
  ClauseSpecError,
  type ClauseStance,
  type ClauseTask,
} from './spec.ts';
