import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TestBrowser } from '../../scripts/lib/browsers/driver.ts';
import { routesFromMap } from '../../scripts/lib/browsers/site-routes.ts';
import { describeEachBrowser } from './harness/browsers.ts';
import { tabStateFor } from './harness/extension-pages.ts';

/**
 * Every saved real Upwork page in tests/fixtures/upwork/ (copied from ../shared/fixtures, headers kept),
 * served at the URL it was captured from, and what Candor must find on it, in both browsers. The apply page
 * with one question is covered by proposal-slice.e2e.ts. Also: a hostile job description stays inert.
 *
 * Features: job-terms, proposal-form, proposal-terms
 */

const FIXTURES = 'tests/fixtures/upwork';
const JOB_2025_12 =
  'https://www.upwork.com/jobs/Talented-hands-next-supabase-developer-needed_~021999060037801980319/';
const JOB_2025_08 = 'https://www.upwork.com/jobs/~021954000980984346791';
const APPLY_2025_08 = 'https://www.upwork.com/nx/proposals/job/~021954000980984346791/apply/';
const APPLY_LOADER = 'https://www.upwork.com/nx/proposals/job/~022024000000000000001/apply/';
const HOSTILE_JOB = 'https://www.upwork.com/jobs/Hostile-description_~022024000000000000002/';

/** A job page whose description holds markup as text (as Upwork escapes it), and a megabyte of filler. */
function writeHostilePage(): string {
  const file = 'test-results/hostile-job.html';
  const payload = [
    'Do not use ChatGPT or any AI tool for this job. &lt;img src=x onerror="window.__candorPwned=1"&gt;',
    '&lt;script&gt;window.__candorPwned=2&lt;/script&gt; Proposals written with AI will be declined.',
    'lorem ipsum dolor sit amet '.repeat(40_000),
  ].join('<br>');
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    file,
    `<!doctype html><title>Hostile job</title><div class="job-details"><div class="job-details-content">
<h4><span class="flex-1">Hostile description</span></h4>
<div data-test="Description"><strong>Summary</strong><p class="text-body-sm multiline-text">${payload}</p></div></div></div>`,
  );
  return file;
}

describeEachBrowser('saved real Upwork pages', ({ name, launch }) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(
      routesFromMap({
        [new URL(JOB_2025_12).pathname]: `${FIXTURES}/job-details-page-2025-12-partial.html`,
        [new URL(JOB_2025_08).pathname]: `${FIXTURES}/job-details-and-apply-2025-08-excerpts.html`,
        [new URL(APPLY_2025_08).pathname]: `${FIXTURES}/job-details-and-apply-2025-08-excerpts.html`,
        [new URL(APPLY_LOADER).pathname]: `${FIXTURES}/apply-page-server-html-loader-2026-02-excerpt.html`,
        [new URL(HOSTILE_JOB).pathname]: writeHostilePage(),
      }),
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('job page, Dec 2025 capture: the description is found, read and judged', async () => {
    const page = await browser.newPage(JOB_2025_12);
    await page.waitForSelector('[data-candor-field="job-description"]');
    await page.waitForSelector('html[data-candor-stance]');
    const state = await tabStateFor(browser, JOB_2025_12);
    expect(state.report).toMatchObject({ kind: 'job-details', jobId: '~021999060037801980319' });
    expect(state.report?.fields).toEqual([{ kind: 'job-description', strategy: 'data-test-description' }]);
    expect(state.job?.title).toMatch(/\S/);
    expect(state.job?.reading.stance).toBe('none');
    await page.close();
  });

  test('job page then apply page, Aug 2025 captures: the apply page is judged on the cached full post', async () => {
    const job = await browser.newPage(JOB_2025_08);
    await job.waitForSelector('html[data-candor-stance]');
    const jobState = await tabStateFor(browser, JOB_2025_08);
    expect(jobState.job?.title).toBe(
      'Opportunity – Expert Developer for Azure-based Re-architecture Project',
    );
    await job.close();

    const apply = await browser.newPage(APPLY_2025_08);
    await apply.waitForSelector('[data-candor-field="cover-letter"]');
    await apply.waitForSelector('html[data-candor-stance]');
    const state = await tabStateFor(browser, APPLY_2025_08);
    expect(state.report?.fields).toEqual([{ kind: 'cover-letter', strategy: 'aria-labelledby' }]);
    expect(state.job?.source).toBe('cache');
    await apply.close();
  });

  test('apply page server HTML (loader only): not recognized after a while, then found once the form renders', async () => {
    const page = await browser.newPage(APPLY_LOADER);
    await page.waitForSelector('html[data-candor-page="proposal"]');
    let state = await tabStateFor(browser, APPLY_LOADER);
    expect(state.report?.missing).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 8500));
    state = await tabStateFor(browser, APPLY_LOADER);
    expect(state.report?.fields).toEqual([]);
    expect(state.report?.missing).toEqual([
      { kind: 'cover-letter', tried: ['aria-labelledby', 'cover-letter-area', 'legacy-up-textarea'] },
    ]);
    // Upwork's app now renders the form where the loader was.
    await page.evaluate(() => {
      document.querySelector('[data-fetch-key="ApplyPageAir3:0"]')!.innerHTML =
        '<div class="fe-ui-application-vue fe-job-apply"><div class="cover-letter-area"><label id="cover_letter_label">Cover Letter</label><textarea aria-labelledby="cover_letter_label"></textarea></div></div>';
    });
    await page.waitForSelector('[data-candor-field="cover-letter"]');
    await new Promise((resolve) => setTimeout(resolve, 200));
    state = await tabStateFor(browser, APPLY_LOADER);
    expect(state.report?.fields).toEqual([{ kind: 'cover-letter', strategy: 'aria-labelledby' }]);
    expect(state.report?.missing).toEqual([]);
    await page.close();
  }, 30_000);

  test('a hostile description (markup as text, 1 MB) is judged quickly and shown inert', async () => {
    const started = Date.now();
    const page = await browser.newPage(HOSTILE_JOB);
    await page.waitForSelector('[data-candor-ui="stance-chip"]', 15_000);
    const elapsed = Date.now() - started;
    const view = await page.evaluate(() => {
      const root = document.querySelector('[data-candor-ui="stance-chip"]')!.shadowRoot!;
      (root.querySelector('button.toggle') as HTMLButtonElement).click();
      return {
        pwned: (window as { __candorPwned?: number }).__candorPwned ?? null,
        stance: document.documentElement.dataset.candorStance,
        quotes: [...root.querySelectorAll('blockquote')].map((q) => q.textContent ?? ''),
        injected: root.querySelectorAll('img, script').length,
      };
    });
    expect(view.pwned).toBeNull();
    expect(view.stance).toBe('prohibited');
    expect(view.injected).toBe(0);
    expect(view.quotes.some((quote) => quote.includes('<script>window.__candorPwned=2</script>'))).toBe(true);
    // Generous: a 1 MB page load, the read and the reading, on a 2-core CI machine.
    expect(elapsed).toBeLessThan(10_000);
    await page.screenshot(`test-results/${name}-hostile-job.png`);
    await page.close();
  });
});
