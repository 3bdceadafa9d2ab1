import { describe, expect, test } from 'vitest';
import { type BackgroundDeps, handleMessage, RejectedMessage } from '../../../src/background/handlers.ts';
import type { JobReading, PageReport } from '../../../src/messaging/schemas.ts';
import type { Declaration } from '../../../src/policy/types.ts';
import type { Dismissals } from '../../../src/storage/dismissals.ts';
import type { JobCache } from '../../../src/storage/job-cache.ts';

const EXTENSION_ID = 'candor-test-id';
const ORIGIN = 'chrome-extension://candor-test-id';
const APPLY = 'https://www.upwork.com/nx/proposals/job/~021998744339961847531/apply/';

function fakeDeps(
  tabUrls: Record<number, string> = {},
  tabAnswer: unknown = { ok: true, action: 'insert', length: 10, limit: 5000 },
) {
  const reports = new Map<number, { report: PageReport | null; updatedAt: number }>();
  const jobs = new Map<number, { url: string; job: JobReading | null }>();
  let cache: JobCache = { jobs: [] };
  let dismissals: Dismissals = { jobIds: [] };
  let promptsOn = true;
  const declarations: Record<string, Declaration> = {};
  const badges: [number, string | null, boolean][] = [];
  const sent: [number, unknown][] = [];
  const deps: BackgroundDeps = {
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    readTabReport: async (tabId) => reports.get(tabId) ?? { report: null, updatedAt: 0 },
    writeTabReport: async (tabId, state) => {
      reports.set(tabId, state);
    },
    readTabJob: async (tabId) => jobs.get(tabId) ?? { url: '', job: null },
    writeTabJob: async (tabId, state) => {
      jobs.set(tabId, state);
    },
    tabUrl: async (tabId) => tabUrls[tabId],
    promptsEnabled: async () => promptsOn,
    guardEnabled: async () => promptsOn,
    declarationFor: async (jobId) => declarations[jobId] ?? null,
    readDismissals: async () => dismissals,
    writeDismissals: async (next) => {
      dismissals = next;
    },
    readJobCache: async () => cache,
    writeJobCache: async (next) => {
      cache = next;
    },
    showStance: async (tabId, reading, partial) => {
      badges.push([tabId, reading?.stance ?? null, partial]);
    },
    openPopupFor: async (tabId) => {
      sent.push([tabId, 'open-popup']);
    },
    sendToTab: async (tabId, message) => {
      sent.push([tabId, message]);
      return tabAnswer;
    },
    now: () => 1000,
  };
  // Everything stored for a tab, as the popup would be told it.
  const stored = (tabId: number) => ({ report: reports.get(tabId)?.report, job: jobs.get(tabId)?.job });
  const setPrompts = (on: boolean) => {
    promptsOn = on;
  };
  return { deps, reports, jobs, stored, badges, sent, setPrompts, declarations, cache: () => cache };
}

const report: PageReport = {
  url: APPLY,
  kind: 'proposal',
  variant: 'apply',
  jobId: '~021998744339961847531',
  fields: [{ kind: 'cover-letter', strategy: 'aria-labelledby' }],
  missing: [],
};
const contentSender = { id: EXTENSION_ID, url: APPLY, tab: { id: 7 } };
const popupSender = { id: EXTENSION_ID, url: `${ORIGIN}/popup/index.html` };

