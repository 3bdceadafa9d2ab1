/**
 * The job details component (upwork-dom.md §3), used by the job page and, with the `slider` class, by the feed's
 * slider. Structure after the Aug-2025 and Dec-2025 captures in shared/fixtures/upwork/.
 */

import { type Html, html, raw, withBreaks } from '../html.ts';
import { icons } from '../icons.ts';
import { type DemoJob, FEED_PATH, jobPagePath } from '../jobs.ts';
import { page } from '../layout.ts';

export const QUESTIONS_INTRO =
  'You will be asked to answer the following questions when submitting a proposal:';

export const AVAILABLE_CONNECTS = 84;

function features(job: DemoJob): Html {
  return html`<section class="air3-card-section text-base-sm">
  <ul class="features list-unstyled m-0">
    <li><div class="air3-icon md" data-cy="clock-hourly">${icons.clock}</div><strong>${job.hoursPerWeek}</strong><div class="description">Hourly</div></li>
    <li><div class="air3-icon md" data-cy="duration2">${icons.calendar}</div><strong>${job.duration}</strong><div class="description">Project Length</div></li>
    <li><div class="air3-icon md" data-cy="expertise">${icons.gauge}</div><strong>${job.experience}</strong><div class="description"><span class="d-none d-lg-inline">${job.experienceHint}</span><span class="d-lg-none">Experience Level</span></div></li>
    <li><div class="air3-icon md" data-cy="clock-timelog">${icons.clock}</div><div><strong class="d-block">${job.hourlyMin} <span>- ${job.hourlyMax}</span></strong></div><div class="description">Hourly range</div></li>
  </ul>
</section>`;
}

function questionsPreview(job: DemoJob): Html {
  if (job.questions.length === 0) return html``;
  return html`<section class="air3-card-section questions-preview">
  <p class="m-0"><strong>${QUESTIONS_INTRO}</strong></p>
  <ol>${job.questions.map((question) => html`<li>${question}</li>`)}</ol>
</section>`;
}

function sidebar(job: DemoJob): Html {
  const c = job.client;
  return html`<aside class="sidebar">
  <section class="air3-card-section">
    <div class="d-flex flex-column gap air3-btn-block" data-test="FreelancerActions">
      <div class="d-flex gap flex-column">
        <div style="width:100%;" data-test="Apply"><span data-ev-sublocation="!popper" data-cy="popover-help-inline" class="d-block" data-test="UpCPopover"><span><button type="button" rel="nofollow" aria-label="Apply now" data-cy="submit-proposal-button" class="air3-btn air3-btn-block air3-btn-primary" aria-expanded="false">
        Apply now
        </button></span></span></div>
        <button type="button" class="air3-btn air3-btn-block air3-btn-secondary" data-test="SaveJob"><span class="air3-icon md">${icons.heart}</span> Save job</button>
      </div>
    </div>
    <div class="text-light-on-muted text-body-sm mt-4" data-test="ConnectsAuction"><div>Send a proposal for: <strong>${job.connects} Connects</strong></div> <div class="mt-2">Available Connects: <strong>${AVAILABLE_CONNECTS}</strong></div></div>
  </section>
  <section class="air3-card-section client-box" data-test="about-client-container">
    <h5>About the client</h5>
    <p class="text-body-sm">Payment method verified</p>
    <div data-qa="client-location"><strong>${c.location}</strong><span class="text-light-on-muted text-body-sm">${c.city}</span></div>
    <div data-qa="client-job-posting-stats"><strong>${c.jobsPosted}</strong><span class="text-light-on-muted text-body-sm">${c.hireRate}</span></div>
    <div data-qa="client-spend"><strong>${c.spent}</strong></div>
    <div data-qa="client-hires"><span class="text-light-on-muted text-body-sm">${c.hires}</span></div>
    <div data-qa="client-hourly-rate"><strong>${c.avgHourlyRate}</strong></div>
    <div class="text-light-on-muted text-caption">${c.memberSince}</div>
  </section>
</aside>`;
}

/** The `.job-details` root, for the job page (`page`) or the feed's slider (`slider`). */
export function jobDetails(job: DemoJob, variant: 'page' | 'slider'): Html {
  const cardClass = `job-details-card d-flex gap-0 air3-card air3-card-outline p-0${variant === 'slider' ? ' slider' : ''}`;
  return html`<div data-ev-sublocation="jobdetails" data-ev-label="jobdetails_impression" data-ev-label-prefix="" data-ev-opening_uid="${job.uid}" data-ev-is_lifted_job="false" class="job-details" data-test="JobDetailsUserAir3">
  <div class="job-details-content">
    <div class="${cardClass}">
      <div class="air3-card-sections">
        <section class="air3-card-section">
          <h4 class="d-flex align-items-center mt-0 mb-5"><span class="text-base flex-1">${job.title}</span>
            <div job-uid="${job.uid}"><button type="button" class="air3-btn air3-btn-secondary m-0 air3-btn-circle" aria-label="Save job"><div class="air3-icon md">${icons.heart}</div></button></div>
          </h4>
          <div class="d-flex posted-on-line"><div class="text-light-on-muted text-body-sm"><div data-test="PostedOn">Posted <span>${job.posted}</span></div></div></div>
          <div class="d-inline-flex align-items-center mt-2 text-base-sm"><div class="air3-icon md mr-2 icon-color">${icons.pin}</div><p class="text-light-on-muted m-0" tabindex="0">Worldwide</p></div>
        </section>
        <section class="air3-card-section">
          <div class="break mt-2" data-test="Description">
            <strong class="text-base-sm">Summary</strong>
            <p class="text-body-sm multiline-text">${withBreaks(job.description)}</p>
          </div>
        </section>
        ${features(job)}
        <section class="air3-card-section">
          <h5>Skills and Expertise</h5>
          <div class="skills-list mt-3">${job.skills.map((skill) => html`<span class="air3-badge air3-badge-highlight badge">${skill}</span>`)}</div>
        </section>
        ${questionsPreview(job)}
        <section class="air3-card-section">
          <h5>Activity on this job</h5>
          <ul class="client-activity-items list-unstyled text-body-sm">
            <li><span class="title">Proposals:</span> <span class="value">${job.proposals}</span></li>
            <li><span class="title">Interviewing:</span> <span class="value">0</span></li>
            <li><span class="title">Invites sent:</span> <span class="value">3</span></li>
          </ul>
        </section>
      </div>
      ${sidebar(job)}
    </div>
  </div>
</div>`;
}

const JOB_PAGE_CSS = `
.job-page { margin-top: 32px; }
.job-page .breadcrumb { font-size: 14px; margin-bottom: 16px; }
`;

export function jobPage(job: DemoJob, clientScript: string): string {
  return page({
    title: `${job.title} - ${job.category} - Upwork`,
    audience: 'freelancer',
    comment: [
      `Page: job details, ${jobPagePath(job)} (the client's AI rule: ${job.aiRule}).`,
      'Follows upwork-dom.md section 3 (job details page) and section 0 (air3 design system); the Apply button',
      "navigates to this job's apply page (section 1), as a full page load.",
    ],
    css: JOB_PAGE_CSS,
    head: html`<script>${raw(clientScript)}</script>`,
    body: html`<main id="main" tabindex="-1">
<div class="container">
  <div class="job-page" data-test="nuxt">
    <div class="breadcrumb"><a href="${FEED_PATH}">Back to Best Matches</a></div>
    ${jobDetails(job, 'page')}
  </div>
</div>
</main>`,
  });
}
