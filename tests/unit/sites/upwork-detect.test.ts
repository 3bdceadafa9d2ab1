import { describe, expect, test } from 'vitest';
import { detectUpworkPage } from '../../../src/sites/upwork/detect.ts';

/** Real URL shapes from ../shared/upwork-dom.md, each with the kind, variant and job id it must give. */
const CASES: [url: string, kind: string, variant: string, jobId?: string][] = [
  // Apply pages (fixtures; many bots) and the legacy app.
  [
    'https://www.upwork.com/nx/proposals/job/~021998744339961847531/apply/',
    'proposal',
    'apply',
    '~021998744339961847531',
  ],
  [
    'https://www.upwork.com/nx/proposals/job/~021998744339961847531/apply',
    'proposal',
    'apply',
    '~021998744339961847531',
  ],
  [
    'https://www.upwork.com/ab/proposals/job/~01a2b3c4d5e6f7a8b9/apply/#/',
    'proposal',
    'apply',
    '~01a2b3c4d5e6f7a8b9',
  ],
  [
    'https://www.upwork.com/nx/proposals/interview/1823456789012345678/accept',
    'proposal',
    'invitation-accept',
  ],
  ['https://www.upwork.com/nx/proposals/1823456789012345678/edit', 'proposal', 'proposal-edit'],
  // Job pages, the public form and the sliders over the feed and search.
  ['https://www.upwork.com/jobs/~021954000980984346791', 'job-details', 'job-page', '~021954000980984346791'],
  [
    'https://www.upwork.com/jobs/Senior-Vue-Developer_~021954000980984346791/?referrer_url_path=/nx/search/jobs/',
    'job-details',
    'job-page',
    '~021954000980984346791',
  ],
  [
    'https://www.upwork.com/freelance-jobs/apply/Write-SaaS-blog-posts_~021954000980984346791/',
    'job-details',
    'job-public',
    '~021954000980984346791',
  ],
  [
    'https://www.upwork.com/nx/find-work/best-matches/details/~021954000980984346791?pageTitle=Job%20Details&_modalInfo=%5B%7B%7D%5D',
    'job-details',
    'job-slider',
    '~021954000980984346791',
  ],
  [
    'https://www.upwork.com/nx/search/jobs/details/~021954000980984346791',
    'job-details',
    'job-slider',
    '~021954000980984346791',
  ],
  // The client's job-post wizard.
  ['https://www.upwork.com/nx/job-post/', 'job-post', 'job-post-editor'],
  ['https://www.upwork.com/nx/job-post/instant/title', 'job-post', 'job-post-editor'],
  ['https://www.upwork.com/nx/job-post/regular/description', 'job-post', 'job-post-editor'],
  // Workrooms and contracts (work submission) and messages.
  ['https://www.upwork.com/nx/wm/workroom/38123456/milestones', 'work-submission', 'workroom'],
  ['https://www.upwork.com/nx/wm/workroom/38123456', 'work-submission', 'workroom'],
  ['https://www.upwork.com/nx/wm/contracts/38123456', 'work-submission', 'contract'],
  ['https://www.upwork.com/ab/contracts/38123456', 'work-submission', 'legacy-contract'],
  ['https://www.upwork.com/nx/wm/workroom/38123456/messages', 'messages', 'workroom-messages'],
  ['https://www.upwork.com/ab/messages/rooms/room_4f2a9c0e1b7d', 'messages', 'room'],
  ['https://www.upwork.com/nx/messages/room_4f2a9c0e1b7d', 'messages', 'room'],
];

/** Pages that look close to one of the above but are not forms Candor works on. */
const NEGATIVES: [url: string, variant: string][] = [
  ['https://www.upwork.com/', 'other-page'],
  ['https://www.upwork.com/nx/find-work/best-matches', 'other-page'],
  ['https://www.upwork.com/nx/search/jobs/?q=vue', 'other-page'],
  ['https://www.upwork.com/nx/proposals/1823456789012345678', 'other-page'],
  ['https://www.upwork.com/nx/proposals/job/~021998744339961847531/', 'other-page'],
  ['https://www.upwork.com/jobs/', 'other-page'],
  ['https://www.upwork.com/nx/wm/contracts', 'other-page'],
  ['https://www.upwork.com/nx/job-posting-tips', 'other-page'],
  ['https://community.upwork.com/jobs/~021954000980984346791', 'other-site'],
  ['http://www.upwork.com/jobs/~021954000980984346791', 'other-site'],
  ['https://www.upwork.com.evil.example/jobs/~021954000980984346791', 'other-site'],
  ['not a url', 'invalid-url'],
];

describe('detectUpworkPage', () => {
  test.each(CASES)('%s → %s (%s)', (url, kind, variant, jobId) => {
    const match = detectUpworkPage(url);
    expect(match).toEqual(jobId ? { kind, variant, jobId } : { kind, variant });
  });

  test.each(NEGATIVES)('%s is not a Candor page (%s)', (url, variant) => {
    expect(detectUpworkPage(url)).toEqual({ kind: 'none', variant });
  });

  test('job ids are read case-insensitively and normalised to lower case', () => {
    expect(detectUpworkPage('https://www.upwork.com/jobs/~01ABCDEF0123456789').jobId).toBe(
      '~01abcdef0123456789',
    );
  });
});
