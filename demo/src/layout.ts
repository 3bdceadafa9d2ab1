/** The page shell shared by every demo page: doctype, the provenance comment, a small inline stylesheet, the top bar. */

import { type Html, html, raw } from './html.ts';
import { demoContractId, demoRooms, FEED_PATH, JOB_POST_PATH, roomPath, workroomPath } from './jobs.ts';

/**
 * Written for the demo, no Upwork CSS: the air3 class names the markup carries get just enough style to read as a
 * marketplace page. System fonts only, so the page makes no request at all.
 */
const STYLESHEET = `
:root { --green: #14a800; --green-dark: #108a00; --text: #001e00; --muted: #5e6d55; --border: #d5e0d5;
  --soft: #f2f7f2; --danger: #c6002c; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--text); background: #fff; font-size: 16px; line-height: 1.5; }
a, .up-n-link, .air3-link { color: var(--green-dark); text-decoration: underline; }
h1 { font-size: 32px; font-weight: 600; margin: 32px 0 8px; letter-spacing: -0.5px; }
h2, .h4 { font-size: 22px; font-weight: 600; margin: 0; }
h3, .h5 { font-size: 18px; font-weight: 600; margin: 0 0 12px; }
h4 { font-size: 20px; font-weight: 600; margin: 0; }
h5 { font-size: 16px; font-weight: 600; margin: 0 0 12px; }
p { margin: 0 0 12px; }
button { font: inherit; cursor: pointer; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.d-flex { display: flex; } .flex-1 { flex: 1; } .flex-column { flex-direction: column; } .align-items-center { align-items: center; }
.gap { gap: 16px; } .d-none { display: none; } .d-block { display: block; } .d-inline-block { display: inline-block; }
.d-inline-flex { display: inline-flex; } .d-lg-inline { display: inline; } .d-lg-none { display: none; } .mr-2 { margin-right: 8px; } .text-right { text-align: right; } .m-0 { margin: 0; } .mt-2, .mt-2x { margin-top: 8px; }
.mt-4, .mt-4x { margin-top: 16px; } .mt-5 { margin-top: 20px; } .mt-6x { margin-top: 24px; } .mb-3x { margin-bottom: 12px; } .mb-6x { margin-bottom: 24px; }
.text-body-sm { font-size: 14px; } .text-base-sm { font-size: 15px; } .text-caption { font-size: 13px; }
.text-light-on-muted, .text-light-on-inverse, .text-light { color: var(--muted); }
.multiline-text { white-space: normal; } .break { overflow-wrap: anywhere; }
.list-unstyled { list-style: none; padding: 0; margin: 0; }
/* top bar */
.nav-d { position: sticky; top: 0; z-index: 10; background: #fff; border-bottom: 1px solid var(--border); }
.nav-d-inner { max-width: 1280px; margin: 0 auto; padding: 0 24px; height: 64px; display: flex; align-items: center; gap: 28px; }
.nav-logo { font-size: 26px; font-weight: 700; letter-spacing: -1px; color: var(--green); text-decoration: none; }
.nav-d-inner nav { display: flex; gap: 22px; flex: 1; }
.nav-d-inner nav a { color: var(--text); text-decoration: none; font-size: 15px; font-weight: 500; }
.nav-d-inner nav a:hover { color: var(--green-dark); }
.demo-badge { font-size: 12px; font-weight: 600; padding: 4px 10px; border-radius: 999px; background: #fff4cc; color: #5c4400; }
.container { max-width: 1280px; margin: 0 auto; padding: 0 24px 64px; }
/* air3 */
.air3-card { background: #fff; border: 1px solid var(--border); border-radius: 16px; }
.air3-card-outline { border: 1px solid var(--border); }
.air3-card.my-6x { margin: 24px 0; }
.air3-card > header { padding: 24px 32px; }
.air3-card-section { padding: 24px 32px; border-top: 1px solid var(--border); }
.air3-card-sections > .air3-card-section:first-child, .air3-card > .air3-card-section:first-child,
.sidebar > .air3-card-section:first-child, .air3-card > header + .air3-card-section { border-top: 0; }
.air3-card > header + .air3-card-section { padding-top: 0; }
.air3-card-hover:hover { background: var(--soft); cursor: pointer; }
.air3-btn { display: inline-flex; align-items: center; justify-content: center; gap: 8px; min-height: 40px; padding: 0 24px;
  border-radius: 10px; border: 2px solid transparent; font-weight: 500; font-size: 16px; background: transparent; color: var(--green-dark); }
.air3-btn-primary { background: var(--green); color: #fff; } .air3-btn-primary:hover { background: var(--green-dark); }
.air3-btn-secondary { border-color: var(--green); color: var(--green-dark); background: #fff; }
.air3-btn-link { padding: 0 8px; } .air3-btn-block { width: 100%; }
.air3-btn-circle { width: 40px; padding: 0; border-radius: 50%; }
.air3-btn[disabled] { opacity: 0.45; cursor: not-allowed; }
.air3-btn-link-secondary { background: none; border: 0; padding: 0; color: var(--green-dark); font-weight: 600; text-decoration: underline; }
.air3-icon { width: 20px; height: 20px; display: inline-flex; } .air3-icon svg { width: 100%; height: 100%; }
.air3-dropdown-toggle { display: inline-flex; min-width: 240px; padding: 8px 14px; border: 2px solid #d5e0d5; border-radius: 8px; cursor: pointer; }
.air3-dropdown-toggle-title { display: flex; flex: 1; justify-content: space-between; align-items: center; gap: 8px; }
.air3-token { display: inline-block; padding: 3px 12px; border-radius: 999px; background: #e9eee9; font-size: 14px; }
.air3-badge { display: inline-block; padding: 4px 12px; border-radius: 999px; background: #e9eee9; color: var(--text); font-size: 14px; text-decoration: none; margin: 0 8px 8px 0; }
.form-group { margin-bottom: 24px; } .form-group.has-error .textarea-wrapper { border-color: var(--danger); }
.label { display: block; font-weight: 600; margin-bottom: 8px; }
.air3-textarea.textarea-wrapper, .air3-input { border: 2px solid #d5e0d5; border-radius: 8px; background: #fff; }
.air3-textarea.textarea-wrapper:focus-within, .air3-input:focus { border-color: var(--green); outline: none; }
.inner-textarea { display: block; width: 100%; border: 0; border-radius: 8px; padding: 12px 14px; font: inherit; color: inherit; resize: vertical; background: transparent; }
.inner-textarea:focus { outline: none; }
.air3-input { width: 100%; min-height: 40px; padding: 0 12px; font: inherit; text-align: right; }
.air3-input[disabled] { background: var(--soft); }
.air3-form-message-error { color: var(--danger); font-size: 14px; margin-top: 6px; }
.air3-alert { border-radius: 8px; padding: 16px 20px; background: #e3f7e0; border: 1px solid #9ad48f; }
.air3-grid-container { display: grid; grid-template-columns: repeat(12, 1fr); gap: 24px; }
.span-12 { grid-column: span 12; } .span-md-8 { grid-column: span 8; } .span-md-4 { grid-column: span 4; }
.span-md-7 { grid-column: span 7; } .span-md-5 { grid-column: span 5; }
/* job details */
.job-details-card { display: flex; overflow: hidden; }
.job-details-card > .air3-card-sections { flex: 1; min-width: 0; border-right: 1px solid var(--border); }
.job-details-card > .sidebar { width: 320px; flex: none; }
.posted-on-line { margin-top: 4px; }
.features { display: grid; grid-template-columns: repeat(3, 1fr); gap: 16px; }
.features .description { color: var(--muted); font-size: 14px; }
.features .air3-icon { display: flex; margin-bottom: 6px; }
[data-test="Description"] > strong { display: block; font-size: 16px; margin-bottom: 8px; }
.questions-preview ol { margin: 8px 0 0; padding-left: 22px; }
.client-box { border-top: 1px solid var(--border); }
.client-box [data-qa] { margin-bottom: 12px; }
.client-box strong { display: block; }
.skills-list { display: flex; flex-wrap: wrap; }
/* loader */
.air3-loader-container { position: relative; }
.loader-behind-navbar { min-height: 60vh; align-items: center; justify-content: center; margin-top: 24px; }
.air3-loader-overlay { display: flex; justify-content: center; padding: 80px 0; }
.air3-loader-overlay .air3-icon { width: 95px; height: 20px; }
.loader-section-svg circle { fill: var(--green); animation: air3-pulse 1s infinite ease-in-out; }
.loader-section-svg .c2 { animation-delay: .15s; } .loader-section-svg .c3 { animation-delay: .3s; } .loader-section-svg .c4 { animation-delay: .45s; }
@keyframes air3-pulse { 0%, 100% { opacity: .25; } 50% { opacity: 1; } }
`;

