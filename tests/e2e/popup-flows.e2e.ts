import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoRoutes } from '../../demo/routes.ts';
import type { TestBrowser, TestPage } from '../../scripts/lib/browsers/driver.ts';
import { demoSiteRoutes } from '../../scripts/lib/browsers/site-routes.ts';
import { describeEachBrowser } from './harness/browsers.ts';
import { openPopupFor } from './harness/extension-pages.ts';

/**
 * The popup and options page in real browsers, on the offline demo pages: the freelancer declares, the note
 * goes into the cover letter and into the ledger; the client builds a clause that goes into the job post.
 * axe-core checks every state.
 */

const route = (kind: string, title: RegExp) =>
  demoRoutes.find((r) => r.kind === kind && title.test(r.title))!;
const APPLY = route('proposal', /Blog Writer/).url;
const JOB_POST = route('job-post', /./).url;
const NOWHERE = 'https://www.upwork.com/nx/settings/membership';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's violations on the page, as "rule: target" lines. */
async function axeViolations(page: TestPage): Promise<string[]> {
  return page.evaluateWith(async (source) => {
    // biome-ignore lint/security/noGlobalEval: axe-core must run inside the page; the test driver's evaluation is not bound by the page's CSP.
    globalThis.eval(source);
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
  }, AXE);
}
interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

/**
 * Screenshots of the popup's states go to test-results/screenshots/; with CANDOR_DOCS_SCREENSHOTS=1 they
 * refresh the README's docs/screenshots/ instead (a plain `npm test` never changes tracked files).
 */
const SCREENSHOTS =
  process.env.CANDOR_DOCS_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';

/** Saves the popup as the user sees it: its own width, and its content's height. */
async function screenshotPopup(page: TestPage, file: string): Promise<void> {
  const size = await page.evaluate(() => ({
    width: Math.ceil(document.body.getBoundingClientRect().width),
    height: Math.min(900, Math.ceil(document.documentElement.scrollHeight)),
  }));
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot(`${SCREENSHOTS}/${file}`, { x: 0, y: 0, ...size });
}

