import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../src/disclosure/index.ts';
import { t } from '../src/i18n.ts';
import type { Declaration } from '../src/policy/types.ts';
import type { Settings, TabState, Templates } from '../src/storage/items.ts';
import { ClauseBuilder } from './clause-builder.tsx';
import { Freelancer, type FreelancerApi } from './freelancer.tsx';
import { PageStatus } from './page-status.tsx';

export interface PopupApi extends FreelancerApi {
  resolveTargetTab(): Promise<number | null>;
  getTabState(tabId: number): Promise<TabState>;
  openOptions(): Promise<void>;
  loadSettings(): Promise<Settings>;
  loadTemplates(): Promise<Templates>;
  loadDeclaration(jobId: string): Promise<Declaration | null>;
  uiLanguage(): string;
}

interface Ready {
  status: 'ready';
  tabId: number | null;
  state: TabState | null;
  settings: Settings;
  templates: Templates;
  declaration: Declaration;
}
type Load = { status: 'loading' } | Ready | { status: 'failed' };

/** The language notes and clauses are written in: the setting, else the job post's, else the browser's. */
function noteLanguage(settings: Settings, state: TabState | null, uiLanguage: string): Lang {
  if (settings.noteLanguage !== 'auto') return settings.noteLanguage;
  const jobLanguage = state?.job?.reading.language;
  if (jobLanguage === 'en' || jobLanguage === 'es') return jobLanguage;
  return uiLanguage.toLowerCase().startsWith('es') ? 'es' : 'en';
}

async function load(api: PopupApi): Promise<Ready> {
  const [tabId, settings, templates] = await Promise.all([
    api.resolveTargetTab(),
    api.loadSettings(),
    api.loadTemplates(),
  ]);
  const state = tabId === null ? null : await api.getTabState(tabId);
  const jobId = state?.job?.jobId ?? state?.report?.jobId;
  const remembered = jobId ? await api.loadDeclaration(jobId) : null;
  return {
    status: 'ready',
    tabId,
    state,
    settings,
    templates,
    declaration: remembered ?? settings.declaration,
  };
}

export function App({ api }: { api: PopupApi }) {
  const [loaded, setLoaded] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    load(api).then(
      (ready) => live && setLoaded(ready),
      (error: unknown) => {
        console.error('Candor popup:', error);
        if (live) setLoaded({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <>
      <header>
        <h1>{t('popupTitle')}</h1>
        <button type="button" class="link" onClick={() => void api.openOptions()}>
          {t('openOptions')}
        </button>
      </header>
      {loaded.status === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {loaded.status === 'failed' && <PageStatus report={null} />}
      {loaded.status === 'ready' && <Body api={api} ready={loaded} />}
      <footer>
        <p class="privacy">{t('privacyNote')}</p>
      </footer>
    </>
  );
}

function Body({ api, ready }: { api: PopupApi; ready: Ready }) {
  const report = ready.state?.report ?? null;
  const { tabId } = ready;
  const lang = noteLanguage(ready.settings, ready.state, api.uiLanguage());
  if (tabId === null || !report || report.fields.length === 0) return <PageStatus report={report} />;
  // What was found stays on top of each flow, so a field Candor missed is plain to see.
  if (report.kind === 'job-post' && report.fields.some((f) => f.kind === 'job-post-description')) {
    return (
      <>
        <PageStatus report={report} />
        <ClauseBuilder tabId={tabId} lang={lang} writeNote={api.writeNote} />
      </>
    );
  }
  if (report.kind === 'proposal' || report.kind === 'job-details') {
    return (
      <>
        <PageStatus report={report} />
        <Freelancer
          api={api}
          tabId={tabId}
          report={report}
          job={ready.state?.job ?? null}
          settings={ready.settings}
          templates={ready.templates}
          initialDeclaration={ready.declaration}
          lang={lang}
          now={Date.now}
          newId={() => crypto.randomUUID()}
        />
      </>
    );
  }
  return <PageStatus report={report} />;
}
