import { useEffect, useState } from 'preact/hooks';
import { t } from '../src/i18n.ts';
import type { TabState } from '../src/storage/items.ts';
import { PageStatus } from './page-status.tsx';

export interface PopupApi {
  resolveTargetTab(): Promise<number | null>;
  getTabState(tabId: number): Promise<TabState>;
  openOptions(): Promise<void>;
}

type Load = { status: 'loading' } | { status: 'ready'; state: TabState | null };

export function App({ api }: { api: PopupApi }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      const tabId = await api.resolveTargetTab();
      const state = tabId === null ? null : await api.getTabState(tabId);
      if (live) setLoad({ status: 'ready', state });
    })().catch((error: unknown) => {
      console.error('Candor popup:', error);
      if (live) setLoad({ status: 'ready', state: null });
    });
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
      {load.status === 'loading' ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <PageStatus report={load.state?.report ?? null} />
      )}
      <footer>
        <p class="privacy">{t('privacyNote')}</p>
      </footer>
    </>
  );
}