describeEachBrowser('popup and options', ({ name, launch }) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(demoSiteRoutes);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a page without a form: the popup says what Candor does and where', async () => {
    await browser.newPage(NOWHERE);
    const popup = await openPopupFor(browser, NOWHERE);
    await popup.waitForSelector('[data-status="no-page"]');
    expect(await axeViolations(popup)).toEqual([]);
    await screenshotPopup(popup, `${name}-no-page.png`);
  });

  test('freelancer: terms, declaration, verdict, note in the cover letter, entry in the ledger', async () => {
    const page = await browser.newPage(APPLY);
    await page.waitForSelector('[data-candor-field="cover-letter"]');
    await page.waitForSelector('html[data-candor-stance]');
    const popup = await openPopupFor(browser, APPLY);
    await popup.waitForSelector('[data-terms]:not([data-terms="unread"])');
    expect(await axeViolations(popup)).toEqual([]);
    await screenshotPopup(popup, `${name}-terms.png`);

    await popup.click('input[name="decl-level"][value="ideas"]');
    await popup.click('input[type="checkbox"][value="ChatGPT"]');
    await popup.waitForSelector('[data-verdict]');
    const note = await popup.evaluate(
      () => document.querySelector<HTMLTextAreaElement>('#note-text')?.value ?? '',
    );
    expect(note).toContain('ChatGPT');
    expect(await axeViolations(popup)).toEqual([]);
    await screenshotPopup(popup, `${name}-verdict.png`);

    await popup.click('[data-action="insert"]');
    await popup.waitForSelector('[data-outcome="insert"]');
    expect(await popup.textContent('[data-outcome="insert"]')).toMatch(/characters left/);
    await screenshotPopup(popup, `${name}-inserted.png`);
    const letter = await page.evaluate(
      () => document.querySelector<HTMLTextAreaElement>('[data-candor-field="cover-letter"]')?.value ?? '',
    );
    expect(letter).toContain(note);

    const options = await browser.newPage(`${browser.extensionOrigin}/options/index.html`);
    await options.waitForSelector('[data-entry]');
    expect(await options.textContent('ol.ledger h3')).toMatch(/Blog Writer/);
    expect(await options.textContent('ol.ledger blockquote')).toBe(note);
    expect(await axeViolations(options)).toEqual([]);
    await options.evaluate(() => document.getElementById('ledger-title')?.scrollIntoView());
    mkdirSync(SCREENSHOTS, { recursive: true });
    await options.screenshot(`${SCREENSHOTS}/${name}-options-ledger.png`);
  });

  test('client: the clause builder writes the clause into the job post', async () => {
    const page = await browser.newPage(JOB_POST);
    await page.waitForSelector('[data-candor-field="job-post-description"]');
    const popup = await openPopupFor(browser, JOB_POST);
    await popup.waitForSelector('[data-status="clause-builder"]');
    await popup.click('input[name="clause-stance"][value="no-ai"]');
    expect(await axeViolations(popup)).toEqual([]);
    const clause = await popup.textContent('[data-clause]');
    expect(clause).toMatch(/^AI use in this job\nDo not use generative AI/);
    await screenshotPopup(popup, `${name}-clause.png`);
    await popup.click('[data-action="insert"]');
    await popup.waitForSelector('[data-outcome="insert"]');
    const description = await page.evaluate(
      () =>
        document.querySelector<HTMLTextAreaElement>('[data-candor-field="job-post-description"]')?.value ??
        '',
    );
    expect(description).toContain('Do not use generative AI');
  });

  test('keyboard only: Tab reaches every step with a visible focus, arrows pick the level, Enter inserts', async () => {
    const apply = route('proposal', /Python Script/).url;
    const page = await browser.newPage(apply);
    await page.waitForSelector('html[data-candor-stance]');
    const popup = await openPopupFor(browser, apply);
    await popup.waitForSelector('[data-terms]:not([data-terms="unread"])');
    /** Tabs forward until `selector` has the focus, checking that each focused control shows it. */
    const tabTo = async (selector: string) => {
      for (let step = 0; step < 80; step++) {
        await popup.press('Tab');
        const focus = await popup.evaluateWith((wanted) => {
          const active = document.activeElement as HTMLElement | null;
          const style = active ? getComputedStyle(active) : null;
          return {
            here: Boolean(active?.matches(wanted)),
            visible: Boolean(style && style.outlineStyle !== 'none' && style.outlineWidth !== '0px'),
            name: active
              ? `${active.tagName} ${active.getAttribute('name') ?? active.textContent?.trim() ?? ''}`
              : '',
          };
        }, selector);
        expect(focus.visible, `focus ring on ${focus.name}`).toBe(true);
        if (focus.here) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo('input[name="decl-level"]');
    await popup.press('ArrowDown');
    expect(
      await popup.evaluate(
        () => document.querySelector<HTMLInputElement>('input[name="decl-level"]:checked')?.value,
      ),
    ).not.toBe('none');
    await tabTo('[data-action="insert"]');
    await popup.press('Enter');
    await popup.waitForSelector('[data-outcome="insert"]');
    const letter = await page.evaluate(
      () => document.querySelector<HTMLTextAreaElement>('[data-candor-field="cover-letter"]')?.value ?? '',
    );
    expect(letter).toContain('── AI use disclosure ──');
  });

  test('dark mode: the popup and options follow prefers-color-scheme with no accessibility violations', async () => {
    const dark = await launch(demoSiteRoutes, { colorScheme: 'dark' });
    try {
      const apply = route('proposal', /Blog Writer/).url;
      const page = await dark.newPage(apply);
      await page.waitForSelector('html[data-candor-stance]');
      const popup = await openPopupFor(dark, apply);
      await popup.waitForSelector('[data-terms]:not([data-terms="unread"])');
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
        'rgb(255, 255, 255)',
      );
      expect(await axeViolations(popup)).toEqual([]);
      await screenshotPopup(popup, `${name}-dark.png`);
      const options = await dark.newPage(`${dark.extensionOrigin}/options/index.html`);
      await options.waitForSelector('h1');
      expect(await axeViolations(options)).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
