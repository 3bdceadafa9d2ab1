import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoRoutes } from '../../demo/routes.ts';
import type { TestBrowser, TestPage } from '../../scripts/lib/browsers/driver.ts';
import { demoSiteRoutes } from '../../scripts/lib/browsers/site-routes.ts';
import { describeEachBrowser } from './harness/browsers.ts';
import { writeNoteIn } from './harness/extension-pages.ts';

/**
 * Writing the note into Upwork's forms, in both browsers, through the real path (extension page →
 * background → content script): the page's own model sees it, the user's text is never lost, a second
 * insert updates the block in place, remove and undo restore the text exactly, and the limit holds.
 *
 * Features: proposal-form, job-post-editor, message-field, work-submission-field
 */

const route = (kind: string, title?: RegExp) =>
  demoRoutes.find((r) => r.kind === kind && (!title || title.test(r.title)))!.url;
const APPLY = route('proposal', /Blog Writer/);
const JOB_POST = route('job-post');
const MESSAGES = route('messages');
const WORKROOM = route('work-submission');

const NOTE = 'I used ChatGPT to brainstorm the outline; every sentence was written and checked by me.';
const SHORTER = 'I used Grammarly to check spelling; the words are mine.';
const USER_TEXT = 'Hello,\r\nI have written for B2B SaaS teams for six years.  Trailing spaces stay.   ';

/** Runs in the page: the editor's text as the user sees it, paragraphs as lines. */
function renderedText(selector: string): string {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (with paragraph breaks) is the point.
  return (document.querySelector(selector) as HTMLElement).innerText;
}

const value = (page: TestPage, selector: string) =>
  page.evaluateWith((s) => (document.querySelector(s) as HTMLTextAreaElement).value, selector);

