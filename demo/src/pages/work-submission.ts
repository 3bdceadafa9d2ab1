/**
 * A fixed-price contract's milestones in the workroom, /nx/wm/workroom/<contractId>/milestones, with the
 * "Submit work for payment" dialog. INFERRED: upwork-dom.md §4 found no real HTML of this form; the dialog follows
 * its recommendation ([role="dialog"].air3-modal headed "Submit work", one textarea for the message to the client).
 */

import { type Html, html, raw } from '../html.ts';
import { icons } from '../icons.ts';
import { demoContractId, demoRooms, roomPath, workroomPath } from '../jobs.ts';
import { page } from '../layout.ts';

export const CONTRACT_TITLE = 'Two long-form articles on finance workflow automation';

interface Milestone {
  title: string;
  amount: string;
  due: string;
  status: 'Paid' | 'Active & funded' | 'Not funded';
}

const MILESTONES: Milestone[] = [
  {
    title: 'Article 1: Approval workflows for finance teams',
    amount: '$400.00',
    due: 'Feb 27',
    status: 'Paid',
  },
  {
    title: 'Article 2: A month-end close checklist that scales',
    amount: '$400.00',
    due: 'Mar 13',
    status: 'Active & funded',
  },
];

function milestoneRow(milestone: Milestone, index: number): Html {
  const active = milestone.status === 'Active & funded';
  return html`<li class="milestone-row${active ? ' is-active' : ''}" data-test="milestone" data-milestone-index="${index + 1}">
      <div class="milestone-number" aria-hidden="true">${milestone.status === 'Paid' ? icons.check : String(index + 1)}</div>
      <div class="flex-1">
        <h3 class="h5 m-0">${milestone.title}</h3>
        <div class="text-body-sm text-light-on-muted"><span data-test="milestone-amount">${milestone.amount}</span> · Due ${milestone.due} · <span class="air3-token text-caption" data-test="milestone-status">${milestone.status}</span></div>
        ${active ? html`<div class="submission" data-test="submission" hidden></div>` : ''}
      </div>
      ${active ? html`<button type="button" class="air3-btn air3-btn-primary m-0" data-test="open-submit-work">Submit work for payment</button>` : ''}
    </li>`;
}

/** Mounted on demand, like a Vue modal rendered into a portal. */
function dialogTemplate(milestone: Milestone): Html {
  return html`<template id="submit-work-dialog"><div class="air3-modal-wrapper" data-test="submit-work-modal">
  <div class="air3-modal-backdrop"></div>
  <div role="dialog" aria-modal="true" aria-labelledby="submit-work-title" class="air3-modal air3-modal-lg">
    <div class="air3-modal-header">
      <h2 id="submit-work-title" class="air3-modal-title h4">Submit work for payment</h2>
      <button type="button" class="air3-btn air3-btn-link air3-modal-close m-0" aria-label="Close"><span class="air3-icon md">${icons.close}</span></button>
    </div>
    <div class="air3-modal-body">
      <p class="text-body-sm">Milestone: <strong>${milestone.title}</strong> · ${milestone.amount}</p>
      <p class="text-body-sm text-light-on-muted">Your client has 14 days to review and approve the work. If they don't respond, the payment is released to you automatically.</p>
      <div class="form-group">
        <label class="label" for="submit-work-message">Message to client</label>
        <div class="air3-textarea textarea-wrapper p-0"><textarea id="submit-work-message" rows="7" class="air3-textarea inner-textarea" placeholder="Describe the work you are submitting"></textarea></div>
      </div>
      <div class="form-group">
        <label class="label" for="submit-work-files">Attach work <span class="text-light-on-muted text-body-sm">(optional, up to 10 files)</span></label>
        <input id="submit-work-files" type="file" multiple>
      </div>
    </div>
    <div class="air3-modal-footer">
      <button type="button" class="air3-btn air3-btn-link m-0" data-test="cancel-submit-work">Cancel</button>
      <button type="button" class="air3-btn air3-btn-primary m-0" data-test="submit-work">Submit</button>
    </div>
  </div>
</div></template>`;
}

const WORKROOM_CSS = `
.workroom-header { margin: 32px 0 8px; }
.workroom-header h1 { margin: 0 0 4px; }
.milestones { list-style: none; margin: 0; padding: 0; }
.milestone-row { display: flex; align-items: flex-start; gap: 16px; padding: 20px 32px; border-top: 1px solid var(--border); }
.milestone-row:first-child { border-top: 0; }
.milestone-number { width: 32px; height: 32px; border-radius: 50%; border: 2px solid var(--border); display: flex; align-items: center; justify-content: center; font-weight: 600; flex: none; }
.milestone-row.is-active .milestone-number { border-color: var(--green); color: var(--green-dark); }
.submission { margin-top: 12px; padding: 12px 16px; background: var(--soft); border-radius: 8px; white-space: pre-line; font-size: 14px; }
.air3-modal-wrapper { position: fixed; inset: 0; z-index: 30; display: flex; align-items: center; justify-content: center; }
.air3-modal-backdrop { position: absolute; inset: 0; background: rgba(0, 30, 0, 0.45); }
.air3-modal { position: relative; width: min(640px, 92vw); max-height: 90vh; overflow-y: auto; background: #fff; border-radius: 16px; box-shadow: 0 16px 48px rgba(0,0,0,.25); }
.air3-modal-header { display: flex; align-items: center; justify-content: space-between; padding: 24px 32px 8px; }
.air3-modal-body { padding: 8px 32px; }
.air3-modal-footer { display: flex; justify-content: flex-end; gap: 16px; padding: 16px 32px 24px; }
body.is-modal-open { overflow: hidden; }
`;

export function workSubmissionPage(clientScript: string): string {
  const active = MILESTONES.find((m) => m.status === 'Active & funded')!;
  return page({
    title: `${CONTRACT_TITLE} - Milestones | Upwork`,
    audience: 'freelancer',
    comment: [
      `Page: a fixed-price contract's milestones, ${workroomPath(demoContractId)}, with the "Submit work for payment"`,
      'dialog. INFERRED: upwork-dom.md section 4 found no real HTML of the submit-work form; this follows its',
      'recommendation: a [role="dialog"].air3-modal whose heading says "Submit work", one textarea (message to the',
      'client), a file input and a Submit button. The dialog is mounted when "Submit work for payment" is clicked.',
      'Simulated: the textarea keeps a model updated only by "input" events (section 0); Submit closes the dialog and',
      'shows the submitted message (from the model) under the milestone. No request, no navigation.',
    ],
    css: WORKROOM_CSS,
    head: html`<script>${raw(clientScript)}</script>`,
    body: html`<main id="main" tabindex="-1">
<div class="container">
  <div class="workroom-header">
    <p class="text-body-sm m-0"><a href="${roomPath(demoRooms[0].id)}">Message Maya Lindqvist</a></p>
    <h1>${CONTRACT_TITLE}</h1>
    <p class="text-body-sm text-light-on-muted">Fixed-price contract · Client: Maya Lindqvist · Contract ID ${demoContractId}</p>
  </div>
  <div class="air3-card air3-card-outline my-6x" data-test="milestones-card">
    <header><h2 class="h4">Milestones</h2></header>
    <ol class="milestones">
${MILESTONES.map(milestoneRow)}
    </ol>
  </div>
</div>
</main>
${dialogTemplate(active)}`,
  });
}
