import { MAX_JOB_TEXT } from '../../src/messaging/limits.ts';
import { type ContentToBackground, JobReading, JobText } from '../../src/messaging/schemas.ts';
import { webext as browser } from '../../src/webext.ts';
import { z } from '../../src/zod.ts';
import { extensionAlive } from './lifecycle.ts';

/** The content script's typed calls to the background; every answer is parsed before it is used. */

async function ask(message: ContentToBackground): Promise<unknown> {
  if (!extensionAlive()) throw new Error('Candor was updated or removed; reload the page.');
  return browser.runtime.sendMessage(message);
}

export const sendPageReport = (report: Extract<ContentToBackground, { type: 'page-report' }>['report']) =>
  ask({ type: 'page-report', report });

/** A post longer than any real one (a hostile page) is judged on its first MAX_JOB_TEXT characters. */
export const analyzeJob = async (job: JobText): Promise<JobReading> =>
  JobReading.parse(
    await ask({ type: 'analyze-job', job: { ...job, text: job.text.slice(0, MAX_JOB_TEXT) } }),
  );

export const getCachedJob = async (jobId: string): Promise<JobText | null> =>
  z.nullable(JobText).parse(await ask({ type: 'get-cached-job', jobId }));

/** Asks the background to open the popup's disclosure flow for this tab. */
export const openDisclosureFlow = () => ask({ type: 'open-disclosure-flow' });

export const shouldPrompt = async (jobId: string | undefined): Promise<boolean> =>
  (await ask(jobId ? { type: 'should-prompt', jobId } : { type: 'should-prompt' })) === true;

export const dismissPrompt = (jobId: string) => ask({ type: 'dismiss-prompt', jobId });

export const submitCheck = async (
  jobId: string | undefined,
): Promise<{ armed: boolean; conflict: boolean }> => {
  const answer = (await ask(jobId ? { type: 'submit-check', jobId } : { type: 'submit-check' })) as {
    armed?: unknown;
    conflict?: unknown;
  } | null;
  return { armed: answer?.armed === true, conflict: answer?.conflict === true };
};
