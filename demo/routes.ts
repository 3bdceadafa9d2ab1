/**
 * Where each offline demo page is served: the launcher and the tests answer requests for these upwork.com URLs
 * with the file from demo/. Pure data and a pure lookup, no I/O.
 */

import {
  applyPagePath,
  demoContractId,
  demoFiles,
  demoJobs,
  demoRooms,
  FEED_PATH,
  JOB_POST_PATH,
  jobPagePath,
  roomPath,
  UPWORK_ORIGIN,
  workroomPath,
} from './src/jobs.ts';

export type DemoPageKind =
  | 'job-details'
  | 'job-feed'
  | 'proposal'
  | 'job-post'
  | 'messages'
  | 'work-submission';

export interface DemoRoute {
  /** The exact pathname (a trailing slash is optional either way), or a RegExp tested on the pathname. */
  path: string | RegExp;
  /** The page's file, relative to demo/. */
  file: string;
  title: string;
  kind: DemoPageKind;
  /** A full URL that opens this page, for the launcher's index and for tests (a RegExp route has many). */
  url: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const jobRoutes: DemoRoute[] = demoJobs.flatMap((job) => [
  {
    // Both `/jobs/~id` (the apply page's "View job posting") and `/jobs/<Slug>_~id/`.
    path: new RegExp(`^/jobs/(?:[^/]*_)?${escapeRegExp(job.id)}/?$`),
    file: demoFiles.jobPage(job),
    title: job.title,
    kind: 'job-details',
    url: `${UPWORK_ORIGIN}${jobPagePath(job)}`,
  },
  {
    path: applyPagePath(job),
    file: demoFiles.applyPage(job),
    title: `Submit a Proposal: ${job.title}`,
    kind: 'proposal',
    url: `${UPWORK_ORIGIN}${applyPagePath(job)}`,
  },
]);

export const demoRoutes: DemoRoute[] = [
  {
    // The feed and its job slider: a reload of /details/~id must land on the same app, which reopens the slider.
    path: /^\/nx\/find-work\/best-matches(?:\/details\/~0[12][0-9a-f]{16,20})?\/?$/,
    file: demoFiles.feed,
    title: 'Find Work: Best Matches',
    kind: 'job-feed',
    url: `${UPWORK_ORIGIN}${FEED_PATH}`,
  },
  ...jobRoutes,
  {
    path: JOB_POST_PATH,
    file: demoFiles.jobPost,
    title: 'Job post: describe your job (client)',
    kind: 'job-post',
    url: `${UPWORK_ORIGIN}${JOB_POST_PATH}`,
  },
  {
    // Every room id: the page shows the room the URL names (and the first one for an unknown id).
    path: /^\/ab\/messages\/rooms\/room_[0-9a-f]+\/?$/,
    file: demoFiles.messages,
    title: 'Messages',
    kind: 'messages',
    url: `${UPWORK_ORIGIN}${roomPath(demoRooms[0].id)}`,
  },
  {
    path: workroomPath(demoContractId),
    file: demoFiles.workSubmission,
    title: 'Contract milestones: submit work for payment',
    kind: 'work-submission',
    url: `${UPWORK_ORIGIN}${workroomPath(demoContractId)}`,
  },
];

export const demoStartUrl = `${UPWORK_ORIGIN}${FEED_PATH}`;

function withoutTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

/** The route for an `https://www.upwork.com/...` URL, by pathname (query and hash ignored), or null. */
export function resolveDemoRoute(url: string): DemoRoute | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== UPWORK_ORIGIN) return null;
  const path = parsed.pathname;
  return (
    demoRoutes.find((route) =>
      typeof route.path === 'string'
        ? withoutTrailingSlash(route.path) === withoutTrailingSlash(path)
        : route.path.test(path),
    ) ?? null
  );
}
