/**
 * Size limits on what crosses a message boundary, shared by the sender (which trims or refuses) and the
 * background (which rejects anything larger).
 */

/** A job post is at most 50,000 characters on Upwork; four times that leaves room for markup and excerpts. */
export const MAX_JOB_TEXT = 200_000;

/** A note longer than the cover letter's limit twice over is no note. */
export const MAX_NOTE_TEXT = 10_000;
