/**
 * The client's job-post wizard, description step (upwork-dom.md §2). The element ids and data-cy hooks are the
 * ones a job-posting bot used on the live site; the layout around them is inferred (no real HTML was captured).
 */

import { html, raw } from '../html.ts';
import { JOB_POST_PATH } from '../jobs.ts';
import { page } from '../layout.ts';

export const JOB_POST_TITLE = 'Logo Design for a Neighbourhood Coffee Roastery';

export const JOB_POST_DESCRIPTION = `We're opening a small coffee roastery and café in Portland this spring and need a logo that works on coffee bags, cups, a shop sign and Instagram.

What we'd like:
- A wordmark plus a simple icon that also works on its own
- Three initial concepts, then two rounds of revisions on the one we pick
- Final files in SVG, PNG and PDF, in full colour and in one colour
- A one-page guide with our colours and fonts

We like warm, hand-made looks rather than anything corporate. We'll share a mood board and photos of the space once we start.`;

export const DESCRIPTION_LIMIT = 50000;

const JOB_POST_CSS = `
.jp-step { display: grid; grid-template-columns: 5fr 7fr; gap: 64px; margin-top: 48px; }
.jp-step .step-counter { font-size: 14px; color: var(--muted); margin-bottom: 12px; }
.jp-step h1 { margin-top: 0; font-size: 36px; }
.jp-step ul { padding-left: 20px; color: var(--muted); }
.jp-counter { font-size: 14px; color: var(--muted); text-align: right; margin-top: 6px; }
.jp-footer { position: sticky; bottom: 0; background: #fff; border-top: 1px solid var(--border); margin-top: 48px; }
.jp-progress { height: 4px; background: #e4ebe4; } .jp-progress > div { height: 100%; width: 80%; background: var(--text); }
.jp-footer-inner { max-width: 1280px; margin: 0 auto; padding: 16px 24px; display: flex; justify-content: space-between; }
.jp-review .text-pre-line { white-space: pre-line; }
`;

export function jobPostPage(clientScript: string): string {
  return page({
    title: 'Job post - Describe your job | Upwork',
    audience: 'client',
    comment: [
      `Page: the client's job-post editor, description step, ${JOB_POST_PATH}, with a logo-design post already drafted.`,
      'Follows upwork-dom.md section 2 (textarea#job-post-title, textarea#jp-description-1,',
      'button[data-cy="jp-cta-next"][data-ev-label="next_button"], button[data-cy="jp-cta-save"]) and section 0 (Vue sees',
      'input events). The step layout, the counter and the review panel are inferred: no real HTML of the wizard exists.',
      'Simulated: each field keeps a model updated only by "input" events, so a bare .value = is not seen; the counter',
      'shows the description model length. Next shows an in-page review built from the models; Post this job shows a',
      'confirmation (no request, no navigation).',
    ],
    css: JOB_POST_CSS,
    head: html`<script>${raw(clientScript)}</script>`,
    body: html`<main id="main" tabindex="-1">
<div class="container">
  <div class="jp-step" data-test="job-post-description-step">
    <div>
      <div class="step-counter">4/5 &nbsp; Job post</div>
      <h1>Start the conversation.</h1>
      <p>Talent are looking for:</p>
      <ul>
        <li>Clear expectations about your task or deliverables</li>
        <li>The skills required for your work</li>
        <li>Good communication</li>
        <li>Details about how you or your team like to work</li>
      </ul>
    </div>
    <div data-test="job-post-form">
      <div class="form-group">
        <label class="label" for="job-post-title">Write a title for your job post</label>
        <div class="air3-textarea textarea-wrapper p-0"><textarea id="job-post-title" rows="2" class="air3-textarea inner-textarea" maxlength="255">${JOB_POST_TITLE}</textarea></div>
      </div>
      <div class="form-group">
        <label class="label" for="jp-description-1">Describe what you need</label>
        <div class="air3-textarea textarea-wrapper p-0"><textarea id="jp-description-1" rows="14" class="air3-textarea inner-textarea" placeholder="Already have a description? Paste it here!">${JOB_POST_DESCRIPTION}</textarea></div>
        <div role="status" aria-live="polite" class="jp-counter" data-test="description-counter"></div>
      </div>
      <div class="form-group">
        <label class="label" for="jp-attachment">Need help? <span class="text-light-on-muted text-body-sm">Attach a file (max 100 MB)</span></label>
        <input id="jp-attachment" type="file">
      </div>
    </div>
    <div class="air3-card jp-review d-none" data-test="job-post-review" hidden>
      <section class="air3-card-section">
        <h2 class="h4">Review your job post</h2>
        <h3 class="mt-4" data-test="review-title"></h3>
        <p class="text-pre-line" data-test="review-description"></p>
        <div class="d-flex gap">
          <button type="button" class="air3-btn air3-btn-secondary m-0" data-test="review-edit">Edit</button>
          <button type="button" class="air3-btn air3-btn-primary m-0" data-cy="jp-cta-save" data-ev-label="save_button">Post this job</button>
        </div>
      </section>
    </div>
  </div>
</div>
<div class="jp-footer">
  <div class="jp-progress"><div></div></div>
  <div class="jp-footer-inner">
    <button type="button" class="air3-btn air3-btn-secondary m-0" data-cy="jp-cta-back" data-ev-label="back_button">Back</button>
    <button type="button" class="air3-btn air3-btn-primary m-0" data-cy="jp-cta-next" data-ev-label="next_button">Next: Review job post</button>
  </div>
</div>
</main>`,
  });
}
