import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import type { TestBrowser } from '../../scripts/lib/browsers/driver.ts';
import { APPLY_URL, fixtureRoutes } from '../../scripts/lib/browsers/site-routes.ts';
import { describeEachBrowser } from './harness/browsers.ts';
import { openPopupFor } from './harness/extension-pages.ts';

/**
 * The foundation's slice through every layer, on the saved real apply page at its real URL: the content
 * script finds and marks the cover letter and tells the background; the popup, opened for that tab, says
 * a proposal form was found.
 *
 * Features: proposal-form
 */
describeEachBrowser('proposal form slice', ({ name, launch }) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(fixtureRoutes);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the content script marks the page and the cover letter on the saved apply page', async () => {
    const page = await browser.newPage(APPLY_URL);
    await page.waitForSelector('[data-candor-field="cover-letter"]');
    const markers = await page.evaluate(() => ({
      page: document.documentElement.dataset.candorPage,
      coverLetterLabel: document
        .querySelector('[data-candor-field="cover-letter"]')
        ?.getAttribute('aria-labelledby'),
      screeningAnswers: document.querySelectorAll('[data-candor-field="screening-answer"]').length,
      fields: document.querySelectorAll('[data-candor-field]').length,
    }));
    expect(markers).toEqual({
      page: 'proposal',
      coverLetterLabel: 'cover_letter_label',
      screeningAnswers: 1,
      fields: 2,
    });
  });

  test('the popup for that tab says a proposal form was found', async () => {
    const popup = await openPopupFor(browser, APPLY_URL);
    await popup.waitForSelector('[data-status="found"]');
    expect(await popup.textContent('[data-status="found"] h2')).toBe('Proposal form found');
    const fields = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-field]')].map((li) => li.getAttribute('data-field')),
    );
    expect(fields).toEqual(['cover-letter', 'screening-answer']);
    mkdirSync('test-results', { recursive: true });
    await popup.screenshot(`test-results/${name}-popup-proposal-found.png`);
  });

  test('a malformed message from a page is rejected with no side effect', async () => {
    const page = await browser.newPage(APPLY_URL);
    await page.waitForSelector('[data-candor-field="cover-letter"]');
    const popup = await openPopupFor(browser, APPLY_URL);
    await popup.waitForSelector('[data-status="found"]');
    const result = await popup.evaluate(async () => {
      // Runs inside an extension page: Firefox names the API `browser`, Chromium `chrome`.
      const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
      const api = scope.browser ?? scope.chrome;
      const before = JSON.stringify(await api.storage.session.get(null));
      const outcomes: string[] = [];
      for (const message of [{ type: 'page-report' }, { type: 'no-such-message' }, 'text', null]) {
        outcomes.push(
          await api.runtime.sendMessage(message).then(
            () => 'accepted',
            (error: Error) => (error.message.includes('Malformed') ? 'rejected' : `other: ${error.message}`),
          ),
        );
      }
      const after = JSON.stringify(await api.storage.session.get(null));
      return { outcomes, unchanged: before === after };
    });
    expect(result).toEqual({ outcomes: ['rejected', 'rejected', 'rejected', 'rejected'], unchanged: true });
  });

  test('a corrupt stored value is recovered: the options page opens on the defaults, and so does the popup', async () => {
    const options = await browser.newPage(`${browser.extensionOrigin}/options/index.html`);
    await options.evaluate(async () => {
      const scope = globalThis as unknown as { browser?: Browser; chrome: Browser };
      const api = scope.browser ?? scope.chrome;
      await api.storage.sync.set({ settings: 'garbage' });
      await api.storage.local.set({ templates: { v: 2, data: { en: 42 } }, jobDeclarations: [1, 2, 3] });
    });
    await options.goto(`${browser.extensionOrigin}/options/index.html`);
    await options.waitForSelector('input[name="preSubmitGuard"]');
    const switches = await options.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name]')].map((box) => [
        box.name,
        box.checked,
      ]),
    );
    expect(Object.fromEntries(switches)).toMatchObject({
      inPagePrompt: true,
      preSubmitGuard: true,
      badge: true,
      ledger: true,
    });
    const popup = await openPopupFor(browser, APPLY_URL);
    await popup.waitForSelector('[data-status="found"]');
  });
});
