/**
 * The freelancer's "Submit a Proposal" page (upwork-dom.md §1): the server HTML holds only a loader inside
 * `[data-fetch-key="ApplyPageAir3:0"]`; the form arrives about 400 ms later, as Upwork's Vue app renders it on the
 * client. Card order, classes and attributes follow the Dec-2025 full capture and the Aug-2025 excerpts.
 */

import { type Html, html, jsonScript, raw } from '../html.ts';
import { icons } from '../icons.ts';
import { applyPagePath, type DemoJob, jobPagePath } from '../jobs.ts';
import { page } from '../layout.ts';
import { AVAILABLE_CONNECTS } from './job-details.ts';

/** Upwork shows roughly the first 300 characters, cut mid-word, then "…". */
export const TRUNCATE_AT = 300;
export const COVER_LETTER_LIMIT = 5000;
export const PROFILE_RATE = 45;

export function truncatedDescription(text: string): string {
  return text.length <= TRUNCATE_AT ? text : `${text.slice(0, TRUNCATE_AT).trimEnd()}…`;
}

function card(title: string, body: Html, extraClass = ''): Html {
  return html`<div class="air3-card air3-card-outline my-6x py-0${extraClass}">
    <header class="py-6x"><h2 class="mb-0 h4">${title}</h2></header>
    <section class="air3-card-section air3-loader-container">
${body}
    </section>
  </div>`;
}

function settingsCard(job: DemoJob): Html {
  return html`<div class="fe-proposal-settings">
  ${card(
    'Proposal settings',
    html`<div class="fe-proposal-settings-special-profile"><div class="mb-6x"><div class="form-group">
        <label class="label">Propose with a Specialized profile</label>
        <div theme="air-3-0" data-ev-sublocation="!dropdown" class="air3-dropdown is-min-width">
          <div data-ev-label="dropdown_toggle" data-test="dropdown-toggle" role="combobox" aria-expanded="false" tabindex="0" aria-controls="dropdown-menu" class="air3-dropdown-toggle is-selected">
            <div class="air3-dropdown-toggle-title"><span class="air3-dropdown-toggle-label ellipsis">General profile</span><div class="air3-dropdown-icon air3-icon md">${icons.chevronDown}</div></div>
          </div>
        </div>
      </div></div>
      <div class="fe-job-proposals-connects-widget"><div class="price-details">
        <div class="mb-3x text-body-sm"><div class="d-flex align-items-center"><div>This proposal requires <strong>${job.connects} Connects</strong></div></div></div>
        <div class="remaining-balance-details text-body-sm"><div>When you submit this proposal, you'll have <strong>${AVAILABLE_CONNECTS - job.connects} Connects</strong> remaining.</div></div>
      </div></div></div>`,
    ' fe-proposal-settings-card',
  )}
</div>`;
}

function jobDetailsCard(job: DemoJob): Html {
  return html`<div class="fe-job-details">
  <div class="air3-card air3-card-outline my-6x py-0">
    <header class="py-6x"><div class="mb-0"><h2 class="h4">Job details</h2></div></header>
    <section class="air3-card-section air3-loader-container">
      <div class="air3-grid-container">
        <div class="content span-md-8 span-lg-9">
          <h3 class="mb-6x h5">${job.title}</h3>
          <ul class="list-inline mb-3x">
            <li class="d-xs-block mb-3x pl-0"><div class="air3-token text-body-sm mb-0">${job.category}</div></li>
            <li class="d-xs-block"><small class="text-light-on-inverse text-body-sm pr-3x">Posted <span itemprop="datePosted">${job.postedDate}</span></small></li>
          </ul>
          <div>
            <div class="description text-body-sm"><span class="air3-truncation"><span tabindex="-1"><span id="air3-truncation-1">${truncatedDescription(job.description)}</span></span> <span class="air3-truncation-labels"><button aria-expanded="false" aria-controls="air3-truncation-1" type="button" data-ev-label="truncation_toggle" class="air3-truncation-btn air3-btn-link-secondary"><span>more</span> <span class="sr-only">More/Less about ${job.title}</span></button></span></span></div>
          </div>
          <a href="${jobPagePath(job)}" class="up-n-link d-inline-block d-none-mobile-app text-body-sm mt-6x" target="_blank" data-test="open-original-posting">
            View job posting
          </a>
        </div>
        <div class="sidebar d-none d-md-block span-md-4 span-lg-3 pl-4">
          <ul class="fe-ui-job-features p-0 px-15">
            <li><div class="header"><div class="icon air3-icon sm" data-cy="expertise">${icons.gauge}</div><strong>${job.experience}</strong></div><small class="text-light-on-inverse">Experience level</small></li>
            <li><div class="header"><div class="icon air3-icon sm" data-cy="clock-timelog">${icons.clock}</div><div><strong class="d-block">${job.hourlyMin} <span>- ${job.hourlyMax}</span></strong></div></div><small class="text-light-on-inverse">Hourly range</small></li>
            <li><div class="header"><div class="icon air3-icon sm">${icons.clock}</div><strong>${job.hoursPerWeek}</strong></div><small class="text-light-on-inverse">Hourly</small></li>
            <li data-test="hourly-duration"><div class="header"><div class="icon air3-icon sm" data-cy="hourly-duration">${icons.calendar}</div><strong>${job.duration}</strong></div><small class="text-light-on-inverse">Project length</small></li>
          </ul>
        </div>
      </div>
    </section>
  </div>
</div>`;
}

