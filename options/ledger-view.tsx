import { useState } from 'preact/hooks';
import { levelName } from '../popup/declaration-form.tsx';
import { stanceName, t } from '../src/i18n.ts';
import { ledgerToCsv } from '../src/ledger/csv.ts';
import type { LedgerEntry } from '../src/ledger/entry.ts';
import { type ImportError, importLedger, ledgerToJson } from '../src/ledger/transfer.ts';

export interface LedgerApi {
  saveLedger(entries: LedgerEntry[]): Promise<void>;
  download(fileName: string, type: string, text: string): void;
}

const STANCES = ['prohibited', 'restricted', 'allowed', 'encouraged', 'none'] as const;

function matches(entry: LedgerEntry, query: string, stance: string): boolean {
  if (stance === 'unknown' ? entry.stance !== null : stance !== '' && entry.stance !== stance) return false;
  const needle = query.trim().toLowerCase();
  if (needle === '') return true;
  return [entry.title, entry.url, entry.note, entry.jobId ?? '', ...entry.declaration.tools].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

function importMessage(error: ImportError): string {
  switch (error.kind) {
    case 'not-json':
      return t('ledgerImportNotJson');
    case 'not-ledger':
      return t('ledgerImportNotLedger');
    case 'invalid-entry':
      return t('ledgerImportInvalid', [error.path, error.message]);
  }
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** The record of inserted notes: filter, delete, export as JSON or CSV, import JSON. */
export function LedgerView({
  entries,
  onChange,
  api,
}: {
  entries: LedgerEntry[];
  onChange(entries: LedgerEntry[]): void;
  api: LedgerApi;
}) {
  const [query, setQuery] = useState('');
  const [stance, setStance] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const shown = entries.filter((entry) => matches(entry, query, stance));

  const save = async (next: LedgerEntry[], message: string) => {
    try {
      await api.saveLedger(next);
      onChange(next);
      setStatus({ ok: true, text: message });
    } catch (error) {
      setStatus({ ok: false, text: t('optionsSaveFailed', String(error)) });
    }
  };
  const importFile = async (file: File) => {
    const result = importLedger(entries, await file.text());
    if (!result.ok) {
      setStatus({ ok: false, text: importMessage(result.error) });
      return;
    }
    await save(result.entries, t('ledgerImported', String(result.added)));
  };

  return (
    <section aria-labelledby="ledger-title" class="card">
      <h2 id="ledger-title">{t('ledgerTitle')}</h2>
      <p class="muted">{t('ledgerIntro', String(entries.length))}</p>
      <div class="toolbar">
        <label>
          {t('ledgerSearch')}
          <input type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
        </label>
        <label>
          {t('ledgerStanceFilter')}
          <select value={stance} onChange={(event) => setStance(event.currentTarget.value)}>
            <option value="">{t('ledgerAnyStance')}</option>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {stanceName(s)}
              </option>
            ))}
            <option value="unknown">{t('ledgerStanceUnknown')}</option>
          </select>
        </label>
      </div>
      <div class="actions">
        <button
          type="button"
          disabled={entries.length === 0}
          onClick={() =>
            api.download(`candor-ledger-${stamp()}.json`, 'application/json', ledgerToJson(entries))
          }
        >
          {t('ledgerExportJson')}
        </button>
        <button
          type="button"
          disabled={entries.length === 0}
          onClick={() => api.download(`candor-ledger-${stamp()}.csv`, 'text/csv', ledgerToCsv(entries))}
        >
          {t('ledgerExportCsv')}
        </button>
        <label class="file-button">
          {t('ledgerImport')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        {confirmClear ? (
          <>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirmClear(false);
                void save([], t('ledgerCleared'));
              }}
            >
              {t('ledgerConfirmClear', String(entries.length))}
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" disabled={entries.length === 0} onClick={() => setConfirmClear(true)}>
            {t('ledgerClear')}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {status && (
          <p class={status.ok ? 'ok' : 'problem'} data-ledger-status={status.ok ? 'ok' : 'error'}>
            {status.text}
          </p>
        )}
      </div>
      {entries.length === 0 ? (
        <p>{t('ledgerEmpty')}</p>
      ) : shown.length === 0 ? (
        <p>{t('ledgerNoMatch')}</p>
      ) : (
        <ol class="ledger">
          {shown.map((entry) => (
            <li key={entry.id} data-entry={entry.id}>
              <h3>{entry.title || entry.url}</h3>
              <p class="muted small">
                <time dateTime={new Date(entry.at).toISOString()}>{new Date(entry.at).toLocaleString()}</time>
                {' · '}
                {entry.stance ? stanceName(entry.stance) : t('ledgerStanceUnknown')}
                {' · '}
                {levelName(entry.declaration.level)}
                {entry.declaration.tools.length > 0 && ` (${entry.declaration.tools.join(', ')})`}
              </p>
              <blockquote>{entry.note}</blockquote>
              {entry.evidence.length > 0 && (
                <details>
                  <summary>{t('ledgerEvidence')}</summary>
                  {entry.evidence.map((quote) => (
                    <blockquote key={quote}>{quote}</blockquote>
                  ))}
                </details>
              )}
              <button
                type="button"
                aria-label={t('ledgerDeleteOne', entry.title || entry.url)}
                onClick={() =>
                  void save(
                    entries.filter((e) => e.id !== entry.id),
                    t('ledgerDeleted'),
                  )
                }
              >
                {t('ledgerDelete')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
