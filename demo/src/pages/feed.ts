/**
 * The freelancer's job feed, /nx/find-work/best-matches. Tiles follow the Dec-2025 find-work capture
 * (lakpriya1s `find-work.html`); a tile opens the job in a slider over the feed, client-side, as upwork-dom.md §0
 * and §3 describe.
 */

import { type Html, html, raw } from '../html.ts';
import { icons } from '../icons.ts';
import { type DemoJob, demoJobs, FEED_PATH, jobPagePath } from '../jobs.ts';
import { page } from '../layout.ts';
import { AVAILABLE_CONNECTS, jobDetails } from './job-details.ts';

const SNIPPET_LENGTH = 230;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= SNIPPET_LENGTH ? flat : `${flat.slice(0, SNIPPET_LENGTH).trimEnd()}…`;
}

function tile(job: DemoJob, position: number): Html {
  return html`<section class="air3-card-section air3-card-hover p-4 px-2x px-md-4x job-tile" data-ev-opening_uid="${job.uid}" data-ev-position="${position}" data-ev-feed_name="Best Matches" data-ev-sublocation="job_feed_tile" data-ev-label="visible_job_tile_impression" data-test="job-tile" data-job-id="${job.id}">
  <span class="text-caption text-light-on-inverse">Posted <span data-test="posted-on">${job.posted}</span></span>
  <h3 class="my-0 p-sm-right job-tile-title text-base"><a href="${jobPagePath(job)}?referrer_url_path=find_work_home" data-ev-label="link" class="air3-link text-decoration-none">${job.title}</a></h3>
  <p class="text-caption text-light-on-inverse job-tile-info" data-test="job-type-label">Hourly: ${job.hourlyMin} - ${job.hourlyMax} · ${job.experience} · Est. time: ${job.duration}, ${job.hoursPerWeek}</p>
  <p class="text-body-sm job-tile-description" data-test="job-description-text">${snippet(job.description)}</p>
  <div class="air3-token-container">${job.skills.map((skill) => html`<span class="air3-token">${skill}</span>`)}</div>
  <p class="text-caption text-light-on-inverse job-tile-client mt-2x" data-test="client-info">Payment verified · ${job.client.spent} · ${job.client.location} · Proposals: ${job.proposals}</p>
</section>`;
}

/** The slider's content per job, cloned into the slider when the job opens (Upwork fetches it; the demo embeds it). */
function sliderTemplate(job: DemoJob): Html {
  return html`<template data-job-id="${job.id}" data-title="${job.title}">
  <div class="air3-slider-header">
    <button type="button" class="air3-btn air3-btn-link m-0 air3-slider-close" data-test="slider-close" aria-label="Close the job details"><span class="air3-icon md">${icons.back}</span></button>
    <a href="${jobPagePath(job)}" class="up-n-link text-body-sm" target="_blank" data-test="open-in-new-window">Open job in a new window</a>
  </div>
  <div class="air3-slider-body">
${jobDetails(job, 'slider')}
  </div>
</template>`;
}

