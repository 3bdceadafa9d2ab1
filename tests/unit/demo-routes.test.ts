import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { type DemoRoute, demoRoutes, demoStartUrl, resolveDemoRoute } from '../../demo/routes.ts';
import { type DemoJob, demoJobs, demoRooms } from '../../demo/src/jobs.ts';
import { truncatedDescription } from '../../demo/src/pages/apply.ts';
import { QUESTIONS_INTRO } from '../../demo/src/pages/job-details.ts';
import { renderDemoPages } from '../../demo/src/render.ts';

const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));
const read = (route: DemoRoute) => readFileSync(`${demoDir}${route.file}`, 'utf8');

const window = new Window({ url: 'https://www.upwork.com/' });
afterAll(() => window.happyDOM.close());
const parse = (markup: string) =>
  new window.DOMParser().parseFromString(markup, 'text/html') as unknown as Document;
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function jobOf(route: DemoRoute): DemoJob {
  const job = demoJobs.find((candidate) => route.url.includes(candidate.id));
  if (!job) throw new Error(`no job for ${route.url}`);
  return job;
}

function templateContent(doc: Document, selector: string): DocumentFragment {
  const template = doc.querySelector(selector);
  if (template?.tagName !== 'TEMPLATE') throw new Error(`no <template> ${selector}`);
  return (template as HTMLTemplateElement).content;
}

function one(root: ParentNode, selector: string): Element {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}

describe('demo route table', () => {
  it('resolves every route from its own URL and starts at the feed', () => {
    for (const route of demoRoutes) expect(resolveDemoRoute(route.url)).toBe(route);
    expect(resolveDemoRoute(demoStartUrl)?.kind).toBe('job-feed');
  });

  it('points every route at an existing file', () => {
    for (const route of demoRoutes) expect(existsSync(`${demoDir}${route.file}`), route.file).toBe(true);
  });

  it('has one job page and one apply page per job, with real-format ids', () => {
    const ids = demoJobs.map((job) => job.id);
    expect(new Set(ids).size).toBe(3);
    for (const job of demoJobs) {
      expect(job.id).toMatch(/^~02\d{19}$/);
      expect(job.id).toBe(`~02${job.uid}`);
      expect(demoRoutes.filter((r) => r.kind === 'job-details' && r.url.includes(job.id))).toHaveLength(1);
      expect(demoRoutes.filter((r) => r.kind === 'proposal' && r.url.includes(job.id))).toHaveLength(1);
    }
    expect(demoJobs.map((job) => job.aiRule).sort()).toEqual(['allows', 'none', 'restricts']);
  });

  it('ignores query and hash and tolerates a trailing slash', () => {
    const [job] = demoJobs;
    const apply = `https://www.upwork.com/nx/proposals/job/${job!.id}/apply`;
    expect(resolveDemoRoute(apply)?.kind).toBe('proposal');
    expect(resolveDemoRoute(`${apply}/?ref=x#top`)?.kind).toBe('proposal');
    expect(resolveDemoRoute('https://www.upwork.com/nx/find-work/best-matches/')?.kind).toBe('job-feed');
    expect(resolveDemoRoute('https://www.upwork.com/nx/job-post/instant/description/')?.kind).toBe(
      'job-post',
    );
    expect(resolveDemoRoute(`https://www.upwork.com/jobs/${job!.id}`)?.kind).toBe('job-details');
    expect(
      resolveDemoRoute(`https://www.upwork.com/jobs/${job!.slug}_${job!.id}?referrer_url_path=x`)?.kind,
    ).toBe('job-details');
  });

  it('serves the feed for slider URLs, so a reload inside the slider works', () => {
    for (const job of demoJobs) {
      const url = `https://www.upwork.com/nx/find-work/best-matches/details/${job.id}?pageTitle=Job%20Details&_modalInfo=%5B%5D`;
      expect(resolveDemoRoute(url)?.kind).toBe('job-feed');
    }
  });

  it('serves every message room id with the messages page', () => {
    for (const room of demoRooms)
      expect(resolveDemoRoute(`https://www.upwork.com/ab/messages/rooms/${room.id}`)?.kind).toBe('messages');
  });

  it('answers null for other hosts, schemes, unknown paths and bad input', () => {
    expect(resolveDemoRoute('https://example.com/nx/find-work/best-matches')).toBeNull();
    expect(resolveDemoRoute('http://www.upwork.com/nx/find-work/best-matches')).toBeNull();
    expect(resolveDemoRoute('https://www.upwork.com/nx/find-work/most-recent')).toBeNull();
    expect(resolveDemoRoute('https://www.upwork.com/jobs/~029999999999999999999')).toBeNull();
    expect(resolveDemoRoute('/nx/find-work/best-matches')).toBeNull();
    expect(resolveDemoRoute('not a url')).toBeNull();
  });
});

