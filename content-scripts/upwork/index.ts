import { detectUpworkPage } from '../../src/sites/upwork/detect.ts';
import { sendPageReport } from '../core/background.ts';
import { PageReporter } from '../core/feature.ts';
import { contentScriptLifetime } from '../core/lifecycle.ts';
import { setPageMarker, setStanceMarker, unmarkFields } from '../core/markers.ts';
import { watchNavigation } from '../core/navigation.ts';
import { listenForNotes } from '../core/note-listener.ts';
import { upworkFeatures } from './features.ts';

/**
 * Candor on Upwork. Matched on every www.upwork.com page and routed here by URL, because Upwork's apps
 * change the URL without reloading, which would not re-inject a script matched on narrower patterns.
 */

const lifetime = contentScriptLifetime();
let currentRun: AbortController | undefined;

function route(url: string): void {
  currentRun?.abort('navigation');
  currentRun = new AbortController();
  const signal = AbortSignal.any([lifetime, currentRun.signal]);
  const page = detectUpworkPage(url);
  unmarkFields();
  setStanceMarker(null);
  setPageMarker(page.kind);
  const report = new PageReporter(url, page, (pageReport) => {
    sendPageReport(pageReport).catch((error: unknown) =>
      console.warn('Candor: the page report was not taken.', error),
    );
  });
  for (const feature of upworkFeatures) {
    if (!feature.pageKinds.includes(page.kind)) continue;
    Promise.resolve(feature.init({ signal, page, report })).catch((error: unknown) => {
      console.error(`Candor feature "${feature.id}" failed:`, error);
    });
  }
}

route(location.href);
watchNavigation(route, lifetime);
listenForNotes(lifetime);
