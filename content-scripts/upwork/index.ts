import browser from 'webextension-polyfill';
import type { ContentToBackground } from '../../src/messaging/schemas.ts';
import { detectUpworkPage } from '../../src/sites/upwork/detect.ts';
import { type Feature, PageReporter } from '../core/feature.ts';
import { contentScriptLifetime, extensionAlive } from '../core/lifecycle.ts';
import { setPageMarker, setStanceMarker, unmarkFields } from '../core/markers.ts';
import { watchNavigation } from '../core/navigation.ts';
import { proposalForm } from './features/proposal-form.ts';

/**
 * Candor on Upwork. Matched on every www.upwork.com page and routed here by URL, because Upwork's apps
 * change the URL without reloading, which would not re-inject a script matched on narrower patterns.
 */

const features: readonly Feature[] = [proposalForm];

const lifetime = contentScriptLifetime();
let currentRun: AbortController | undefined;

const send = (message: ContentToBackground) => {
  if (!extensionAlive()) return;
  browser.runtime.sendMessage(message).catch((error: unknown) => {
    console.warn('Candor: the background did not take the page report.', error);
  });
};

function route(url: string): void {
  currentRun?.abort('navigation');
  currentRun = new AbortController();
  const signal = AbortSignal.any([lifetime, currentRun.signal]);
  const page = detectUpworkPage(url);
  unmarkFields();
  setStanceMarker(null);
  setPageMarker(page.kind);
  const report = new PageReporter(url, page, (pageReport) =>
    send({ type: 'page-report', report: pageReport }),
  );
  for (const feature of features) {
    if (!feature.pageKinds.includes(page.kind)) continue;
    Promise.resolve(feature.init({ signal, page, report })).catch((error: unknown) => {
      console.error(`Candor feature "${feature.id}" failed:`, error);
    });
  }
}

route(location.href);
watchNavigation(route, lifetime);
