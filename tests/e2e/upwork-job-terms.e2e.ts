import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoRoutes } from '../../demo/routes.ts';
import type { TestBrowser, TestPage } from '../../scripts/lib/browsers/driver.ts';
import { APPLY_URL, demoSiteRoutes, fixtureRoutes } from '../../scripts/lib/browsers/site-routes.ts';
import { describeEachBrowser } from './harness/browsers.ts';
import { badgeFor, tabStateFor, writeNoteIn } from './harness/extension-pages.ts';

/**
 * The client's AI terms in place, in both browsers: on the job page and the feed's slider (client-side
 * navigation), then on the apply page, judged on the cached full post, on the post expanded in place, or on
 * the excerpt alone (a partial reading).
 *
 * Features: job-terms, proposal-terms
 */

const jobRoute = (title: RegExp) => demoRoutes.find((r) => r.kind === 'job-details' && title.test(r.title))!;
const applyRoute = (title: RegExp) => demoRoutes.find((r) => r.kind === 'proposal' && title.test(r.title))!;
const FEED = demoRoutes.find((r) => r.kind === 'job-feed')!.url;

/** Runs in the page: what Candor drew in its shadow roots and marked on the document. */
const candorView = (page: TestPage) =>
  page.evaluate(() => {
    const shadow = (name: string) => document.querySelector(`[data-candor-ui="${name}"]`)?.shadowRoot ?? null;
    return {
      page: document.documentElement.dataset.candorPage ?? null,
      stance: document.documentElement.dataset.candorStance ?? null,
      chip: shadow('stance-chip')?.querySelector('button.toggle')?.textContent ?? null,
      prompt: shadow('disclosure-prompt')?.querySelector('p')?.textContent ?? null,
    };
  });

