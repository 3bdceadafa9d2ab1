/**
 * The little that the end-to-end tests need from a browser, over Playwright (Chromium) and Puppeteer
 * (Firefox over WebDriver BiDi), so that one scenario runs unchanged in both.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  goto(url: string): Promise<void>;
  url(): string;
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  evaluateWith<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Types as a user would: key events, so the page's own listeners see them. */
  type(selector: string, text: string): Promise<void>;
  textContent(selector: string): Promise<string | null>;
  /** Presses a key (e.g. `Tab`, `ArrowDown`, `Enter`) on whatever has the focus. */
  press(key: string): Promise<void>;
  /** Saves a PNG of the viewport, or of the `clip` rectangle (CSS pixels from the page's top left). */
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** The origin of Candor's own pages, e.g. `chrome-extension://<id>`. */
  extensionOrigin: string;
  newPage(url: string): Promise<TestPage>;
  close(): Promise<void>;
  /** Settles when the browser goes away (the user closed its window). */
  closed: Promise<void>;
}

export interface LaunchOptions {
  extensionDir: string;
  routes: import('./site-routes.ts').SiteRoutes;
  /** Default true; `npm start` opens a window. */
  headless?: boolean;
  /** The system colour scheme the pages see (`prefers-color-scheme`); default light. */
  colorScheme?: 'light' | 'dark';
}
