import { findWorkSubmissionMessage } from '../../../src/sites/upwork/extract.ts';
import type { Feature } from '../../core/feature.ts';
import { markField } from '../../core/markers.ts';
import { waitFor } from '../../core/wait-for.ts';

/**
 * The "Submit work for payment" message. Its dialog opens only when the user asks for it, so there is no
 * "not recognized" deadline: the field is marked whenever the dialog appears, again after each reopening.
 */
export const workSubmissionField: Feature = {
  id: 'work-submission-field',
  pageKinds: ['work-submission'],
  async init({ signal, report }) {
    const unmarked = () => {
      const found = findWorkSubmissionMessage(document);
      return found && !found.value.hasAttribute('data-candor-field') ? found : null;
    };
    for (let found = await waitFor(unmarked, signal); found; found = await waitFor(unmarked, signal)) {
      markField(found.value, 'work-message');
      report.found('work-message', found.strategy);
    }
  },
};
