import { MAX_JOB_TEXT, MAX_NOTE_TEXT } from '../messaging/limits.ts';
import {
  type BackgroundToContent,
  ContentToBackground,
  type JobReading,
  type JobText,
  type PageReport,
  PopupToBackground,
  WriteOutcome,
} from '../messaging/schemas.ts';
import { isContentSender, isExtensionPageSender, type SenderLike } from '../messaging/sender.ts';
import { analyze } from '../policy/index.ts';
import type { Declaration, PolicyReading } from '../policy/types.ts';
import { evaluate } from '../rules/index.ts';
import { type Dismissals, dismiss } from '../storage/dismissals.ts';
import { findCachedJob, type JobCache, rememberJob } from '../storage/job-cache.ts';

/**
 * The background's message handling, with its browser dependencies passed in so it can be tested without
 * one. Holds no state: everything lives in storage, because the service worker can be killed at any moment.
 */

export interface BackgroundDeps {
  extensionId: string;
  extensionOrigin: string;
  readTabReport(tabId: number): Promise<{ report: PageReport | null; updatedAt: number }>;
  writeTabReport(tabId: number, state: { report: PageReport; updatedAt: number }): Promise<void>;
  readTabJob(tabId: number): Promise<{ url: string; job: JobReading | null }>;
  writeTabJob(tabId: number, state: { url: string; job: JobReading }): Promise<void>;
  /** The tab's URL where the extension may see it (a marketplace page), else undefined. */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** The user's switch for the in-page prompt. */
  promptsEnabled(): Promise<boolean>;
  /** The user's switch for the pre-submit guard. */
  guardEnabled(): Promise<boolean>;
  /** The AI use the freelancer declared for a job in the popup, if any. */
  declarationFor(jobId: string): Promise<Declaration | null>;
  readDismissals(): Promise<Dismissals>;
  writeDismissals(dismissals: Dismissals): Promise<void>;
  readJobCache(): Promise<JobCache>;
  writeJobCache(cache: JobCache): Promise<void>;
  /** Shows the stance on the toolbar icon for the tab (or clears it), as the settings allow. */
  showStance(tabId: number, reading: PolicyReading | null, partial: boolean): Promise<void>;
  sendToTab(tabId: number, message: BackgroundToContent): Promise<unknown>;
  /** Opens the popup for the tab (or, where the browser will not, the popup page in a small window). */
  openPopupFor(tabId: number): Promise<void>;
  now(): number;
}

/** Thrown back to the sender of a message we refuse; nothing has been changed when it is thrown. */
export class RejectedMessage extends Error {
  override name = 'RejectedMessage';
}

/**
 * Returns a Promise for the messages Candor handles and `undefined` for anything else, as
 * webextension-polyfill expects, so that other listeners (none today) could still answer.
 */
export function handleMessage(
  message: unknown,
  sender: SenderLike,
  deps: BackgroundDeps,
): Promise<unknown> | undefined {
  if (isContentSender(sender, deps.extensionId)) {
    const parsed = accept(ContentToBackground, message);
    if (typeof parsed === 'string') return reject('a content script', parsed);
    return fromContent(parsed, sender.tab.id, sender.url ?? '', deps);
  }
  if (isExtensionPageSender(sender, deps.extensionId, deps.extensionOrigin)) {
    const parsed = accept(PopupToBackground, message);
    if (typeof parsed === 'string') return reject('an extension page', parsed);
    return fromPopup(parsed, deps);
  }
  return undefined;
}

/** The message as its schema reads it, or why it is refused. */
function accept<M extends ContentToBackground | PopupToBackground>(
  schema: { safeParse(value: unknown): { success: true; data: M } | { success: false } },
  message: unknown,
): M | string {
  const parsed = schema.safeParse(message);
  if (!parsed.success) return 'malformed';
  return oversized(parsed.data) ?? parsed.data;
}

const reject = (from: string, why: string) =>
  Promise.reject(new RejectedMessage(`Malformed message from ${from}: ${why}.`));

