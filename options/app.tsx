import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../src/i18n.ts';
import type { Settings } from '../src/storage/items.ts';

export interface OptionsApi {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}

type Switch = 'inPagePrompt' | 'preSubmitGuard' | 'badge' | 'ledger';
const SWITCHES: readonly [Switch, MessageKey][] = [
  ['inPagePrompt', 'optionInPagePrompt'],
  ['preSubmitGuard', 'optionPreSubmitGuard'],
  ['badge', 'optionBadge'],
  ['ledger', 'optionLedger'],
];

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void api.loadSettings().then(setSettings);
  }, [api]);

  const update = async (next: Settings) => {
    setSettings(next);
    try {
      await api.saveSettings(next);
      setStatus(t('optionsSaved'));
    } catch (error) {
      setStatus(t('optionsSaveFailed', String(error)));
    }
  };

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {settings && (
        <fieldset>
          {SWITCHES.map(([key, label]) => (
            <label key={key} class="switch">
              <input
                type="checkbox"
                name={key}
                checked={settings[key]}
                onChange={(event) => void update({ ...settings, [key]: event.currentTarget.checked })}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
      )}
      <p role="status">{status}</p>
      <p class="privacy">{t('privacyNote')}</p>
    </>
  );
}