describeEachBrowser('client AI terms on job and apply pages', ({ name, launch }) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch((url) => demoSiteRoutes(url) ?? fixtureRoutes(url));
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('an apply page opened first is judged on the description expanded in place, then left as it was', async () => {
    const apply = applyRoute(/Blog Writer/);
    const page = await browser.newPage(apply.url);
    await page.waitForSelector('html[data-candor-stance]');
    const state = await tabStateFor(browser, apply.url);
    expect(state.job?.source).toBe('expanded');
    expect(state.job?.reading.stance).toBe('prohibited');
    expect(
      await page.evaluate(() =>
        document.querySelector('.air3-truncation-btn')?.getAttribute('aria-expanded'),
      ),
    ).toBe('false');
    await page.waitForSelector('[data-candor-ui="disclosure-prompt"]');
    expect((await candorView(page)).prompt).toMatch(/does not allow AI in proposals/);
    await page.close();
  });

  test.each([
    [/Blog Writer/, 'prohibited', /no AI/],
    [/Python Script/, 'allowed', /AI allowed/],
    [/Chatbot/, 'none', /no rules on AI/],
  ])('the job page %s shows the client stance %s', async (title, stance, chip) => {
    const page = await browser.newPage(jobRoute(title).url);
    await page.waitForSelector('[data-candor-ui="stance-chip"]');
    const view = await candorView(page);
    expect(view).toMatchObject({ page: 'job-details', stance });
    expect(view.chip).toMatch(chip);
    expect(
      await page.evaluate(() =>
        document.querySelector('[data-candor-field="job-description"]')?.getAttribute('data-test'),
      ),
    ).toBe('Description');
    await page.close();
  });

  test('the toolbar badge shows the stance per tab, with a tooltip, and clears on a page without terms', async () => {
    const restricted = jobRoute(/Blog Writer/).url;
    const page = await browser.newPage(restricted);
    await page.waitForSelector('html[data-candor-stance]');
    const badge = await badgeFor(browser, restricted);
    expect(badge.text).toBe('NO');
    expect(badge.title).toMatch(/client’s AI terms: no AI\nProposal: no AI/);
    const none = jobRoute(/Chatbot/).url;
    const other = await browser.newPage(none);
    await other.waitForSelector('html[data-candor-stance]');
    expect((await badgeFor(browser, none)).text).toBe('');
    // Per tab: the first tab keeps its own badge.
    expect((await badgeFor(browser, restricted)).text).toBe('NO');
    await page.goto(FEED);
    await page.waitForSelector('html[data-candor-page="none"]');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await badgeFor(browser, FEED)).text).toBe('');
    await Promise.all([page.close(), other.close()]);
  });

  test('opening the chip lists the evidence and highlights it in the description', async () => {
    const page = await browser.newPage(jobRoute(/Blog Writer/).url);
    await page.waitForSelector('[data-candor-ui="stance-chip"]');
    const opened = await page.evaluate(() => {
      const root = document.querySelector('[data-candor-ui="stance-chip"]')!.shadowRoot!;
      (root.querySelector('button.toggle') as HTMLButtonElement).click();
      return {
        expanded: root.querySelector('button.toggle')?.getAttribute('aria-expanded'),
        panelHidden: (root.querySelector('.panel') as HTMLElement).hidden,
        quotes: [...root.querySelectorAll('blockquote')].map((q) => q.lastChild?.textContent ?? ''),
      };
    });
    expect(opened.expanded).toBe('true');
    expect(opened.panelHidden).toBe(false);
    expect(opened.quotes.some((q) => q.includes('No ChatGPT cover letters'))).toBe(true);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot(`test-results/${name}-job-terms-chip.png`);
    await page.close();
  });

  test('the feed slider (client-side navigation) gets the chip; closing it clears the markers', async () => {
    const page = await browser.newPage(FEED);
    await page.waitForSelector('html[data-candor-page="none"]');
    await page.click('[data-job-id="~022001452218873460902"] .job-tile-title a');
    await page.waitForSelector('[data-candor-ui="stance-chip"]');
    expect(page.url()).toMatch(/\/nx\/find-work\/best-matches\/details\/~022001452218873460902/);
    expect(await candorView(page)).toMatchObject({ page: 'job-details', stance: 'allowed' });
    await page.click('.job-details-slider .air3-slider-close');
    await page.waitForSelector('html[data-candor-page="none"]');
    expect(await candorView(page)).toMatchObject({ stance: null, chip: null });
    await page.close();
  });

  test('the whole path: slider (client-side) → chip and cache → apply page → prompt → note in → note out', async () => {
    const page = await browser.newPage(FEED);
    await page.click('[data-job-id="~022001437650918273645"] .job-tile-title a');
    await page.waitForSelector('[data-candor-ui="stance-chip"]');
    await page.click('.job-details-slider [data-cy="submit-proposal-button"]');
    await page.waitForSelector('[data-candor-ui="disclosure-prompt"]');
    const apply = applyRoute(/Blog Writer/).url;
    expect(await candorView(page)).toMatchObject({ page: 'proposal', stance: 'prohibited' });
    expect((await tabStateFor(browser, apply)).job?.source).toBe('cache');
    await page.evaluate(() =>
      document.querySelector('[data-candor-ui="disclosure-prompt"]')?.scrollIntoView({ block: 'center' }),
    );
    await page.screenshot(`test-results/${name}-apply-prompt.png`);

    const letter = '[data-candor-field="cover-letter"]';
    await page.type(letter, 'My own words.');
    const note = 'I wrote this proposal myself; I used Grammarly only to check spelling.';
    expect(
      (await writeNoteIn(browser, apply, { target: { field: 'cover-letter' }, action: 'insert', text: note }))
        .ok,
    ).toBe(true);
    const written = await page.evaluateWith(
      (s) => (document.querySelector(s) as HTMLTextAreaElement).value,
      letter,
    );
    expect(written).toContain(note);
    // Upwork's counter moves only on an input event, so this says the page's model saw the note.
    expect(await page.textContent('.cover-letter-area div[role="status"]')).toBe(
      `${5000 - written.length} characters left`,
    );
    expect(
      (await writeNoteIn(browser, apply, { target: { field: 'cover-letter' }, action: 'remove' })).ok,
    ).toBe(true);
    expect(
      await page.evaluateWith((s) => (document.querySelector(s) as HTMLTextAreaElement).value, letter),
    ).toBe('My own words.');
    await page.close();
  });

  test('"Not for this job" removes the prompt and it stays away for that job', async () => {
    const apply = applyRoute(/Blog Writer/).url;
    const page = await browser.newPage(apply);
    await page.waitForSelector('[data-candor-ui="disclosure-prompt"]');
    await page.evaluate(() => {
      const root = document.querySelector('[data-candor-ui="disclosure-prompt"]')!.shadowRoot!;
      (root.querySelector('button.later') as HTMLButtonElement).click();
    });
    await page.goto(apply);
    await page.waitForSelector('html[data-candor-stance]');
    // The prompt would be drawn right after the stance is known; give it that moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await candorView(page)).prompt).toBeNull();
    await page.close();
  });

  test('the saved real apply page, never seen before and not expandable, gives a partial reading', async () => {
    const page = await browser.newPage(APPLY_URL);
    await page.waitForSelector('html[data-candor-stance]');
    const state = await tabStateFor(browser, APPLY_URL);
    expect(state.job?.source).toBe('excerpt');
    expect(state.job?.title).toMatch(/\S/);
    await page.close();
  });
});
