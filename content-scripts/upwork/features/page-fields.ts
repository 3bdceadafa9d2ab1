import {
  findJobPostDescription,
  findMessageComposer,
  findWorkSubmissionMessage,
} from '../../../src/sites/upwork/extract.ts';
import { jobPostDescription, messageComposer } from '../../../src/sites/upwork/selectors.ts';
import { awaitField } from '../../core/await-field.ts';
import type { Feature } from '../../core/feature.ts';
import { markField } from '../../core/markers.ts';
import { waitFor } from '../../core/wait-for.ts';

/** The client's job-post description, where the popup's clause builder writes. */
export const jobPostEditor: Feature = {
  id: 'job-post-editor',
  pageKinds: ['job-post'],
  async init(context) {
    await awaitField(
      context,
      'job-post-description',
      jobPostDescription,
      () => findJobPostDescription(document),
      (e) => e,
    );
  },
};

/** The message composer (a ProseMirror editor) in rooms and workrooms. */
export const messageField: Feature = {
  id: 'message-field',
  pageKinds: ['messages'],
  async init(context) {
    await awaitField(
      context,
      'message',
      messageComposer,
      () => findMessageComposer(document),
      (e) => e,
    );
  },
};

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
