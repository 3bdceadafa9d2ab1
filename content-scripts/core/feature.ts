import type { PageReport } from '../../src/messaging/schemas.ts';
import type { FieldKind, PageKind, PageMatch } from '../../src/sites/types.ts';

/**
 * One feature per file (the refined-github model): a feature says on which page kinds it runs, and its
 * `init` is called afresh on every navigation, the previous run's signal aborted first.
 */
export interface Feature {
  id: string;
  pageKinds: readonly PageKind[];
  init(context: FeatureContext): void | Promise<void>;
}

export interface FeatureContext {
  /** Aborts on the next navigation, or when a newer Candor replaces this script. */
  signal: AbortSignal;
  page: PageMatch;
  report: PageReporter;
}

/** How long a page kind's field may take to appear before the popup is told it was not recognized. */
export const FIELD_TIMEOUT_MS = 8000;

/**
 * Collects what the features found on this page and sends it as one report, coalescing bursts.
 * The report is the popup's only view of the page.
 */
export class PageReporter {
  readonly #report: PageReport;
  readonly #send: (report: PageReport) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(url: string, page: PageMatch, send: (report: PageReport) => void) {
    this.#report = { url, kind: page.kind, variant: page.variant, fields: [], missing: [] };
    if (page.jobId) this.#report.jobId = page.jobId;
    this.#send = send;
    this.#schedule();
  }

  found(kind: FieldKind, strategy: string, label?: string): void {
    this.#report.missing = this.#report.missing.filter((m) => m.kind !== kind);
    this.#report.fields.push(label === undefined ? { kind, strategy } : { kind, strategy, label });
    this.#schedule();
  }

  missing(kind: FieldKind, tried: string[]): void {
    if (this.#report.fields.some((f) => f.kind === kind)) return;
    this.#report.missing = [...this.#report.missing.filter((m) => m.kind !== kind), { kind, tried }];
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#send(structuredClone(this.#report)), 20);
  }
}
