import { strategyIds } from '../../../src/sites/selector.ts';
import { findCoverLetter, findScreeningQuestions } from '../../../src/sites/upwork/extract.ts';
import { coverLetter } from '../../../src/sites/upwork/selectors.ts';
import { type Feature, FIELD_TIMEOUT_MS } from '../../core/feature.ts';
import { markField } from '../../core/markers.ts';
import { waitFor } from '../../core/wait-for.ts';

/** Finds the proposal's cover letter and screening answers (rendered on the client, after a loader). */
export const proposalForm: Feature = {
  id: 'proposal-form',
  pageKinds: ['proposal'],
  async init({ signal, report }) {
    const notFound = setTimeout(
      () => report.missing('cover-letter', strategyIds(coverLetter)),
      FIELD_TIMEOUT_MS,
    );
    signal.addEventListener('abort', () => clearTimeout(notFound), { once: true });
    const letter = await waitFor(() => findCoverLetter(document), signal);
    clearTimeout(notFound);
    if (!letter) return;
    markField(letter.value, 'cover-letter');
    report.found('cover-letter', letter.strategy);
    // Questions render with the same form; a job without questions has an empty container.
    for (const question of findScreeningQuestions(document)?.value ?? []) {
      markField(question.field, 'screening-answer');
      report.found('screening-answer', 'questions-area', question.question);
    }
  },
};
