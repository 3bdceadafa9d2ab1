import { useEffect, useState } from 'preact/hooks';
import { DeclarationForm } from '../popup/declaration-form.tsx';
import { DISCLOSURE_LENGTHS, type Lang } from '../src/disclosure/index.ts';
import { type MessageKey, t } from '../src/i18n.ts';
import type { LedgerEntry } from '../src/ledger/entry.ts';
import type { Settings, Templates } from '../src/storage/items.ts';
import { type LedgerApi, LedgerView } from './ledger-view.tsx';
import { TemplatesEditor } from './templates-editor.tsx';

export interface OptionsApi extends LedgerApi {
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  loadTemplates(): Promise<Templates>;
  saveTemplates(templates: Templates): Promise<void>;
  loadLedger(): Promise<LedgerEntry[]>;
  resetAll(): Promise<void>;
}

type Switch = 'inPagePrompt' | 'preSubmitGuard' | 'badge' | 'ledger';
const SWITCHES: readonly [Switch, MessageKey][] = [
  ['inPagePrompt', 'optionInPagePrompt'],
  ['preSubmitGuard', 'optionPreSubmitGuard'],
  ['badge', 'optionBadge'],
  ['ledger', 'optionLedger'],
];
type NoteSwitch = 'statementForNone' | 'ibmAia' | 'w3c';
const NOTE_SWITCHES: readonly [NoteSwitch, MessageKey][] = [
  ['statementForNone', 'composerStatementForNone'],
  ['ibmAia', 'composerIbmAia'],
  ['w3c', 'composerW3c'],
];

/** A list of on/off settings, each a labelled checkbox saved as it changes. */
function Switches({
  switches,
  settings,
  onChange,
}: {
  switches: readonly [Switch | NoteSwitch, MessageKey][];
  settings: Settings;
  onChange(next: Settings): void;
}) {
  return (
    <>
      {switches.map(([key, label]) => (
        <label key={key} class="choice">
          <input
            type="checkbox"
            name={key}
            checked={settings[key]}
            onChange={(event) => onChange({ ...settings, [key]: event.currentTarget.checked })}
          />
          {t(label)}
        </label>
      ))}
    </>
  );
}

interface Loaded {
  settings: Settings;
  templates: Templates;
  ledger: LedgerEntry[];
}

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [data, setData] = useState<Loaded | null>(null);
  const [status, setStatus] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  // Remounts the forms after a reset, so their drafts start again from what is stored.
  const [generation, setGeneration] = useState(0);

  const load = async () => {
    const [settings, templates, ledger] = await Promise.all([
      api.loadSettings(),
      api.loadTemplates(),
      api.loadLedger(),
    ]);
    setData({ settings, templates, ledger });
  };
  useEffect(() => {
    load().catch((error: unknown) => setStatus(t('optionsSaveFailed', String(error))));
  }, [api]);

  const saved = async (write: Promise<void>) => {
    try {
      await write;
      setStatus(t('optionsSaved'));
    } catch (error) {
      setStatus(t('optionsSaveFailed', String(error)));
    }
  };
  if (!data) return <p aria-busy="true">{t('loading')}</p>;
  const { settings } = data;
  const update = (next: Settings) => {
    setData({ ...data, settings: next });
    void saved(api.saveSettings(next));
  };
  const templateLang: Lang = settings.noteLanguage === 'es' ? 'es' : 'en';

  return (
    <div key={generation}>
      <h1>{t('optionsTitle')}</h1>
      <div role="status" aria-live="polite" class="save-status">
        {status}
      </div>

      <section aria-labelledby="defaults-title" class="card">
        <h2 id="defaults-title">{t('defaultsTitle')}</h2>
        <p class="muted">{t('defaultsIntro')}</p>
        <DeclarationForm
          idPrefix="default"
          value={settings.declaration}
          onChange={(declaration) => update({ ...settings, declaration })}
        />
      </section>

      <section aria-labelledby="note-title" class="card">
        <h2 id="note-title">{t('noteSettingsTitle')}</h2>
        <fieldset class="segmented">
          <legend>{t('composerLength')}</legend>
          {DISCLOSURE_LENGTHS.map((tone) => (
            <label key={tone}>
              <input
                type="radio"
                name="tone"
                checked={settings.tone === tone}
                onChange={() => update({ ...settings, tone })}
              />
              <span>{t(`length_${tone}` as MessageKey)}</span>
            </label>
          ))}
        </fieldset>
        <div class="row">
          <label for="note-language">{t('optionNoteLanguage')}</label>
          <select
            id="note-language"
            value={settings.noteLanguage}
            onChange={(event) =>
              update({ ...settings, noteLanguage: event.currentTarget.value as Settings['noteLanguage'] })
            }
          >
            <option value="auto">{t('optionLanguageAuto')}</option>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </div>
        <Switches switches={NOTE_SWITCHES} settings={settings} onChange={update} />
      </section>

      <TemplatesEditor
        templates={data.templates}
        lang={templateLang}
        onSave={(templates) => {
          setData({ ...data, templates });
          void saved(api.saveTemplates(templates));
        }}
      />

      <section aria-labelledby="switches-title" class="card">
        <h2 id="switches-title">{t('switchesTitle')}</h2>
        <Switches switches={SWITCHES} settings={settings} onChange={update} />
      </section>

      <LedgerView entries={data.ledger} onChange={(ledger) => setData({ ...data, ledger })} api={api} />

      <section aria-labelledby="privacy-title" class="card">
        <h2 id="privacy-title">{t('privacyTitle')}</h2>
        <p>{t('privacyBody')}</p>
        <p>{t('privacyStorage')}</p>
      </section>

      <section aria-labelledby="reset-title" class="card">
        <h2 id="reset-title">{t('resetTitle')}</h2>
        <p>{t('resetBody')}</p>
        {confirmReset ? (
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirmReset(false);
                void saved(
                  api.resetAll().then(async () => {
                    await load();
                    setGeneration(generation + 1);
                  }),
                );
              }}
            >
              {t('resetConfirm')}
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              {t('cancel')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirmReset(true)}>
            {t('resetButton')}
          </button>
        )}
      </section>
    </div>
  );
}
