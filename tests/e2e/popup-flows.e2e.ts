import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoRoutes } from '../../demo/routes.ts';
import type { TestBrowser, TestPage } from '../../scripts/lib/browsers/driver.ts';
import { demoSiteRoutes } from '../../scripts/lib/browsers/site-routes.ts';
import { describeEachBrowser } from './harness/browsers.ts';
import { openPopupFor } from './harness/extension-pages.ts';

/**
 * The popup and options page in real browsers, on the offline demo pages: the freelancer declares, the note
 * goes into the cover letter and into the ledger; the client builds a clause that goes into the job post.
 * axe-core checks every state; screenshots of the popup's states go to docs/screenshots/.
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

/** The top-left `width` × `height` pixels of an 8-bit RGB(A) PNG, so a screenshot shows the popup alone. */
function cropPng(png: Buffer, width: number, height: number): Buffer {
  let offset = 8;
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = Buffer.from(data);
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error('not a PNG');
  const [fullWidth, fullHeight] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const bpp = header[9] === 6 ? 4 : 3;
  const stride = fullWidth * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  const rows: Buffer[] = [];
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < Math.min(fullHeight, height); y++) {
    const filter = raw[y * (stride + 1)];
    const row = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? row[x - bpp]! : 0;
      const b = previous[x]!;
      const c = x >= bpp ? previous[x - bpp]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter!]!;
      row[x] = (row[x]! + predictor) & 0xff;
    }
    rows.push(Buffer.concat([Buffer.from([0]), row.subarray(0, Math.min(width, fullWidth) * bpp)]));
    previous = row;
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const frame = Buffer.alloc(4);
    frame.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([frame, body, crc]);
  };
  header.writeUInt32BE(Math.min(width, fullWidth), 0);
  header.writeUInt32BE(rows.length, 4);
  return Buffer.concat([
    png.subarray(0, 8),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Saves the popup as the user sees it: its own width, and its content's height. */
async function screenshotPopup(page: TestPage, file: string): Promise<void> {
  const size = await page.evaluate(() => ({
    width: Math.ceil(document.body.getBoundingClientRect().width),
    height: Math.ceil(document.documentElement.scrollHeight),
  }));
  mkdirSync('docs/screenshots', { recursive: true });
  const full = `test-results/${file}`;
  mkdirSync('test-results', { recursive: true });
  await page.screenshot(full);
  writeFileSync(`docs/screenshots/${file}`, cropPng(readFileSync(full), size.width, size.height));
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
    await options.screenshot(`docs/screenshots/${name}-options-ledger.png`);
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
});