/** Sizes are checked here rather than in the schemas, which ship in the content script (see schemas.ts). */
function oversized(message: ContentToBackground | PopupToBackground): string | null {
  if (message.type === 'analyze-job' && message.job.text.length > MAX_JOB_TEXT) return 'job text too long';
  if (message.type === 'write-note' && (message.text?.length ?? 0) > MAX_NOTE_TEXT) return 'note too long';
  return null;
}

async function fromContent(
  message: ContentToBackground,
  tabId: number,
  pageUrl: string,
  deps: BackgroundDeps,
): Promise<unknown> {
  switch (message.type) {
    case 'page-report': {
      await deps.writeTabReport(tabId, { report: message.report, updatedAt: deps.now() });
      const { url } = await deps.readTabJob(tabId);
      // A page with no reading (yet) has no stance to show.
      if (url !== message.report.url) await deps.showStance(tabId, null, false);
      return { ok: true };
    }
    case 'analyze-job':
      return analyzeJob(message.job, tabId, pageUrl, deps);
    case 'get-cached-job':
      return findCachedJob(await deps.readJobCache(), message.jobId);
    case 'should-prompt': {
      const [enabled, dismissals] = await Promise.all([deps.promptsEnabled(), deps.readDismissals()]);
      return enabled && !(message.jobId && dismissals.jobIds.includes(message.jobId));
    }
    case 'dismiss-prompt':
      await deps.writeDismissals(dismiss(await deps.readDismissals(), message.jobId));
      return { ok: true };
    case 'submit-check':
      return submitCheck(message.jobId, tabId, pageUrl, deps);
    case 'open-disclosure-flow':
      await deps.openPopupFor(tabId);
      return { ok: true };
  }
}

async function analyzeJob(
  job: JobText,
  tabId: number,
  pageUrl: string,
  deps: BackgroundDeps,
): Promise<JobReading> {
  const reading = analyze(job.text);
  const result: JobReading = { title: job.title, source: job.source, reading };
  if (job.jobId) result.jobId = job.jobId;
  if (job.source === 'job-page' && job.jobId) {
    await deps.writeJobCache(rememberJob(await deps.readJobCache(), job, deps.now()));
  }
  await deps.writeTabJob(tabId, { url: pageUrl, job: result });
  await deps.showStance(tabId, reading, job.source === 'excerpt');
  return result;
}

/**
 * The guard is armed where the client prohibits or restricts AI in proposals; it then also says whether the
 * declared use conflicts (misrepresentation under ToU §3.2), so the page can warn even with a note present.
 */
async function submitCheck(
  jobId: string | undefined,
  tabId: number,
  pageUrl: string,
  deps: BackgroundDeps,
): Promise<{ armed: boolean; conflict: boolean }> {
  const [enabled, tabJob] = await Promise.all([deps.guardEnabled(), deps.readTabJob(tabId)]);
  const reading = tabJob.url === pageUrl ? tabJob.job?.reading : undefined;
  const proposal = reading ? (reading.scopes.proposal ?? reading.stance) : 'none';
  const armed = enabled && (proposal === 'prohibited' || proposal === 'restricted');
  const declaration = armed && jobId ? await deps.declarationFor(jobId) : null;
  const conflict = Boolean(reading && declaration && evaluate(reading, declaration).level === 'conflict');
  return { armed, conflict };
}

async function fromPopup(message: PopupToBackground, deps: BackgroundDeps): Promise<unknown> {
  switch (message.type) {
    case 'get-tab-state': {
      const [{ report, updatedAt }, tabJob, url] = await Promise.all([
        deps.readTabReport(message.tabId),
        deps.readTabJob(message.tabId),
        deps.tabUrl(message.tabId),
      ]);
      // What was learnt about a page is shown only while the tab is still on it.
      const current = report !== null && report.url === url;
      return {
        report: current ? report : null,
        job: current && tabJob.url === url ? tabJob.job : null,
        updatedAt,
      };
    }
    case 'write-note': {
      const { tabId, type, ...write } = message;
      const outcome = WriteOutcome.safeParse(await deps.sendToTab(tabId, { type, ...write }));
      if (!outcome.success) throw new Error('The page did not answer as expected. Reload it and try again.');
      return outcome.data;
    }
  }
}
