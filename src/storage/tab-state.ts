import { JobReading, PageReport } from '../messaging/schemas.ts';
import { z } from '../zod.ts';
import type { ItemDefinition } from './recover.ts';

/**
 * What Candor knows about one open tab, in session storage (it outlives the service worker, not the
 * browser). The page report and the job reading are two items, each written whole by one message, so that
 * two messages handled at once can never overwrite each other's half. Each carries the URL of the page it
 * belongs to, and is shown only while the tab is still on that page.
 */

export const tabReportItem = (
  tabId: number,
): ItemDefinition<{ report: PageReport | null; updatedAt: number }> => ({
  key: `tab:${tabId}:report`,
  area: 'session',
  version: 1,
  schema: z.object({ report: z.catch(z.nullable(PageReport), null), updatedAt: z.catch(z.number(), 0) }),
  defaults: () => ({ report: null, updatedAt: 0 }),
});

export const tabJobItem = (tabId: number): ItemDefinition<{ url: string; job: JobReading | null }> => ({
  key: `tab:${tabId}:job`,
  area: 'session',
  version: 1,
  schema: z.object({ url: z.catch(z.string(), ''), job: z.catch(z.nullable(JobReading), null) }),
  defaults: () => ({ url: '', job: null }),
});

export const tabKeys = (tabId: number): string[] => [tabReportItem(tabId).key, tabJobItem(tabId).key];