describeEachBrowser('writing the note into the page', ({ launch }) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(demoSiteRoutes);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('cover letter: insert after the user text, update in place, remove, undo; the page model sees each', async () => {
    const page = await browser.newPage(APPLY);
    const letter = '[data-candor-field="cover-letter"]';
    await page.waitForSelector(letter);
    await page.type(letter, 'Hello, I write about finance automation.');
    const typed = await value(page, letter);
    expect(typed).toBe('Hello, I write about finance automation.');

    const inserted = await writeNoteIn(browser, APPLY, {
      target: { field: 'cover-letter' },
      action: 'insert',
      text: NOTE,
    });
    expect(inserted).toMatchObject({ ok: true, action: 'insert', limit: 5000 });
    const afterInsert = await value(page, letter);
    expect(afterInsert.startsWith(typed)).toBe(true);
    expect(afterInsert).toContain(NOTE);
    expect(afterInsert).toContain('── AI use disclosure ──');
    // The demo reproduces Vue: its counter moves only when an input event reached the model.
    const counter = await page.textContent('.cover-letter-area div[role="status"]');
    expect(counter).toBe(`${5000 - afterInsert.length} characters left`);

    await writeNoteIn(browser, APPLY, { target: { field: 'cover-letter' }, action: 'insert', text: SHORTER });
    const afterUpdate = await value(page, letter);
    expect(afterUpdate).toContain(SHORTER);
    expect(afterUpdate).not.toContain(NOTE);
    expect(afterUpdate.split('── AI use disclosure ──').length).toBe(2);

    const undone = await writeNoteIn(browser, APPLY, { target: { field: 'cover-letter' }, action: 'undo' });
    expect(undone).toMatchObject({ ok: true, action: 'undo' });
    expect(await value(page, letter)).toBe(afterInsert);

    const removed = await writeNoteIn(browser, APPLY, {
      target: { field: 'cover-letter' },
      action: 'remove',
    });
    expect(removed).toMatchObject({ ok: true, action: 'remove' });
    expect(await value(page, letter)).toBe(typed);
    expect(await page.textContent('.cover-letter-area div[role="status"]')).toBe(
      `${5000 - typed.length} characters left`,
    );
    await page.close();
  });

  test('exact user text (CRLF, trailing spaces) survives insert then remove byte for byte', async () => {
    const page = await browser.newPage(APPLY);
    const letter = '[data-candor-field="cover-letter"]';
    await page.waitForSelector(letter);
    // Set as a paste would: the user's text as it is, with an input event for the page.
    await page.evaluateWith(
      ({ selector, text }) => {
        const area = document.querySelector(selector) as HTMLTextAreaElement;
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      },
      { selector: letter, text: USER_TEXT },
    );
    const before = await value(page, letter);
    await writeNoteIn(browser, APPLY, { target: { field: 'cover-letter' }, action: 'insert', text: NOTE });
    await writeNoteIn(browser, APPLY, { target: { field: 'cover-letter' }, action: 'remove' });
    expect(await value(page, letter)).toBe(before);
    await page.close();
  });

  test('a note that would pass 5,000 characters is refused and nothing changes', async () => {
    const page = await browser.newPage(APPLY);
    const letter = '[data-candor-field="cover-letter"]';
    await page.waitForSelector(letter);
    await page.evaluateWith((selector) => {
      const area = document.querySelector(selector) as HTMLTextAreaElement;
      area.value = 'x'.repeat(4950);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, letter);
    const outcome = await writeNoteIn(browser, APPLY, {
      target: { field: 'cover-letter' },
      action: 'insert',
      text: NOTE,
    });
    expect(outcome).toMatchObject({ ok: false, error: 'too-long' });
    expect(await value(page, letter)).toBe('x'.repeat(4950));
    await page.close();
  });

  test('a screening answer is written by its index', async () => {
    const page = await browser.newPage(APPLY);
    await page.waitForSelector('[data-candor-field="screening-answer"]');
    const outcome = await writeNoteIn(browser, APPLY, {
      target: { field: 'screening-answer', index: 0 },
      action: 'insert',
      text: NOTE,
    });
    expect(outcome.ok).toBe(true);
    expect(await value(page, '[data-candor-field="screening-answer"]')).toContain(NOTE);
    const missing = await writeNoteIn(browser, APPLY, {
      target: { field: 'screening-answer', index: 5 },
      action: 'insert',
      text: NOTE,
    });
    expect(missing).toMatchObject({ ok: false, error: 'field-not-found' });
    await page.close();
  });

  test('job-post editor: the clause goes after the client description and its counter follows', async () => {
    const page = await browser.newPage(JOB_POST);
    const field = '[data-candor-field="job-post-description"]';
    await page.waitForSelector(field);
    const before = await value(page, field);
    expect(before.length).toBeGreaterThan(0);
    const clause = 'AI use in this job\nDo not use generative AI tools for your proposal.';
    expect(
      (
        await writeNoteIn(browser, JOB_POST, {
          target: { field: 'job-post-description' },
          action: 'insert',
          text: clause,
        })
      ).ok,
    ).toBe(true);
    const after = await value(page, field);
    expect(after.startsWith(before)).toBe(true);
    expect(after).toContain(clause);
    expect(await page.textContent('[data-test="description-counter"]')).toContain(String(after.length));
    await page.close();
  });

  test('message composer (ProseMirror-like): the note reaches the editor model, and remove takes it out', async () => {
    const page = await browser.newPage(MESSAGES);
    const field = '[data-candor-field="message"]';
    await page.waitForSelector(field);
    await page.type(field, 'Draft attached.');
    const outcome = await writeNoteIn(browser, MESSAGES, {
      target: { field: 'message' },
      action: 'insert',
      text: NOTE,
    });
    expect(outcome).toMatchObject({ ok: true, action: 'insert' });
    const text = await page.evaluateWith(renderedText, field);
    expect(text).toContain('Draft attached.');
    expect(text).toContain(NOTE);
    const modelLength = Number(
      await page.evaluate(() =>
        document.querySelector('[data-model-length]')?.getAttribute('data-model-length'),
      ),
    );
    expect(modelLength).toBeGreaterThan('Draft attached.'.length + NOTE.length);
    expect(
      (await writeNoteIn(browser, MESSAGES, { target: { field: 'message' }, action: 'remove' })).ok,
    ).toBe(true);
    const left = await page.evaluateWith(renderedText, field);
    expect(left.trim()).toBe('Draft attached.');
    await page.close();
  });

  test('work submission: the dialog message is found when the dialog opens, and written into', async () => {
    const page = await browser.newPage(WORKROOM);
    await page.waitForSelector('html[data-candor-page="work-submission"]');
    await page.click('[data-test="open-submit-work"]');
    const field = '[data-candor-field="work-message"]';
    await page.waitForSelector(field);
    expect(
      (
        await writeNoteIn(browser, WORKROOM, {
          target: { field: 'work-message' },
          action: 'insert',
          text: NOTE,
        })
      ).ok,
    ).toBe(true);
    expect(await value(page, field)).toContain(NOTE);
    await page.close();
  });
});
