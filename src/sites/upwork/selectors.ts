import type { SelectorStrategy } from '../selector.ts';

/**
 * Every Upwork selector Candor uses, as ordered alternatives. Evidence and dates: ../shared/upwork-dom.md.
 * Never select on `data-v-*` attributes: they are scoped-CSS hashes that change with every Upwork build.
 */

/** The proposal form's cover letter (apply page, invitation accept, proposal edit). */
export const coverLetter: readonly SelectorStrategy[] = [
  // air3 markup, Aug and Dec 2025 captures: the textarea has no id or name, only this label reference.
  { id: 'aria-labelledby', selector: 'textarea[aria-labelledby="cover_letter_label"]' },
  // Same markup if the label id changes: the area wrapping the cover letter keeps its class.
  { id: 'cover-letter-area', selector: '.cover-letter-area textarea' },
  // Pre-2024 "up-" design system.
  { id: 'legacy-up-textarea', selector: '.fe-job-apply textarea.up-textarea, form textarea.up-textarea' },
];

/** One block per screening question; the label and textarea are read inside each block. */
export const screeningQuestion: readonly SelectorStrategy[] = [
  { id: 'questions-area', selector: '.fe-proposal-job-questions .form-group' },
  { id: 'legacy-up-form-group', selector: '.fe-proposal-job-questions .up-form-group' },
];
export const screeningQuestionLabel = 'label.label, label.up-label, label';
export const screeningQuestionField = 'textarea';

/** The job description's container on the job page and in the feed's slider. */
export const jobDescription: readonly SelectorStrategy[] = [
  // Stable since 2024 through at least 2026-06 (dmitrii-fediuk/vm userscript log).
  {
    id: 'data-test-description',
    selector: '.job-details-content [data-test="Description"], [data-test="Description"]',
  },
  // Guess for a renamed test hook: a description block inside the job card.
  { id: 'job-details-description-class', selector: '.job-details-content [class*="description" i]' },
];
/** The paragraphs of the description, inside its container (the heading "Summary" is not one of them). */
export const jobDescriptionParagraphs = 'p';

/** The job title on the job page and slider. */
export const jobTitle: readonly SelectorStrategy[] = [
  { id: 'h4-flex-1', selector: '.job-details-content h4 span.flex-1' },
  { id: 'h4', selector: '.job-details-content h4' },
];

/** The truncated description the apply page shows. */
export const applyDescription: readonly SelectorStrategy[] = [
  { id: 'fe-job-details-description', selector: '.fe-job-details .description' },
  // The same block if the card's class changes: a description that Upwork truncates.
  {
    id: 'truncated-description',
    selector: '.fe-job-apply .description:has(.air3-truncation), .description:has(.air3-truncation-btn)',
  },
];
/** The "more/less" button of that truncation; `aria-expanded` says which state it is in. */
export const applyDescriptionToggle: readonly SelectorStrategy[] = [
  { id: 'air3-truncation-btn', selector: '.air3-truncation-btn' },
];
export const applyJobTitle: readonly SelectorStrategy[] = [
  { id: 'fe-job-details-h3', selector: '.fe-job-details h3' },
];

/** The proposal's send button: "Send for N Connects" or "Submit proposal". */
export const submitProposalButton: readonly SelectorStrategy[] = [
  { id: 'footer-primary', selector: '.fe-apply-footer-controls button.air3-btn-primary' },
  { id: 'footer-primary-any', selector: 'footer button.air3-btn-primary' },
];

/** The client's job-post description (job-post wizard; one puppeteer bot's selectors, low confidence). */
export const jobPostDescription: readonly SelectorStrategy[] = [
  { id: 'jp-description-1', selector: 'textarea#jp-description-1' },
  { id: 'jp-description-prefix', selector: 'textarea[id^="jp-description"]' },
  {
    id: 'main-description-textarea',
    selector: 'main textarea[aria-label*="description" i], main textarea[id*="description" i]',
  },
];

/** The message composer: a TipTap/ProseMirror contenteditable (verified against the live DOM in Feb 2026). */
export const messageComposer: readonly SelectorStrategy[] = [
  { id: 'tiptap', selector: '.composer .tiptap.ProseMirror, .up-d-composer .tiptap.ProseMirror' },
  { id: 'composer-contenteditable', selector: '.up-d-composer [contenteditable="true"]' },
  { id: 'textbox-contenteditable', selector: '[role="textbox"][contenteditable="true"]' },
];

/**
 * The "Submit work for payment" dialog's message. No real HTML has been seen: inferred from Upwork's help
 * pages, the dialog is found by its heading text (see `findWorkSubmissionMessage`).
 */
export const workSubmissionDialog: readonly SelectorStrategy[] = [
  { id: 'dialog', selector: '[role="dialog"]' },
  { id: 'air3-modal', selector: '.air3-modal' },
];
export const WORK_SUBMISSION_HEADING = /submit work/i;
