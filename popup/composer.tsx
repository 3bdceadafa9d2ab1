import { useMemo, useState } from 'preact/hooks';
import {
  checkTemplate,
  composeDisclosure,
  DISCLOSURE_LENGTHS,
  type Disclosure,
  DisclosureInputError,
  type DisclosureLength,
  type Lang,
  shortestFitting,
} from '../src/disclosure/index.ts';
import { type MessageKey, t } from '../src/i18n.ts';
import type { NoteTarget } from '../src/messaging/schemas.ts';
import type { Declaration } from '../src/policy/types.ts';
import type { Settings, Templates } from '../src/storage/items.ts';
import { useNoteWriter, type WriteNote, WriteStatus } from './note-writer.tsx';

export interface ScreeningAnswer {
  index: number;
  label?: string;
}

interface ComposerProps {
  tabId: number;
  declaration: Declaration;
  settings: Settings;
  templates: Templates;
  lang: Lang;
  screeningAnswers: readonly ScreeningAnswer[];
  writeNote: WriteNote;
  /** A note went into the listed fields. */
  onInserted(note: string, targets: NoteTarget[]): void;
}

/** Only templates that pass the composer's checks; a broken one falls back to Candor's wording. */
function usableTemplates(templates: Templates, lang: Lang): Partial<Record<DisclosureLength, string>> {
  const usable: Partial<Record<DisclosureLength, string>> = {};
  for (const length of DISCLOSURE_LENGTHS) {
    const template = templates[lang][length];
    if (template !== undefined && checkTemplate(template, lang).ok) usable[length] = template;
  }
  return usable;
}

const COVER_LETTER: NoteTarget = { field: 'cover-letter' };

