import { FIELD_KINDS, PAGE_KINDS } from '../sites/types.ts';
import { z } from '../zod.ts';

/**
 * Every message Candor sends, one union per direction (named by direction, as in Dark Reader), parsed on
 * both ends. zod/mini keeps the content script small and has no `new Function` JIT. These schemas ship in
 * the content script, so they use only zod's cheapest parts (no number or length checks: each kind of check
 * costs every Upwork page bytes); sizes and ranges are enforced where a message is acted on.
 */

const FieldKind = z.enum(FIELD_KINDS);

/** What a content script found on its page: the contract between the page and the popup. */
export const PageReport = z.object({
  url: z.string(),
  kind: z.enum(PAGE_KINDS),
  variant: z.string(),
  jobId: z.optional(z.string()),
  /** Fields found, each with the selector strategy that matched. */
  fields: z.array(z.object({ kind: FieldKind, strategy: z.string(), label: z.optional(z.string()) })),
  /** Fields this kind of page should have that no strategy found, with the strategies tried. */
  missing: z.array(z.object({ kind: FieldKind, tried: z.array(z.string()) })),
});
export type PageReport = z.infer<typeof PageReport>;

const Stance = z.enum(['prohibited', 'restricted', 'allowed', 'encouraged', 'none']);
const Part = z.enum(['proposal', 'work', 'communication']);

/** The policy engine's reading (src/policy/types.ts), as it crosses a message boundary. */
const PolicyReadingSchema = z.object({
  stance: Stance,
  scopes: z.object({
    proposal: z.optional(Stance),
    work: z.optional(Stance),
    communication: z.optional(Stance),
  }),
  disclosureRequired: z.boolean(),
  confidentiality: z.boolean(),
  detectors: z.boolean(),
  evidence: z.array(
    z.object({
      start: z.number(),
      end: z.number(),
      quote: z.string(),
      signal: z.enum(['stance', 'disclosure', 'confidentiality', 'detectors']),
      stance: z.optional(Stance),
      parts: z.array(Part),
      conditions: z.optional(z.array(z.enum(['disclosure', 'approval', 'limited', 'review']))),
    }),
  ),
  language: z.enum(['en', 'es', 'pt', 'fr', 'de', 'other']),
  confidence: z.number(),
});

/**
 * Where the job text came from: the job page itself, the cache of a job page seen before, the apply page's
 * description expanded by Candor, or only the apply page's truncated excerpt (a partial reading).
 */
export const JobTextSource = z.enum(['job-page', 'cache', 'expanded', 'excerpt']);
export type JobTextSource = z.infer<typeof JobTextSource>;

/** A job's text as a content script read it. */
export const JobText = z.object({
  jobId: z.optional(z.string()),
  title: z.string(),
  text: z.string(),
  source: JobTextSource,
});
export type JobText = z.infer<typeof JobText>;

/** The client's AI terms for the job on a tab. */
export const JobReading = z.object({
  jobId: z.optional(z.string()),
  title: z.string(),
  source: JobTextSource,
  reading: PolicyReadingSchema,
});
export type JobReading = z.infer<typeof JobReading>;

/** A field Candor can write a note into; screening answers by their order on the page. */
export const NoteTarget = z.discriminatedUnion('field', [
  z.object({ field: z.literal('cover-letter') }),
  z.object({ field: z.literal('screening-answer'), index: z.number() }),
  z.object({ field: z.literal('job-post-description') }),
  z.object({ field: z.literal('work-message') }),
  z.object({ field: z.literal('message') }),
]);
export type NoteTarget = z.infer<typeof NoteTarget>;

export const NoteAction = z.enum(['insert', 'remove', 'undo']);
export type NoteAction = z.infer<typeof NoteAction>;

const NoteLanguage = z.enum(['en', 'es']);

/** What writing a note did; the user's own text is never lost, so a refusal changes nothing. */
export const WriteOutcome = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    action: NoteAction,
    /** The field's length after the write, and its limit where the site has one (cover letter: 5,000). */
    length: z.number(),
    limit: z.nullable(z.number()),
  }),
  z.object({
    ok: z.literal(false),
    error: z.enum([
      'field-not-found',
      'too-long',
      'nothing-to-undo',
      'no-note',
      'invalid-note',
      'not-writable',
    ]),
    message: z.string(),
    /** For `too-long`: how many characters the note must lose to fit. */
    over: z.optional(z.number()),
  }),
]);
export type WriteOutcome = z.infer<typeof WriteOutcome>;

/** Content script → background. */
export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-report'), report: PageReport }),
  /** Read a job's AI terms (the engine runs in the background, keeping the content script small). */
  z.object({ type: z.literal('analyze-job'), job: JobText }),
  /** The cached text of a job page seen before, or null. */
  z.object({ type: z.literal('get-cached-job'), jobId: z.string() }),
  /** The in-page prompt's "Add a disclosure": open the popup's flow for this tab. */
  z.object({ type: z.literal('open-disclosure-flow') }),
  /** Whether to offer the in-page prompt for a job (the user's switch, and "not for this job"). */
  z.object({ type: z.literal('should-prompt'), jobId: z.optional(z.string()) }),
  z.object({ type: z.literal('dismiss-prompt'), jobId: z.string() }),
  /**
   * Whether the pre-submit guard is on, and whether the use declared for this job conflicts with the
   * client's terms read on this tab (the answer is a yes or no: the declaration itself stays in Candor).
   */
  z.object({ type: z.literal('submit-check'), jobId: z.optional(z.string()) }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** Popup or options page → background. */
export const PopupToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-tab-state'), tabId: z.number() }),
  /** Forwarded to the tab's content script as `write-note`. */
  z.object({
    type: z.literal('write-note'),
    tabId: z.number(),
    target: NoteTarget,
    action: NoteAction,
    text: z.optional(z.string()),
    /** The language of the note's delimiter lines (default English). */
    lang: z.optional(NoteLanguage),
  }),
]);
export type PopupToBackground = z.infer<typeof PopupToBackground>;

/** Background → content script. */
export const BackgroundToContent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('write-note'),
    target: NoteTarget,
    action: NoteAction,
    text: z.optional(z.string()),
    lang: z.optional(NoteLanguage),
  }),
]);
export type BackgroundToContent = z.infer<typeof BackgroundToContent>;
