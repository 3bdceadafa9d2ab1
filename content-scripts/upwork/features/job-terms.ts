import { readJobDescription } from '../../../src/sites/upwork/extract.ts';
import { jobDescription } from '../../../src/sites/upwork/selectors.ts';
import { awaitField } from '../../core/await-field.ts';
import { analyzeJob } from '../../core/background.ts';
import type { Feature } from '../../core/feature.ts';
import { setStanceMarker } from '../../core/markers.ts';
import { mountInShadow } from '../../ui/mount.ts';
import { STANCE_CHIP_CSS, stanceChip } from '../../ui/stance-chip.ts';

/**
 * On the job page and the feed's slider: reads the description, has the background judge it (and cache it
 * for the apply page), and shows the client's AI stance beside it.
 */
export const jobTerms: Feature = {
  id: 'job-terms',
  pageKinds: ['job-details'],
  async init(context) {
    const found = await awaitField(
      context,
      'job-description',
      jobDescription,
      () => readJobDescription(document),
      (v) => v.element,
    );
    if (!found || context.signal.aborted) return;
    const { text, title, element } = found.value;
    const job = await analyzeJob({
      ...(context.page.jobId ? { jobId: context.page.jobId } : {}),
      title,
      text,
      source: 'job-page',
    });
    if (context.signal.aborted) return;
    setStanceMarker(job.reading.stance);
    const chip = mountInShadow(
      'stance-chip',
      (host) => element.before(host),
      STANCE_CHIP_CSS,
      stanceChip(job, element, () => chip.unmount()),
      context.signal,
    );
  },
};
