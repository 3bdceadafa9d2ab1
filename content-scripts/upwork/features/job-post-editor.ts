import { findJobPostDescription } from '../../../src/sites/upwork/extract.ts';
import { jobPostDescription } from '../../../src/sites/upwork/selectors.ts';
import { awaitField } from '../../core/await-field.ts';
import type { Feature } from '../../core/feature.ts';

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