/** The note: composed from the declaration, editable, then written into the proposal's fields. */
export function Composer(props: ComposerProps) {
  const { declaration, settings, screeningAnswers } = props;
  const [length, setLength] = useState<DisclosureLength>(settings.tone);
  const [lang, setLang] = useState<Lang>(props.lang);
  const [options, setOptions] = useState({
    ibmAia: settings.ibmAia,
    w3c: settings.w3c,
    statementForNone: settings.statementForNone,
  });
  const [edited, setEdited] = useState<string | null>(null);
  const [answers, setAnswers] = useState<number[]>([]);
  const [inserted, setInserted] = useState(false);
  const writer = useNoteWriter(props.writeNote, props.tabId, lang);

  const base = useMemo(
    () => ({ declaration, lang, templates: usableTemplates(props.templates, lang), options }),
    [declaration, lang, props.templates, options],
  );
  const composed = useMemo((): Disclosure | string => {
    try {
      return composeDisclosure({ ...base, length });
    } catch (error) {
      if (error instanceof DisclosureInputError) return error.issues.join(' ');
      throw error;
    }
  }, [base, length]);

  if (typeof composed === 'string') {
    return (
      <section class="card" aria-labelledby="composer-title">
        <h2 id="composer-title">{t('composerTitle')}</h2>
        <p class="hint">{t('composerCannotCompose')}</p>
      </section>
    );
  }
  const note = edited ?? composed.block;
  const targets: NoteTarget[] = [
    COVER_LETTER,
    ...answers.map((index): NoteTarget => ({ field: 'screening-answer', index })),
  ];
  const recompose = (change: () => void) => {
    change();
    setEdited(null);
  };

  const insert = async (text: string) => {
    const done = await writer.run(targets, 'insert', text);
    const written = done.filter((d) => d.outcome.ok).map((d) => d.target);
    if (written.length > 0) {
      setInserted(true);
      props.onInserted(text, written);
    }
  };
  // A refusal says how many characters too many; the richest note that much shorter fits every field.
  const over = Math.max(
    0,
    ...writer.results.map((r) =>
      !r.outcome.ok && r.outcome.error === 'too-long' ? (r.outcome.over ?? 1) : 0,
    ),
  );
  const tooLong = over > 0;
  const shorter = tooLong ? shortestFitting(base, note.length - over) : null;

  return (
    <section class="card" aria-labelledby="composer-title">
      <h2 id="composer-title">{t('composerTitle')}</h2>
      <fieldset class="segmented">
        <legend>{t('composerLength')}</legend>
        {DISCLOSURE_LENGTHS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="note-length"
              value={option}
              checked={length === option}
              onChange={() => recompose(() => setLength(option))}
            />
            <span>{t(`length_${option}` as MessageKey)}</span>
          </label>
        ))}
      </fieldset>
      <div class="row">
        <label for="note-lang">{t('composerLanguage')}</label>
        <select
          id="note-lang"
          value={lang}
          onChange={(event) => recompose(() => setLang(event.currentTarget.value as Lang))}
        >
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
      </div>
      {declaration.level === 'none' && (
        <label class="choice">
          <input
            type="checkbox"
            checked={options.statementForNone}
            onChange={(event) =>
              recompose(() => setOptions({ ...options, statementForNone: event.currentTarget.checked }))
            }
          />
          {t('composerStatementForNone')}
        </label>
      )}
      {composed.text === '' && edited === null ? (
        <p class="hint" data-note="none">
          {t('composerNoNote')}
        </p>
      ) : (
        <>
          <label for="note-text" class="block-label">
            {t('composerNoteLabel')}
          </label>
          <textarea
            id="note-text"
            rows={length === 'brief' ? 3 : 6}
            value={note}
            maxLength={10_000}
            aria-describedby="note-count"
            onInput={(event) => setEdited(event.currentTarget.value)}
          />
          <p id="note-count" class="muted small">
            {t('composerCount', note.length.toLocaleString())}
            {edited !== null && (
              <>
                {' '}
                <button type="button" class="link" onClick={() => setEdited(null)}>
                  {t('composerReset')}
                </button>
              </>
            )}
          </p>
          {composed.warnings.map((warning) => (
            <p key={warning} class="hint">
              {t(`warning_${warning.replaceAll('-', '_')}` as MessageKey)}
            </p>
          ))}
        </>
      )}
      {declaration.level !== 'none' && (
        <fieldset>
          <legend>{t('composerMachineLines')}</legend>
          <label class="choice">
            <input
              type="checkbox"
              checked={options.ibmAia}
              onChange={(event) =>
                recompose(() => setOptions({ ...options, ibmAia: event.currentTarget.checked }))
              }
            />
            {t('composerIbmAia')}
          </label>
          <label class="choice">
            <input
              type="checkbox"
              checked={options.w3c}
              onChange={(event) =>
                recompose(() => setOptions({ ...options, w3c: event.currentTarget.checked }))
              }
            />
            {t('composerW3c')}
          </label>
        </fieldset>
      )}
      {screeningAnswers.length > 0 && (
        <fieldset>
          <legend>{t('composerAlsoAnswers')}</legend>
          {screeningAnswers.map(({ index, label }) => (
            <label key={index} class="choice">
              <input
                type="checkbox"
                checked={answers.includes(index)}
                onChange={(event) =>
                  setAnswers(
                    event.currentTarget.checked ? [...answers, index] : answers.filter((i) => i !== index),
                  )
                }
              />
              <span>
                {t('composerAnswerLabel', String(index + 1))}
                {label ? <span class="muted">: {label}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {/* Remove and Undo stay enabled: the popup closes whenever the page takes focus, so a note inserted
          earlier is unknown here; the page answers "no note" or "nothing to undo" itself. */}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-action="insert"
          disabled={writer.busy || note.trim() === ''}
          onClick={() => void insert(note)}
        >
          {inserted ? t('actionUpdate') : t('actionInsert')}
        </button>
        <button type="button" disabled={writer.busy} onClick={() => void writer.run(targets, 'remove')}>
          {t('actionRemove')}
        </button>
        <button type="button" disabled={writer.busy} onClick={() => void writer.run(targets, 'undo')}>
          {t('actionUndo')}
        </button>
      </div>
      <WriteStatus results={writer.results} />
      {tooLong &&
        (shorter ? (
          <button
            type="button"
            class="primary"
            onClick={() =>
              recompose(() => {
                setLength(shorter.length);
                void insert(shorter.block);
              })
            }
          >
            {t('actionInsertShorter', [
              t(`length_${shorter.length}` as MessageKey),
              shorter.chars.toLocaleString(),
            ])}
          </button>
        ) : (
          <p class="hint">{t('composerNoShorter')}</p>
        ))}
    </section>
  );
}
