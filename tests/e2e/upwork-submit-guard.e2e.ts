import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoRoutes } from '../../demo/routes.ts';
import type { TestBrowser, TestPage } from '../../scripts/lib/browsers/driver.ts';
import { demoSiteRoutes } from '../../scripts/lib/browsers/site-routes.ts';
import { describeEachBrowser } from './harness/browsers.ts';
import { writeNoteIn } from './harness/extension-pages.ts';

/**
 * The pre-submit guard in both browsers: where the client restricts AI in proposals, the first Send without
 * a disclosure asks first; Cancel keeps the proposal; "Continue anyway" lets the next click through; a
 * proposal with a note, or a job that allows AI, is never stopped. Candor never clicks Send itself.
 *
 * Features: proposal-terms
 */

const applyUrl = (title: RegExp) => demoRoutes.find((r) => r.kind === 'proposal' && title.test(r.title))!.url;
const RESTRICTED = applyUrl(/Blog Writer/);
const ALLOWING = applyUrl(/Python Script/);
const SEND = '.fe-apply-footer-controls button.air3-btn-primary';

const guard = (page: TestPage) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-candor-ui="submit-guard"]')?.shadowRoot;
    return root ? (root.querySelector('[role="alertdialog"] p')?.textContent ?? '') : null;
  });
const choose = (page: TestPage, label: RegExp) =>
  page.evaluateWith((source) => {
    const root = document.querySelector('[data-candor-ui="submit-guard"]')!.shadowRoot!;
    const button = [...root.querySelectorAll('button')].find((b) =>
      new RegExp(source).test(b.textContent ?? ''),
    );
    (button as HTMLButtonElement).click();
  }, label.source);
const submitted = (page: TestPage) =>
  page.evaluate(() => document.querySelector('[data-test="proposal-submitted"]') !== null);

/** Fills the form as a user would, so the demo's own validation lets Send through. */
async function fillProposal(page: TestPage): Promise<void> {
  await page.waitForSelector('html[data-candor-stance]');
  await page.type('[data-candor-field="cover-letter"]', 'I have written for B2B SaaS teams for six years.');
  const answers = await page.evaluate(
    () => document.querySelectorAll('[data-candor-field="screening-answer"]').length,
  );
  for (let i = 0; i < answers; i++) {
    await page.evaluateWith((index) => {
      document.querySelectorAll<HTMLElement>('[data-candor-field="screening-answer"]')[index]!.dataset.fill =
        'me';
    }, i);
    await page.type('[data-fill="me"]', 'Two long-form series for fintech clients.');
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('[data-fill="me"]')!.removeAttribute('data-fill'),
    );
  }
  // The guard is armed once the background has answered; give that a moment.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describeEachBrowser('pre-submit guard', ({ launch }) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(demoSiteRoutes);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('Send without a disclosure asks first; Cancel keeps the proposal unsent', async () => {
    const page = await browser.newPage(RESTRICTED);
    await fillProposal(page);
    await page.click(SEND);
    await page.waitForSelector('[data-candor-ui="submit-guard"]');
    expect(await guard(page)).toMatch(/does not say how you used AI/);
    expect(await submitted(page)).toBe(false);
    await choose(page, /^Cancel$/);
    expect(await guard(page)).toBeNull();
    expect(await submitted(page)).toBe(false);
    await page.close();
  });

  test('"Continue anyway" never sends by itself; the next click on Send goes through', async () => {
    const page = await browser.newPage(RESTRICTED);
    await fillProposal(page);
    await page.click(SEND);
    await page.waitForSelector('[data-candor-ui="submit-guard"]');
    await choose(page, /Continue anyway/);
    expect(await guard(page)).toBeNull();
    expect(await submitted(page)).toBe(false);
    await page.click(SEND);
    await page.waitForSelector('[data-test="proposal-submitted"]');
    await page.close();
  });

  test('with a disclosure in the cover letter, Send is not stopped', async () => {
    const page = await browser.newPage(RESTRICTED);
    await fillProposal(page);
    const outcome = await writeNoteIn(browser, RESTRICTED, {
      target: { field: 'cover-letter' },
      action: 'insert',
      text: 'I wrote this proposal myself, without AI tools.',
    });
    expect(outcome.ok).toBe(true);
    await page.click(SEND);
    await page.waitForSelector('[data-test="proposal-submitted"]');
    expect(await guard(page)).toBeNull();
    await page.close();
  });

  test('a job that allows AI is never stopped', async () => {
    const page = await browser.newPage(ALLOWING);
    await fillProposal(page);
    await page.click(SEND);
    await page.waitForSelector('[data-test="proposal-submitted"]');
    expect(await guard(page)).toBeNull();
    await page.close();
  });
});
