/**
 * What any marketplace adapter reports about a page. Site-specific knowledge (URLs, selectors) lives in
 * `src/sites/<site>/`; everything else in Candor speaks only these names.
 */

/** The kinds of page Candor works on; also the value of `<html data-candor-page>`. */
export const PAGE_KINDS = [
  'job-details',
  'proposal',
  'job-post',
  'work-submission',
  'messages',
  'none',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The fields Candor finds; also the value of `data-candor-field` on each. */
export const FIELD_KINDS = [
  'cover-letter',
  'screening-answer',
  'job-description',
  'job-post-description',
  'work-message',
  'message',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** A page as told by its URL alone. */
export interface PageMatch {
  kind: PageKind;
  /** Which of the site's URL patterns matched, e.g. `apply`, `proposal-edit`, `job-slider`. */
  variant: string;
  /** The marketplace's job id where the URL carries one (Upwork: `~02…`). */
  jobId?: string;
}
