import { findCoverLetter, findScreeningQuestions } from '../../../src/sites/upwork/extract.ts';
import { coverLetter } from '../../../src/sites/upwork/selectors.ts';
import { awaitField } from '../../core/await-field.ts';
import type { Feature } from '../../core/feature.ts';
import { markField } from '../../core/markers.ts';

/** Finds the proposal's cover letter and screening answers (rendered on the client, after a loader). */
export const proposalForm: Feature = {
  id: 'proposal-form',
  pageKinds: ['proposal'],
  async init(context) {
    const letter = await awaitField(
      context,
      'cover-letter',
      coverLetter,
      () => findCoverLetter(document),
      (e) => e,
    );
    if (!letter) return;
    // Questions render with the same form; a job without questions has an empty container.
    const questions = findScreeningQuestions(document);
    for (const question of questions?.value ?? []) {
      markField(question.field, 'screening-answer');
      context.report.found('screening-answer', questions!.strategy, question.question);
    }
  },
};
