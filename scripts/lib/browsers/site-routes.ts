import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveDemoRoute } from '../../../demo/routes.ts';

/**
 * What the test browsers see of the web: a map from real `https://www.upwork.com/...` URLs (pathnames) to
 * saved or demo pages. Every other request is aborted, so no test reaches the network.
 */
export type SiteRoutes = (url: URL) => string | null;

/** Routes from exact pathnames (a trailing slash does not matter). */
export function routesFromMap(map: Record<string, string>): SiteRoutes {
  const byPath = new Map(Object.entries(map).map(([path, file]) => [path.replace(/\/?$/, '/'), file]));
  return (url) => byPath.get(url.pathname.replace(/\/?$/, '/')) ?? null;
}

export interface RoutedResponse {
  status: number;
  contentType: string;
  body: string;
}

const ROOT = resolve(import.meta.dirname, '../../..');

/** The page for a request URL, or null when the request must be aborted. */
export function respond(routes: SiteRoutes, url: string): RoutedResponse | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== 'https://www.upwork.com') return null;
  const file = routes(parsed);
  if (!file)
    return { status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' };
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: readFileSync(resolve(ROOT, file), 'utf8'),
  };
}

export const APPLY_URL = 'https://www.upwork.com/nx/proposals/job/~021998744339961847531/apply/';

/** The saved real pages, at the URLs they were captured from. */
export const fixtureRoutes: SiteRoutes = routesFromMap({
  '/nx/proposals/job/~021998744339961847531/apply/':
    'tests/fixtures/upwork/apply-page-hourly-with-question-2025-12.html',
});

/** The offline demo pages (demo/), at the real URLs of the pages they reproduce. */
export const demoSiteRoutes: SiteRoutes = (url) => {
  const route = resolveDemoRoute(url.href);
  return route ? `demo/${route.file}` : null;
};