function currencyRow(
  id: string,
  label: Html,
  hint: string,
  value: string,
  disabled: boolean,
  describedBy: string,
): Html {
  return html`<div class="form-group">
  <div class="air3-grid-container">
    <div class="span-md-7 mb-3x mb-md-0">${label}<div class="text-light-on-inverse text-body-sm">${hint}</div></div>
    <div class="span-md-5">
      <div class="fe-currency-input-wrapper"><div class="fe-currency-input-wrapped"><div data-ev-sublocation="!currency_input" class="air3-currency air3-currency-align-right" data-test="${id}">
        <div class="air3-currency-input-container"><div><div class="air3-input-group">
          <input id="${id}" type="text" aria-describedby="${describedBy}"${raw(id === 'receive-step-rate' ? ' aria-labelledby="receive-step-rate-label"' : '')}${raw(disabled ? ' disabled="disabled"' : '')} placeholder="$0.00" data-test="currency-input" data-ev-label="currency_input" data-ev-locale="en-us" data-ev-currency="USD" class="air3-input" value="${value}">
          <div class="air3-input-append"><span aria-hidden="true" class="air3-currency-input-label">/hr</span><span id="${describedBy}" class="sr-only">per hour</span></div>
        </div></div></div>
      </div></div></div>
    </div>
  </div>
</div>`;
}

function termsCard(job: DemoJob): Html {
  const fee = (PROFILE_RATE * 0.1).toFixed(2);
  const receive = (PROFILE_RATE * 0.9).toFixed(2);
  return html`<div class="fe-proposal-job-terms">
  ${card(
    'Terms',
    html`<div class="up-fe-proposal-terms-hourly"><div class="air3-grid-container"><div class="span-md-8">
        <h3 class="mb-6x h5">What is the rate you'd like to bid for this job?</h3>
        <div class="rate-guidance mb-6x d-flex flex-wrap justify-space-between">
          <div class="contractors-rate flex-0 text-light-on-inverse text-body-sm"><span>Your profile rate: <strong>$${PROFILE_RATE.toFixed(2)}/hr</strong></span></div>
          <div class="clients-budget flex-0 text-right text-light-on-inverse text-body-sm"><div>Client’s budget: ${job.hourlyMin} - ${job.hourlyMax}</div></div>
        </div>
        <div data-test="up-fe-rate-widget">
          ${currencyRow('step-rate', html`<label data-test="hourly-rate-label" for="step-rate" class="m-0"><strong>Hourly rate</strong></label>`, 'Total amount the client will see on your proposal', `$${PROFILE_RATE.toFixed(2)}`, false, 'currency-hourly-2')}
          <hr class="m-lg-bottom">
          ${currencyRow('fee-rate', html`<label id="fee-rate-label-v2" for="fee-rate" class="mr-2x"><strong><span>10%</span> Freelancer Service Fee</strong></label>`, 'This fee is fixed for the life of the contract', `-$${fee}`, true, 'currency-hourly-3')}
          <hr class="m-lg-bottom">
          ${currencyRow('receive-step-rate', html`<label id="receive-step-rate-label" class="m-0"><strong>You'll receive</strong></label>`, "The estimated amount you'll receive after service fees", `$${receive}`, false, 'currency-hourly-4')}
        </div>
      </div></div></div>`,
  )}
</div>`;
}

function questionGroup(question: string): Html {
  // Upwork renders an empty id on the label and an empty aria-labelledby on the field: reproduced as captured.
  return html`<div class="form-group mb-8x">
      <label id="" class="label">${question}</label>
      <div class="air3-textarea textarea-wrapper p-0"><textarea rows="10" placeholder="" aria-labelledby="" class="air3-textarea inner-textarea"></textarea></div>
    </div>`;
}