export interface PageOptions {
  /** `document.title`. */
  title: string;
  /** The provenance comment's lines (after the common first line). */
  comment: string[];
  /** Which top-bar links to show. */
  audience: 'freelancer' | 'client';
  /** Extra CSS for this page only. */
  css?: string;
  /** Data and scripts, placed in `<head>` so they never show in `document.body` text. */
  head?: Html;
  body: Html;
}

function topBar(audience: PageOptions['audience']): Html {
  const links =
    audience === 'freelancer'
      ? html`<a href="${FEED_PATH}">Find work</a>
      <a href="${workroomPath(demoContractId)}">Deliver work</a>
      <a href="${roomPath(demoRooms[0].id)}">Messages</a>`
      : html`<a href="${JOB_POST_PATH}">Post a job</a>
      <a href="${roomPath(demoRooms[0].id)}">Messages</a>`;
  return html`<header class="nav-d">
  <div class="nav-d-inner">
    <a class="nav-logo" href="${FEED_PATH}" aria-label="Home">upwork</a>
    <nav aria-label="Main">
      ${links}
    </nav>
    <span class="demo-badge" title="An offline page written for Candor's tests and demos">Candor demo</span>
  </div>
</header>`;
}

export function page(options: PageOptions): string {
  const comment = [
    'Candor demo page: written for Candor (not a copy of Upwork HTML, no Upwork CSS, JS or assets, no remote requests).',
    'It reproduces the structure, class names, attributes and selectors documented in shared/upwork-dom.md so that',
    "Candor's content scripts behave here as on the real site. Served by the demo launcher and tests at its real URL",
    '(see demo/routes.ts). Generated by demo/generate.ts: edit demo/src/, not this file.',
    ...options.comment,
  ]
    .map((line) => `  ${line}`)
    .join('\n');
  return `<!doctype html>
<!--
${comment}
-->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html`${options.title}`}</title>
<style>${STYLESHEET}${options.css ?? ''}</style>
${options.head ?? raw('')}
</head>
<body>
${topBar(options.audience)}
${options.body}
</body>
</html>
`;
}
