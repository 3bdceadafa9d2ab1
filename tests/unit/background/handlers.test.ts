import { describe, expect, test } from 'vitest';
import { type BackgroundDeps, handleMessage, RejectedMessage } from '../../../src/background/handlers.ts';
import type { PageReport } from '../../../src/messaging/schemas.ts';
import type { TabState } from '../../../src/storage/items.ts';

const EXTENSION_ID = 'candor-test-id';
const ORIGIN = 'chrome-extension://candor-test-id';
const APPLY = 'https://www.upwork.com/nx/proposals/job/~021998744339961847531/apply/';

function fakeDeps(tabUrls: Record<number, string> = {}) {
  const states = new Map<number, TabState>();
  const deps: BackgroundDeps = {
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    readTabState: async (tabId) => states.get(tabId) ?? { report: null, updatedAt: 0 },
    writeTabState: async (tabId, state) => {
      states.set(tabId, state);
    },
    tabUrl: async (tabId) => tabUrls[tabId],
    now: () => 1000,
  };
  return { deps, states };
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
      updatedAt: 1000,
    });
  });

  test('a report for a page the tab has left is not shown', async () => {
    const { deps } = fakeDeps({});
    await handleMessage({ type: 'page-report', report }, contentSender, deps);
    await expect(handleMessage({ type: 'get-tab-state', tabId: 7 }, popupSender, deps)).resolves.toEqual({
      report: null,
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
    const { deps, states } = fakeDeps();
    await expect(handleMessage(message, contentSender, deps)).rejects.toBeInstanceOf(RejectedMessage);
    expect(states.size).toBe(0);
  });

  test('a page report sent from an extension page is rejected: only content scripts report pages', async () => {
    const { deps, states } = fakeDeps();
    await expect(handleMessage({ type: 'page-report', report }, popupSender, deps)).rejects.toBeInstanceOf(
      RejectedMessage,
    );
    expect(states.size).toBe(0);
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
});
