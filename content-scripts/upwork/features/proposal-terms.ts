import type { JobReading, JobText } from '../../../src/messaging/schemas.ts';
import { findCoverLetter, readApplyDescription } from '../../../src/sites/upwork/extract.ts';
import {
  analyzeJob,
  dismissPrompt,
  getCachedJob,
  openDisclosureFlow,
  shouldPrompt,
} from '../../core/background.ts';
import type { Feature, FeatureContext } from '../../core/feature.ts';
import { setStanceMarker } from '../../core/markers.ts';
import { waitFor, withTimeout } from '../../core/wait-for.ts';
import { disclosurePrompt, PROMPT_CSS, promptMessage } from '../../ui/disclosure-prompt.ts';
import { mountInShadow } from '../../ui/mount.ts';
import { armSubmitGuard } from '../submit-guard.ts';

/**
 * On the apply page: the client's AI terms for this job, and a prompt at the cover letter when they set
 * rules for proposals. The apply page shows only an excerpt of the post, so the full text comes, in order,
 * from the job page seen before (cached), from expanding the excerpt in place, or else the excerpt alone,
 * and the reading then says it is partial.
 */
export const proposalTerms: Feature = {
  id: 'proposal-terms',
  pageKinds: ['proposal'],
  async init(context) {
    const { signal, page } = context;
    const apply = await waitFor(() => readApplyDescription(document), signal);
    if (!apply) return;
    const cached = page.jobId ? await getCachedJob(page.jobId) : null;
    const text =
      (cached && { ...cached, source: 'cache' as const }) ??
      (await expandedText(context, apply.value)) ??
      excerpt(context, apply.value);
    if (signal.aborted) return;
    const job = await analyzeJob(text);
    if (signal.aborted) return;
    setStanceMarker(job.reading.stance);
    await Promise.all([offerDisclosure(context, job), armSubmitGuard(context)]);
  },
};

const jobIdOf = ({ page }: FeatureContext) => (page.jobId ? { jobId: page.jobId } : {});

function excerpt(context: FeatureContext, apply: { text: string; title: string }): JobText {
  return { ...jobIdOf(context), title: apply.title, text: apply.text, source: 'excerpt' };
}

/**
 * Opens Upwork's own "more" toggle, reads the full description, and closes it again, leaving the page as it
 * was. Null when there is no toggle or it did not reveal more.
 */
async function expandedText(
  context: FeatureContext,
  apply: { text: string; title: string; toggle: HTMLElement | null },
): Promise<JobText | null> {
  const { toggle } = apply;
  if (toggle?.getAttribute('aria-expanded') !== 'false') return null;
  toggle.click();
  const expanded = await waitFor(
    () => {
      const now = readApplyDescription(document)?.value.text ?? '';
      return toggle.getAttribute('aria-expanded') === 'true' && now.length > apply.text.length ? now : null;
    },
    withTimeout(context.signal, 2000),
  );
  if (toggle.getAttribute('aria-expanded') === 'true') toggle.click();
  return expanded ? { ...jobIdOf(context), title: apply.title, text: expanded, source: 'expanded' } : null;
}

async function offerDisclosure(context: FeatureContext, job: JobReading): Promise<void> {
  const message = promptMessage(job.reading);
  if (!message) return;
  const jobId = context.page.jobId;
  if (!(await shouldPrompt(jobId))) return;
  const letter = await waitFor(() => findCoverLetter(document), context.signal);
  const area = letter?.value.closest('.cover-letter-area, .form-group') ?? letter?.value.parentElement;
  if (!area || context.signal.aborted) return;
  const prompt = mountInShadow(
    'disclosure-prompt',
    (host) => area.prepend(host),
    PROMPT_CSS,
    disclosurePrompt(
      message,
      job.reading.scopes.proposal ?? job.reading.stance,
      () => void openDisclosureFlow(),
      async () => {
        prompt.unmount();
        if (jobId) await dismissPrompt(jobId);
      },
    ),
    context.signal,
  );
}
