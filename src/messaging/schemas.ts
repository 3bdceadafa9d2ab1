import { FIELD_KINDS, PAGE_KINDS } from '../sites/types.ts';
import { z } from '../zod.ts';

/**
 * Every message Candor sends, one union per direction (named by direction, as in Dark Reader), parsed on
 * both ends. zod/mini keeps the content script small and has no `new Function` JIT.
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

/** Content script → background. */
export const ContentToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-report'), report: PageReport }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** Popup or options page → background. */
export const PopupToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-tab-state'), tabId: z.int() }),
]);
export type PopupToBackground = z.infer<typeof PopupToBackground>;

export const Ack = z.object({ ok: z.literal(true) });
export type Ack = z.infer<typeof Ack>;