describe('demo pages', () => {
  it('are up to date with their generator (npx tsx demo/generate.ts)', () => {
    for (const [file, markup] of renderDemoPages()) {
      expect(readFileSync(`${demoDir}${file}`, 'utf8'), file).toBe(markup);
    }
  });

  it('start with the provenance comment', () => {
    for (const route of demoRoutes) {
      const head = read(route).slice(0, 1200);
      expect(head, route.file).toMatch(/^<!doctype html>\n<!--\n {2}Candor demo page/);
      expect(head, route.file).toMatch(/upwork-dom\.md section \d/);
    }
  });

  it('link only to upwork.com paths that the route table serves, and load nothing remote', () => {
    for (const route of demoRoutes) {
      const markup = read(route);
      // The raw markup, so links inside <template>s count too.
      // <base href="/nx/proposals/"> on the apply pages is Upwork's, not a link.
      const hrefs = [...markup.matchAll(/<(?!base\b)[a-z][^>]*?\shref="([^"]*)"/g)].map((match) => match[1]!);
      for (const href of hrefs) {
        const url = new URL(href.replaceAll('&amp;', '&'), 'https://www.upwork.com/');
        expect(url.origin, `${route.file}: ${href}`).toBe('https://www.upwork.com');
        expect(resolveDemoRoute(url.href), `${route.file}: ${href}`).not.toBeNull();
      }
      expect(markup, route.file).not.toMatch(/\ssrc=|<link\b|@import|url\(\s*["']?(?:https?:)?\/\//);
      const absolute = [...markup.matchAll(/https?:\/\/[^\s"'`)<]+/g)].map((match) => match[0]);
      for (const url of absolute)
        expect(url, route.file).toMatch(/^(https:\/\/www\.upwork\.com\/|http:\/\/www\.w3\.org\/2000\/svg$)/);
    }
  });
});

describe('demo pages carry the documented selectors', () => {
  const routesOf = (kind: DemoRoute['kind']) => demoRoutes.filter((route) => route.kind === kind);

  it('job details pages (§3)', () => {
    const routes = routesOf('job-details');
    expect(routes).toHaveLength(3);
    for (const route of routes) {
      const job = jobOf(route);
      const doc = parse(read(route));
      const root = one(doc, `.job-details[data-ev-opening_uid="${job.uid}"]`);
      one(root, ':scope > .job-details-content > .job-details-card.air3-card');
      expect(flat(one(doc, '.job-details-content h4 span.flex-1').textContent)).toBe(job.title);
      expect(flat(one(doc, '[data-test="Description"] strong').textContent)).toBe('Summary');
      const description = one(doc, '[data-test="Description"] p.text-body-sm.multiline-text');
      expect(flat(description.textContent)).toBe(flat(job.description));
      expect(description.querySelectorAll('br').length).toBe(job.description.split('\n').length - 1);
      one(doc, '[data-test="Apply"] button[aria-label="Apply now"][data-cy="submit-proposal-button"]');
      expect(flat(one(doc, '[data-test="ConnectsAuction"]').textContent)).toMatch(
        /Send a proposal for: \d+ Connects/,
      );
      for (const qa of [
        'client-location',
        'client-job-posting-stats',
        'client-spend',
        'client-hires',
        'client-hourly-rate',
      ]) {
        one(doc, `[data-qa="${qa}"]`);
      }
      const intro = [...doc.querySelectorAll('section p > strong')].find((el) =>
        el.textContent?.includes('You will be asked to answer'),
      );
      if (job.questions.length === 0) expect(intro).toBeUndefined();
      else {
        expect(flat(intro?.textContent)).toBe(QUESTIONS_INTRO);
        const items = [...(intro?.closest('section')?.querySelectorAll('ol > li') ?? [])].map((li) =>
          flat(li.textContent),
        );
        expect(items).toEqual(job.questions);
      }
    }
  });

  it('the job feed: tiles, and slider markup per job (§0, §3)', () => {
    const [route] = routesOf('job-feed');
    const doc = parse(read(route!));
    const tiles = doc.querySelectorAll(
      '[data-test="job-tile-list"] section.air3-card-section[data-ev-opening_uid]',
    );
    expect([...tiles].map((tile) => tile.getAttribute('data-ev-opening_uid'))).toEqual(
      demoJobs.map((job) => job.uid),
    );
    expect(doc.querySelector('.job-details')).toBeNull();
    for (const job of demoJobs) {
      const slider = templateContent(doc, `template[data-job-id="${job.id}"]`);
      one(
        slider,
        `.job-details[data-ev-opening_uid="${job.uid}"] > .job-details-content > .job-details-card.air3-card.slider`,
      );
      expect(flat(one(slider, '[data-test="Description"] p.text-body-sm.multiline-text').textContent)).toBe(
        flat(job.description),
      );
      one(slider, '[data-test="Apply"] button[aria-label="Apply now"][data-cy="submit-proposal-button"]');
    }
  });

  it('apply pages (§1): a loader first, then the form from the client render', () => {
    const routes = routesOf('proposal');
    expect(routes).toHaveLength(3);
    for (const route of routes) {
      const job = jobOf(route);
      const doc = parse(read(route));
      expect(doc.title).toBe('Submit a Proposal');
      one(doc, 'div[data-fetch-key="ApplyPageAir3:0"] .air3-loader-container');
      expect(doc.querySelector('textarea')).toBeNull();
      const data = JSON.parse(one(doc, '#apply-page-job').textContent ?? '{}');
      expect(data.description).toBe(job.description);

      const app = one(templateContent(doc, '#apply-page-app'), 'div.fe-ui-application-vue.fe-job-apply');
      expect(flat(one(app, 'h1').textContent)).toBe('Submit a Proposal');
      const cards = [
        '.fe-proposal-settings',
        '.fe-job-details',
        '.fe-proposal-job-terms',
        '.fe-proposal-additional-details',
      ];
      const order = cards.map((selector) => [...app.querySelectorAll('*')].indexOf(one(app, selector)));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(flat(one(app, '.fe-job-details h3').textContent)).toBe(job.title);
      const truncated = one(app, '.fe-job-details .description span.air3-truncation #air3-truncation-1');
      expect(truncated.textContent).toBe(truncatedDescription(job.description));
      expect(truncated.textContent!.length).toBeLessThan(job.description.length);
      one(
        app,
        '.fe-job-details .air3-truncation-btn[aria-expanded="false"][aria-controls="air3-truncation-1"]',
      );
      const original = one(app, 'a[data-test="open-original-posting"]').getAttribute('href') ?? '';
      expect(resolveDemoRoute(new URL(original, 'https://www.upwork.com').href)?.url).toContain(job.id);
      one(app, '.fe-proposal-job-terms input#step-rate[data-test="currency-input"]');
      const letter = one(
        app,
        '.fe-proposal-additional-details .cover-letter-area textarea.air3-textarea.inner-textarea',
      );
      expect(letter).toBe(app.querySelector('textarea[aria-labelledby="cover_letter_label"]'));
      expect(flat(one(app, 'label#cover_letter_label').textContent)).toBe('Cover Letter');
      expect(app.querySelector('div[role="status"][aria-live="polite"]')).toBeNull();
      const questions = [...app.querySelectorAll('.fe-proposal-job-questions.questions-area .form-group')];
      expect(questions.map((group) => flat(group.querySelector('label.label')?.textContent))).toEqual(
        job.questions,
      );
      for (const group of questions) one(group, 'textarea.air3-textarea.inner-textarea');
      const buttons = [...app.querySelectorAll('.fe-apply-footer-controls button')].map((b) =>
        flat(b.textContent),
      );
      expect(buttons).toEqual([`Send for ${job.connects} Connects`, 'Cancel']);
      one(app, '.fe-apply-footer-controls button.air3-btn.air3-btn-primary');
    }
  });

  it('the client job-post editor (§2)', () => {
    const [route] = routesOf('job-post');
    const doc = parse(read(route!));
    expect((one(doc, 'textarea#job-post-title') as HTMLTextAreaElement).value.length).toBeGreaterThan(5);
    expect((one(doc, 'textarea#jp-description-1') as HTMLTextAreaElement).value.length).toBeGreaterThan(50);
    one(doc, 'button[data-cy="jp-cta-next"][data-ev-label="next_button"]');
    one(doc, 'button[data-cy="jp-cta-save"][data-ev-label="save_button"]');
  });

  it('the messages room (§4)', () => {
    const [route] = routesOf('messages');
    const doc = parse(read(route!));
    expect([...doc.querySelectorAll('a.room-list-item .item-title')].map((el) => el.textContent)).toEqual(
      demoRooms.map((room) => room.name),
    );
    expect(doc.querySelectorAll('#story-viewport .up-d-story-item').length).toBeGreaterThan(0);
    one(doc, '.up-d-composer .tiptap.ProseMirror[contenteditable="true"][role="textbox"]');
    expect(doc.querySelectorAll('.up-d-composer button.air3-btn-circle')).toHaveLength(1);
    one(doc, '[data-test="composer-model-status"][data-model-length="0"]');
  });

  it('the work submission page (§4, inferred)', () => {
    const [route] = routesOf('work-submission');
    const doc = parse(read(route!));
    expect(doc.querySelector('[role="dialog"]')).toBeNull();
    expect(flat(one(doc, '[data-test="open-submit-work"]').textContent)).toBe('Submit work for payment');
    const dialog = one(templateContent(doc, '#submit-work-dialog'), '[role="dialog"].air3-modal');
    expect(flat(one(dialog, 'h2').textContent)).toContain('Submit work');
    expect(dialog.querySelectorAll('textarea')).toHaveLength(1);
    one(dialog, 'input[type="file"]');
    expect([...dialog.querySelectorAll('button')].some((b) => flat(b.textContent) === 'Submit')).toBe(true);
  });
});