function additionalDetailsCard(job: DemoJob): Html {
  return html`<div class="fe-proposal-additional-details additional-details">
  ${card(
    'Additional details',
    html`<div class="cover-letter-area mt-6x mt-md-10x">
        <div class="form-group mb-8x">
          <label id="cover_letter_label" class="label">
            Cover Letter
          </label>
          <div class="air3-textarea textarea-wrapper p-0"><textarea rows="10" placeholder="" aria-labelledby="cover_letter_label" class="air3-textarea inner-textarea"></textarea></div>
        </div>
        <div class="cover-letter-info"><span class="cover-letter-CIS-detected-error"></span></div>
      </div>
      <div class="fe-proposal-job-questions questions-area">${job.questions.map(questionGroup)}</div>
      <div class="attachments-area mt-6x">
        <div class="form-group mb-8x">
          <label class="label" for="proposal-attachments">Attachments</label>
          <p class="help-block text-body-sm mb-0">Up to 10 files (max 25 MB each)</p>
          <input id="proposal-attachments" type="file" accept="*" multiple="multiple" aria-describedby="attachment-upload-error">
        </div>
      </div>`,
  )}
</div>`;
}

/** The Vue app's first render, kept in a <template> until the simulated client render swaps it in. */
function applyForm(job: DemoJob): Html {
  return html`<template id="apply-page-app"><div><div class="fe-ui-application-vue fe-job-apply"><h1>Submit a Proposal</h1>
<div class="alerts mb-4x"></div>
<div>
${settingsCard(job)}
${jobDetailsCard(job)}
${termsCard(job)}
${additionalDetailsCard(job)}
</div>
<div><footer class="pb-3x mt-6x"><div class="fe-apply-footer-controls" role="group"><button type="button" class="air3-btn air3-btn-primary m-0">
      Send for ${job.connects} Connects
     </button> <button type="button" class="air3-btn air3-btn-link m-0">
    Cancel
  </button></div></footer></div>
</div></div></template>`;
}

const APPLY_CSS = `
.fe-job-apply h1 { margin-top: 32px; }
.fe-job-apply .air3-grid-container .span-lg-9 { grid-column: span 8; }
.fe-job-apply .sidebar { grid-column: span 4; display: block; border-left: 1px solid var(--border); padding-left: 24px; }
.list-inline { list-style: none; padding: 0; display: flex; gap: 16px; align-items: center; }
.description .air3-truncation { white-space: pre-line; }
.fe-ui-job-features { list-style: none; margin: 0; padding: 0; }
.fe-ui-job-features li { margin-bottom: 16px; } .fe-ui-job-features .header { display: flex; gap: 8px; align-items: center; }
.rate-guidance { display: flex; justify-content: space-between; gap: 16px; }
.fe-proposal-job-terms hr { border: 0; border-top: 1px solid var(--border); margin: 20px 0; }
.cover-letter-CIS-detected-error { color: var(--danger); font-size: 14px; }
.cover-letter-info { margin: -12px 0 24px; }
.air3-input-group { display: flex; align-items: center; gap: 8px; }
.air3-currency-input-label { color: var(--muted); }
.questions-area .label { font-weight: 500; }
.fe-apply-footer-controls { display: flex; gap: 16px; }
.proposal-submitted h2 { margin: 8px 0 16px; }
.text-pre-line { white-space: pre-line; }
`;

export function applyPage(job: DemoJob, clientScript: string): string {
  return page({
    title: 'Submit a Proposal',
    audience: 'freelancer',
    comment: [
      `Page: the freelancer's proposal form for "${job.title}", ${applyPagePath(job)}.`,
      'Follows upwork-dom.md section 1 (Submit a Proposal) and section 0 (client-side render; Vue sees input events).',
      'Simulated: the server HTML has only the air3 loader in [data-fetch-key="ApplyPageAir3:0"]; about 400 ms after',
      'load the form replaces it. Each field keeps a model updated only by "input" events (Vue 2 v-model), so a bare',
      '.value = is not seen; the cover letter counter ("N characters left", limit 5000) appears and updates on input.',
      'Send validates the models and shows "Your proposal was submitted." in the page (no request, no navigation).',
    ],
    css: APPLY_CSS,
    head: html`<base href="/nx/proposals/">
${jsonScript('apply-page-job', { description: job.description, jobPath: jobPagePath(job), coverLetterLimit: COVER_LETTER_LIMIT })}
<script>${raw(clientScript)}</script>`,
    body: html`<main id="main" tabindex="-1">
<div class="container"><div><!----></div> <div data-fetch-key="ApplyPageAir3:0"><div><div class="d-flex air3-card air3-card-outline position-relative loader-behind-navbar" style="min-height:60vh;"><div><div data-test="loader-container" aria-live="polite" class="air3-loader-container"><div data-test="loader-overlay" class="air3-loader-overlay is-open"><div data-test="loader-icon" class="air3-icon xl">${icons.loader}</div></div> <div data-test="loader-live-region" class="sr-only">
      Loading
    </div></div></div></div></div></div></div>
</main>
${applyForm(job)}`,
  });
}
