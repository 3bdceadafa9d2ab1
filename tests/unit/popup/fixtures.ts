import type { PopupApi } from '../../../popup/app.tsx';
import type { JobReading, PageReport, WriteOutcome } from '../../../src/messaging/schemas.ts';
import type { PolicyReading } from '../../../src/policy/types.ts';
import { settingsItem, type TabState } from '../../../src/storage/items.ts';

/** Page reports and job readings as the background hands them to the popup. */

export const APPLY = 'https://www.upwork.com/nx/proposals/job/~021/apply/';

export const proposalReport = (extra: Partial<PageReport> = {}): PageReport => ({
  url: APPLY,
  kind: 'proposal',
  variant: 'apply',
  jobId: '~021',
  fields: [
    { kind: 'cover-letter', strategy: 'aria-labelledby' },
    { kind: 'screening-answer', strategy: 'questions-area', label: 'Describe your experience' },
  ],
  missing: [],
  ...extra,
});

const quote = (text: string, extra: Partial<PolicyReading['evidence'][number]>) => ({
  start: 0,
  end: text.length,
  quote: text,
  signal: 'stance' as const,
  parts: [],
  ...extra,
});

export const readings = {
  restricted: {
    stance: 'restricted',
    scopes: { proposal: 'prohibited', work: 'restricted' },
    disclosureRequired: true,
    confidentiality: true,
    detectors: false,
    evidence: [
      quote('Proposals written by AI will be declined.', { stance: 'prohibited', parts: ['proposal'] }),
      {
        ...quote('You may use AI for research and outlines only, if you disclose it.', {
          stance: 'restricted',
          parts: ['work'],
          conditions: ['limited', 'disclosure'],
        }),
        start: 50,
      },
    ],
    language: 'en',
    confidence: 0.9,
  },
  allowed: {
    stance: 'allowed',
    scopes: {},
    disclosureRequired: false,
    confidentiality: false,
    detectors: false,
    evidence: [quote('Feel free to use AI coding assistants.', { stance: 'allowed' })],
    language: 'en',
    confidence: 0.9,
  },
  none: {
    stance: 'none',
    scopes: {},
    disclosureRequired: false,
    confidentiality: false,
    detectors: false,
    evidence: [],
    language: 'en',
    confidence: 0.9,
  },
} satisfies Record<string, PolicyReading>;

export const job = (reading: PolicyReading, source: JobReading['source'] = 'job-page'): JobReading => ({
  jobId: '~021',
  title: 'B2B SaaS Blog Writer',
  source,
  reading,
});

/** A popup api over fixed data; writes answer with `outcome` and are recorded. */
export function fakeApi(state: TabState | null, overrides: Partial<PopupApi> = {}) {
  const writes: unknown[][] = [];
  const ledger: unknown[] = [];
  const saved: unknown[] = [];
  const api: PopupApi = {
    resolveTargetTab: async () => (state ? 7 : null),
    getTabState: async () => state ?? { report: null, job: null, updatedAt: 0 },
    openOptions: async () => {},
    loadSettings: async () => settingsItem.defaults(),
    loadTemplates: async () => ({ en: {}, es: {} }),
    loadDeclaration: async () => null,
    saveDeclaration: async (...args) => {
      saved.push(args);
    },
    uiLanguage: () => 'en',
    writeNote: async (...args): Promise<WriteOutcome> => {
      writes.push(args);
      return { ok: true, action: args[2], length: 1200, limit: 5000 };
    },
    recordInsertion: async (entry) => {
      ledger.push(entry);
    },
    ...overrides,
  };
  return { api, writes, ledger, saved };
}