describe('background message handling', () => {
  test('a page report from a content script is stored for its tab, and the popup reads it back', async () => {
    const { deps } = fakeDeps({ 7: APPLY });
    await expect(handleMessage({ type: 'page-report', report }, contentSender, deps)).resolves.toEqual({
      ok: true,
    });
    await expect(handleMessage({ type: 'get-tab-state', tabId: 7 }, popupSender, deps)).resolves.toEqual({
      report,
      job: null,
      updatedAt: 1000,
    });
  });

  test('a report for a page the tab has left is not shown', async () => {
    const { deps } = fakeDeps({});
    await handleMessage({ type: 'page-report', report }, contentSender, deps);
    await expect(handleMessage({ type: 'get-tab-state', tabId: 7 }, popupSender, deps)).resolves.toEqual({
      report: null,
      job: null,
      updatedAt: 1000,
    });
  });

  test.each([
    ['no type', {}],
    ['unknown type', { type: 'delete-everything' }],
    ['popup message from a page', { type: 'get-tab-state', tabId: 1 }],
    ['report with a bad kind', { type: 'page-report', report: { ...report, kind: 'admin' } }],
    ['not an object', 'page-report'],
  ])('a malformed content message (%s) is rejected and stores nothing', async (_name, message) => {
    const { deps, reports, jobs } = fakeDeps();
    await expect(handleMessage(message, contentSender, deps)).rejects.toBeInstanceOf(RejectedMessage);
    expect(reports.size + jobs.size).toBe(0);
  });

  test('a page report sent from an extension page is rejected: only content scripts report pages', async () => {
    const { deps, reports } = fakeDeps();
    await expect(handleMessage({ type: 'page-report', report }, popupSender, deps)).rejects.toBeInstanceOf(
      RejectedMessage,
    );
    expect(reports.size).toBe(0);
  });

  test.each([
    ['another extension', { id: 'someone-else', url: APPLY, tab: { id: 7 } }],
    ['a content script on another site', { id: EXTENSION_ID, url: 'https://evil.example/', tab: { id: 7 } }],
    ['a page of another origin', { id: EXTENSION_ID, url: 'chrome-extension://other/popup.html' }],
    ['no sender details', {}],
  ])('messages from %s are ignored (not handled at all)', (_name, sender) => {
    const { deps } = fakeDeps();
    expect(handleMessage({ type: 'page-report', report }, sender, deps)).toBeUndefined();
    expect(handleMessage({ type: 'get-tab-state', tabId: 7 }, sender, deps)).toBeUndefined();
  });

  const jobText = 'Write two blog posts a month. Do not use ChatGPT or any AI tool to write your proposal.';
  const job = {
    jobId: '~021998744339961847531',
    title: 'Blog writer',
    text: jobText,
    source: 'job-page' as const,
  };

  test('a job read on its job page is analysed, cached by id, kept for the tab and shown on the badge', async () => {
    const { deps, stored, badges, cache } = fakeDeps({ 7: APPLY });
    await handleMessage({ type: 'page-report', report }, contentSender, deps);
    const reading = (await handleMessage({ type: 'analyze-job', job }, contentSender, deps)) as {
      reading: { stance: string };
    };
    expect(reading.reading.stance).toBe('prohibited');
    expect(stored(7).job?.reading.stance).toBe('prohibited');
    expect(stored(7).report).toEqual(report);
    expect(cache().jobs.map((entry) => entry.job)).toEqual([job]);
    expect(badges.at(-1)).toEqual([7, 'prohibited', false]);
    await expect(
      handleMessage({ type: 'get-cached-job', jobId: job.jobId }, contentSender, deps),
    ).resolves.toEqual(job);
    await expect(
      handleMessage({ type: 'get-cached-job', jobId: '~020000000000000000000' }, contentSender, deps),
    ).resolves.toBeNull();
  });

  test('an excerpt is analysed but not cached, and the badge says the reading is partial', async () => {
    const { deps, badges, cache } = fakeDeps({ 7: APPLY });
    await handleMessage({ type: 'analyze-job', job: { ...job, source: 'excerpt' } }, contentSender, deps);
    expect(cache().jobs).toEqual([]);
    expect(badges.at(-1)).toEqual([7, 'prohibited', true]);
  });

  test("a new page hides the previous page's job reading and clears the badge", async () => {
    const other = 'https://www.upwork.com/nx/find-work/best-matches';
    const { deps, badges } = fakeDeps({ 7: other });
    await handleMessage({ type: 'page-report', report }, contentSender, deps);
    await handleMessage({ type: 'analyze-job', job }, contentSender, deps);
    await handleMessage(
      { type: 'page-report', report: { ...report, url: other, kind: 'none' } },
      contentSender,
      deps,
    );
    await expect(
      handleMessage({ type: 'get-tab-state', tabId: 7 }, popupSender, deps),
    ).resolves.toMatchObject({
      report: { url: other },
      job: null,
    });
    expect(badges.at(-1)).toEqual([7, null, false]);
  });

  test('a report and a reading handled at the same time both survive', async () => {
    const { deps } = fakeDeps({ 7: APPLY });
    await Promise.all([
      handleMessage({ type: 'page-report', report }, contentSender, deps),
      handleMessage({ type: 'analyze-job', job }, contentSender, deps),
      handleMessage({ type: 'page-report', report }, contentSender, deps),
    ]);
    const state = (await handleMessage({ type: 'get-tab-state', tabId: 7 }, popupSender, deps)) as {
      report: PageReport;
      job: JobReading;
    };
    expect(state.report).toEqual(report);
    expect(state.job.reading.stance).toBe('prohibited');
  });

  test('write-note from the popup is forwarded to the tab and its outcome parsed', async () => {
    const { deps, sent } = fakeDeps();
    const message = {
      type: 'write-note',
      tabId: 7,
      target: { field: 'cover-letter' },
      action: 'insert',
      text: 'Note',
    };
    await expect(handleMessage(message, popupSender, deps)).resolves.toEqual({
      ok: true,
      action: 'insert',
      length: 10,
      limit: 5000,
    });
    expect(sent).toEqual([
      [7, { type: 'write-note', target: { field: 'cover-letter' }, action: 'insert', text: 'Note' }],
    ]);
  });

  test('an unexpected answer from the page is an error, not a success', async () => {
    const { deps } = fakeDeps({}, null);
    const message = { type: 'write-note', tabId: 7, target: { field: 'cover-letter' }, action: 'remove' };
    await expect(handleMessage(message, popupSender, deps)).rejects.toThrow(/did not answer/);
  });

  test('a content script cannot ask for a note to be written', async () => {
    const { deps, sent } = fakeDeps();
    const message = {
      type: 'write-note',
      tabId: 7,
      target: { field: 'cover-letter' },
      action: 'insert',
      text: 'x',
    };
    await expect(handleMessage(message, contentSender, deps)).rejects.toBeInstanceOf(RejectedMessage);
    expect(sent).toEqual([]);
  });

  test('oversized job text and notes are rejected before anything runs', async () => {
    const { deps, reports, jobs, sent } = fakeDeps({ 7: APPLY });
    const huge = { ...job, text: 'x'.repeat(200_001) };
    await expect(
      handleMessage({ type: 'analyze-job', job: huge }, contentSender, deps),
    ).rejects.toBeInstanceOf(RejectedMessage);
    const note = {
      type: 'write-note',
      tabId: 7,
      target: { field: 'cover-letter' },
      action: 'insert',
      text: 'y'.repeat(10_001),
    };
    await expect(handleMessage(note, popupSender, deps)).rejects.toBeInstanceOf(RejectedMessage);
    expect(reports.size + jobs.size).toBe(0);
    expect(sent).toEqual([]);
  });

  test('the in-page prompt is offered unless switched off or dismissed for the job', async () => {
    const { deps, setPrompts } = fakeDeps();
    const ask = (jobId?: string) =>
      handleMessage(
        jobId ? { type: 'should-prompt', jobId } : { type: 'should-prompt' },
        contentSender,
        deps,
      );
    await expect(ask(job.jobId)).resolves.toBe(true);
    await handleMessage({ type: 'dismiss-prompt', jobId: job.jobId }, contentSender, deps);
    await expect(ask(job.jobId)).resolves.toBe(false);
    await expect(ask('~020000000000000000001')).resolves.toBe(true);
    await expect(ask()).resolves.toBe(true);
    setPrompts(false);
    await expect(ask('~020000000000000000001')).resolves.toBe(false);
  });

  test('the submit guard is armed where proposals are restricted, and knows when the declaration conflicts', async () => {
    const { deps, declarations, setPrompts } = fakeDeps({ 7: APPLY });
    const check = () => handleMessage({ type: 'submit-check', jobId: job.jobId }, contentSender, deps);
    await expect(check()).resolves.toEqual({ armed: false, conflict: false });
    await handleMessage({ type: 'analyze-job', job }, contentSender, deps);
    await expect(check()).resolves.toEqual({ armed: true, conflict: false });
    declarations[job.jobId] = {
      level: 'generated',
      tools: ['ChatGPT'],
      parts: ['proposal'],
      clientMaterialShared: false,
    };
    await expect(check()).resolves.toEqual({ armed: true, conflict: true });
    declarations[job.jobId] = { level: 'none', tools: [], parts: [], clientMaterialShared: false };
    await expect(check()).resolves.toEqual({ armed: true, conflict: false });
    setPrompts(false);
    await expect(check()).resolves.toEqual({ armed: false, conflict: false });
  });

  test('the submit guard stays off where the client allows AI', async () => {
    const { deps, declarations } = fakeDeps({ 7: APPLY });
    const allowing = { ...job, text: 'Feel free to use AI tools like ChatGPT for this job.' };
    await handleMessage({ type: 'analyze-job', job: allowing }, contentSender, deps);
    declarations[job.jobId] = {
      level: 'generated',
      tools: ['ChatGPT'],
      parts: ['proposal'],
      clientMaterialShared: false,
    };
    await expect(
      handleMessage({ type: 'submit-check', jobId: job.jobId }, contentSender, deps),
    ).resolves.toEqual({
      armed: false,
      conflict: false,
    });
  });
});
