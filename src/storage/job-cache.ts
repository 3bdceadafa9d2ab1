import { JobText } from '../messaging/schemas.ts';
import { z } from '../zod.ts';
import type { ItemDefinition } from './recover.ts';

/**
 * Job descriptions read on job pages, by job id, so the apply page (which shows only an excerpt) can be
 * judged on the full post. Only what the user opened is cached; Candor never fetches a page.
 */

/** Enough for a day of browsing; the oldest entries go first. */
const JOB_CACHE_LIMIT = 60;

const CachedJob = z.object({ job: JobText, savedAt: z.number() });
const JobCacheSchema = z.object({
  jobs: z.catch(z.array(z.catch(z.nullable(CachedJob), null)), []),
});
export type JobCache = { jobs: z.infer<typeof CachedJob>[] };

export const jobCacheItem: ItemDefinition<JobCache> = {
  key: 'job-cache',
  area: 'local',
  version: 1,
  // Entries that fail to parse are dropped one by one rather than losing the whole cache.
  schema: z.pipe(
    JobCacheSchema,
    z.transform((cache) => ({ jobs: cache.jobs.filter((entry) => entry !== null) })),
  ),
  defaults: () => ({ jobs: [] }),
};

/** Pure: the cache with `job` stored (replacing an older copy of the same job), capped. */
export function rememberJob(cache: JobCache, job: JobText, now: number): JobCache {
  if (!job.jobId) return cache;
  const others = cache.jobs.filter((entry) => entry.job.jobId !== job.jobId);
  return { jobs: [{ job, savedAt: now }, ...others].slice(0, JOB_CACHE_LIMIT) };
}

export const findCachedJob = (cache: JobCache, jobId: string): JobText | null =>
  cache.jobs.find((entry) => entry.job.jobId === jobId)?.job ?? null;
