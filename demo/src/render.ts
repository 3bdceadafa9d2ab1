/** Renders every demo page: file (relative to demo/) → HTML. Used by generate.ts and by the unit test's freshness check. */

import { readFileSync } from 'node:fs';
import { demoFiles, demoJobs } from './jobs.ts';
import { applyPage } from './pages/apply.ts';
import { feedPage } from './pages/feed.ts';
import { jobPage } from './pages/job-details.ts';
import { jobPostPage } from './pages/job-post.ts';
import { messagesPage } from './pages/messages.ts';
import { workSubmissionPage } from './pages/work-submission.ts';

function script(name: string): string {
  return readFileSync(new URL(`./scripts/${name}`, import.meta.url), 'utf8').trim();
}

export function renderDemoPages(): Map<string, string> {
  const jobDetailsScript = script('job-details.js');
  const pages = new Map<string, string>();
  pages.set(demoFiles.feed, feedPage(`${jobDetailsScript}\n${script('feed.js')}`));
  for (const job of demoJobs) {
    pages.set(demoFiles.jobPage(job), jobPage(job, jobDetailsScript));
    pages.set(demoFiles.applyPage(job), applyPage(job, script('apply.js')));
  }
  pages.set(demoFiles.jobPost, jobPostPage(script('job-post.js')));
  pages.set(demoFiles.messages, messagesPage(script('messages.js')));
  pages.set(demoFiles.workSubmission, workSubmissionPage(script('work-submission.js')));
  return pages;
}
