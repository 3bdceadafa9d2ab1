import type { PageMatch } from '../types.ts';

/**
 * Upwork page kinds by URL alone (pure, no DOM). Upwork is a set of single-page apps, so the content script
 * calls this again on every in-page navigation. Patterns from ../shared/upwork-dom.md; each one is tested
 * with real URLs in tests/unit/sites/upwork-detect.test.ts.
 */

export const UPWORK_ORIGIN = 'https://www.upwork.com';

/** Current ids are `~02` + 19 digits; older ones `~01` + hex. */
const JOB_ID = '~0[12][0-9a-f]{16,20}';
const jobIdIn = (path: string): string | undefined => new RegExp(JOB_ID, 'i').exec(path)?.[0].toLowerCase();

interface UpworkPattern {
  variant: string;
  kind: PageMatch['kind'];
  path: RegExp;
}

/** Ordered: the first match wins, so the narrower pattern of two overlapping ones comes first. */
const PATTERNS: readonly UpworkPattern[] = [
  // The proposal form: /nx/proposals/job/~ID/apply/ and the legacy /ab/ app.
  { variant: 'apply', kind: 'proposal', path: /^\/(?:nx|ab)\/proposals\/job\/~[0-9a-z]+\/apply\/?$/i },
  // Accepting an invitation asks for a cover letter too.
  {
    variant: 'invitation-accept',
    kind: 'proposal',
    path: /^\/nx\/proposals\/interview\/[0-9a-z_~-]+\/accept\/?$/i,
  },
  // Editing a submitted proposal (within about six hours of sending it).
  { variant: 'proposal-edit', kind: 'proposal', path: /^\/nx\/proposals\/[0-9a-z_~-]+\/edit\/?$/i },
  { variant: 'job-page', kind: 'job-details', path: /^\/jobs\/(?:[^/]*_)?~[0-9a-z]+\/?$/i },
  { variant: 'job-public', kind: 'job-details', path: /^\/freelance-jobs\/apply\/[^/]*~[0-9a-z]+\/?$/i },
  // The job opened in a slider over the feed or the search results (client-side navigation).
  { variant: 'job-slider', kind: 'job-details', path: /^\/nx\/find-work\/[^/]+\/details\/~[0-9a-z]+\/?$/i },
  { variant: 'job-slider', kind: 'job-details', path: /^\/nx\/search\/jobs\/details\/~[0-9a-z]+\/?$/i },
  { variant: 'job-post-editor', kind: 'job-post', path: /^\/nx\/job-post(?:\/.*)?$/i },
  // The room embedded in a workroom is the messages page, so it comes before the workroom itself.
  { variant: 'workroom-messages', kind: 'messages', path: /^\/nx\/wm\/workroom\/[0-9a-z_-]+\/messages\/?$/i },
  { variant: 'room', kind: 'messages', path: /^\/ab\/messages\/rooms\/room_[0-9a-f]+\/?$/i },
  { variant: 'room', kind: 'messages', path: /^\/nx\/messages\/[a-z0-9_-]+\/?$/i },
  // Contracts and workrooms hold the "Submit work for payment" form.
  {
    variant: 'workroom',
    kind: 'work-submission',
    path: /^\/nx\/wm\/workroom\/[0-9a-z_-]+(?:\/[a-z_-]+)?\/?$/i,
  },
  { variant: 'contract', kind: 'work-submission', path: /^\/nx\/wm\/contracts\/[0-9a-z_-]+\/?$/i },
  { variant: 'legacy-contract', kind: 'work-submission', path: /^\/ab\/contracts\/[0-9a-z_-]+\/?$/i },
];

/** The page kind of a URL; `none` for other Upwork pages and for anything that is not Upwork. */
export function detectUpworkPage(url: string): PageMatch {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'none', variant: 'invalid-url' };
  }
  if (parsed.origin !== UPWORK_ORIGIN) return { kind: 'none', variant: 'other-site' };
  for (const pattern of PATTERNS) {
    if (!pattern.path.test(parsed.pathname)) continue;
    const jobId =
      pattern.kind === 'proposal' || pattern.kind === 'job-details' ? jobIdIn(parsed.pathname) : undefined;
    return jobId
      ? { kind: pattern.kind, variant: pattern.variant, jobId }
      : { kind: pattern.kind, variant: pattern.variant };
  }
  return { kind: 'none', variant: 'other-page' };
}
