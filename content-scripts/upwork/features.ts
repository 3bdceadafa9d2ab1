import type { Feature } from '../core/feature.ts';
import { jobPostEditor } from './features/job-post-editor.ts';
import { jobTerms } from './features/job-terms.ts';
import { messageField } from './features/message-field.ts';
import { proposalForm } from './features/proposal-form.ts';
import { proposalTerms } from './features/proposal-terms.ts';
import { workSubmissionField } from './features/work-submission-field.ts';

/** Every Upwork feature, one per file in features/ (a meta-test checks each is listed here and tested). */
export const upworkFeatures: readonly Feature[] = [
  jobTerms,
  proposalForm,
  proposalTerms,
  jobPostEditor,
  messageField,
  workSubmissionField,
];