const FEED_CSS = `
.app-frame { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 32px; margin-top: 32px; }
.feeds-card { border: 1px solid var(--border); border-radius: 16px; overflow: hidden; }
.feeds-card > .pb-0 { padding: 24px 32px 0; }
.air3-tab-list { display: flex; gap: 28px; list-style: none; margin: 16px 0 0; padding: 0; border-bottom: 1px solid var(--border); }
.air3-tab-btn { border: 0; background: none; padding: 0 0 12px; font-weight: 500; color: var(--muted); border-bottom: 2px solid transparent; }
.air3-tab-btn.is-active { color: var(--text); border-bottom-color: var(--text); }
.air3-tab-btn[disabled] { cursor: default; }
.feed-intro { padding: 16px 32px; color: var(--muted); font-size: 14px; }
.job-tile { padding: 24px 32px; }
.job-tile-title { font-size: 20px; margin: 4px 0 8px; }
.job-tile-title .air3-link { color: var(--text); text-decoration: none; } .job-tile:hover .job-tile-title .air3-link { color: var(--green-dark); text-decoration: underline; }
.job-tile-description { margin: 12px 0; }
.air3-token-container { display: flex; flex-wrap: wrap; gap: 8px; }
.profile-card { padding: 24px; text-align: center; }
.profile-card .avatar { width: 72px; height: 72px; border-radius: 50%; margin: 0 auto 12px; background: #c9e7c1; color: var(--green-dark);
  display: flex; align-items: center; justify-content: center; font-size: 26px; font-weight: 600; }
.job-details-slider { position: fixed; inset: 0; z-index: 20; display: flex; justify-content: flex-end; }
.air3-slider-overlay { position: absolute; inset: 0; background: rgba(0, 30, 0, 0.35); }
.air3-slider { position: relative; width: min(1060px, 94vw); height: 100%; overflow-y: auto; background: #fff; box-shadow: -8px 0 32px rgba(0,0,0,.18); }
.air3-slider-header { display: flex; align-items: center; justify-content: space-between; padding: 16px 32px; border-bottom: 1px solid var(--border); position: sticky; top: 0; background: #fff; z-index: 1; }
.air3-slider-body { padding: 24px 32px 48px; }
.job-details-card.slider { border: 0; }
body.is-slider-open { overflow: hidden; }
`;

export function feedPage(clientScript: string): string {
  return page({
    title: 'Find Work - Best Matches | Upwork',
    audience: 'freelancer',
    comment: [
      `Page: the job feed, ${FEED_PATH}, with the three demo jobs as tiles. Clicking a tile opens the job in a slider`,
      'over the feed without a page load: history.pushState to /nx/find-work/best-matches/details/~ID?...&_modalInfo=...,',
      'the same .job-details markup with the "slider" class; the close button, Escape and Back return to the feed;',
      'a reload of a details URL opens its slider (the route table serves those URLs with this file).',
      'Follows upwork-dom.md section 0 (SPA navigation) and section 3 (job details, slider). The slider container',
      'classes (air3-slider...) are inferred: no real slider frame was captured, only the card inside it.',
    ],
    css: FEED_CSS,
    head: html`<script>${raw(clientScript)}</script>`,
    body: html`<main id="main" tabindex="-1">
<div class="container">
  <div data-fetch-key="1" class="app-frame">
    <div data-test="page-content-section">
      <div class="feeds-card">
        <div class="pb-0">
          <h2 class="h5">Jobs you might like</h2>
          <div data-test="feed-tabs" class="air3-tabs feed-tabs">
            <nav><ul class="air3-tab-list">
              <li class="air3-tab-list-item"><button aria-pressed="true" data-ev-label="tab-best-matches" data-test="tab-best-matches" type="button" class="air3-tab-btn is-active">Best Matches</button></li>
              <li class="air3-tab-list-item"><button aria-pressed="false" data-test="tab-most-recent" type="button" class="air3-tab-btn" disabled>Most Recent</button></li>
              <li class="air3-tab-list-item"><button aria-pressed="false" data-test="tab-saved-jobs" type="button" class="air3-tab-btn" disabled>Saved Jobs (2)</button></li>
            </ul></nav>
          </div>
        </div>
        <div data-test="feed-best-match">
          <section class="feed-intro">Browse jobs that match your experience to a client's hiring preferences. Ordered by most relevant.</section>
          <div data-test="job-tile-list">
${demoJobs.map((job, i) => tile(job, i))}
          </div>
        </div>
      </div>
    </div>
    <aside>
      <div class="air3-card profile-card" data-test="freelancer-profile-card">
        <div class="avatar" aria-hidden="true">AM</div>
        <h4>Alex Moreno</h4>
        <p class="text-body-sm text-light-on-muted">Writer and Python developer</p>
        <p class="text-body-sm m-0">Available Connects: <strong>${AVAILABLE_CONNECTS}</strong></p>
      </div>
    </aside>
  </div>
</div>
</main>
${demoJobs.map(sliderTemplate)}`,
  });
}
