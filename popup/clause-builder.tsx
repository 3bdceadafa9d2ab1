import { useState } from 'preact/hooks';
import {
  buildClause,
  CLAUSE_PARTS,
  CLAUSE_STANCES,
  CLAUSE_TASKS,
  type ClauseSpec,
  type ClauseStance,
} from '../src/clause/index.ts';
import type { Lang } from '../src/disclosure/index.ts';
import { type MessageKey, t } from '../src/i18n.ts';
import type { NoteTarget } from '../src/messaging/schemas.ts';
import { useNoteWriter, type WriteNote, WriteStatus } from './note-writer.tsx';

const DESCRIPTION: NoteTarget = { field: 'job-post-description' };
const key = (prefix: string, value: string) => `${prefix}_${value.replaceAll('-', '_')}` as MessageKey;

/**
 * The spec the builder's controls can express, made valid: tasks only for "only for", a disclosure request
 * only where it means something (always for "with disclosure"), and a consequence only when there is a rule.
 */
function validSpec(spec: ClauseSpec): ClauseSpec {
  const { tasks, ...rest } = spec;
  const disclosure =
    spec.stance === 'ai-with-disclosure' ? true : spec.stance === 'no-ai' ? false : spec.disclosure;
  const enforceable = spec.stance !== 'ai-welcome' || disclosure || spec.privacy;
  return {
    ...rest,
    ...(spec.stance === 'ai-only-for' ? { tasks: tasks?.length ? tasks : ['research'] } : {}),
    disclosure,
    consequence: spec.consequence && enforceable,
  };
}

/** The client's side: an AI-use clause, privacy included, previewed and then written into the job post. */
export function ClauseBuilder({
  tabId,
  lang,
  writeNote,
}: {
  tabId: number;
  lang: Lang;
  writeNote: WriteNote;
}) {
  const [draft, setDraft] = useState<ClauseSpec>({
    stance: 'ai-with-disclosure',
    parts: ['proposal', 'work'],
    disclosure: true,
    privacy: true,
    consequence: false,
    lang,
  });
  const spec = validSpec(draft);
  const writer = useNoteWriter(writeNote, tabId, spec.lang);
  const set = (patch: Partial<ClauseSpec>) => setDraft({ ...draft, ...patch });
  const clause = spec.parts.length > 0 ? buildClause(spec) : null;

  return (
    <section class="card" aria-labelledby="clause-title" data-status="clause-builder">
      <h2 id="clause-title">{t('clauseTitle')}</h2>
      <p class="muted">{t('clauseIntro')}</p>
      <fieldset>
        <legend>{t('clauseStanceLegend')}</legend>
        {CLAUSE_STANCES.map((stance: ClauseStance) => (
          <label key={stance} class="choice">
            <input
              type="radio"
              name="clause-stance"
              value={stance}
              checked={spec.stance === stance}
              onChange={() => set({ stance })}
            />
            {t(key('clauseStance', stance))}
          </label>
        ))}
      </fieldset>
      {spec.stance === 'ai-only-for' && (
        <fieldset>
          <legend>{t('clauseTasksLegend')}</legend>
          <div class="chips">
            {CLAUSE_TASKS.map((task) => (
              <label key={task} class="chip">
                <input
                  type="checkbox"
                  checked={spec.tasks?.includes(task) ?? false}
                  onChange={(event) => {
                    const current = spec.tasks ?? [];
                    const tasks = event.currentTarget.checked
                      ? [...current, task]
                      : current.filter((x) => x !== task);
                    // The last task cannot be unticked: "only for" nothing is "no AI".
                    if (tasks.length > 0) set({ tasks });
                  }}
                />
                {t(key('clauseTask', task))}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset>
        <legend>{t('clausePartsLegend')}</legend>
        <div class="choices">
          {CLAUSE_PARTS.map((part) => (
            <label key={part} class="choice">
              <input
                type="checkbox"
                checked={spec.parts.includes(part)}
                onChange={(event) =>
                  set({
                    parts: event.currentTarget.checked
                      ? [...spec.parts, part]
                      : spec.parts.filter((p) => p !== part),
                  })
                }
              />
              {t(key('inpage_part', part))}
            </label>
          ))}
        </div>
        {spec.parts.length === 0 && (
          <p class="hint" role="alert">
            {t('clauseNeedsParts')}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('clauseAddLegend')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            checked={spec.disclosure}
            disabled={spec.stance === 'no-ai' || spec.stance === 'ai-with-disclosure'}
            onChange={(event) => set({ disclosure: event.currentTarget.checked })}
          />
          {t('clauseDisclosure')}
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={spec.privacy}
            onChange={(event) => set({ privacy: event.currentTarget.checked })}
          />
          {t('clausePrivacy')}
        </label>
        <label class="choice">
          <input
            type="checkbox"
            checked={spec.consequence}
            disabled={spec.stance === 'ai-welcome' && !spec.disclosure && !spec.privacy}
            onChange={(event) => set({ consequence: event.currentTarget.checked })}
          />
          {t('clauseConsequence')}
        </label>
      </fieldset>
      <div class="row">
        <label for="clause-lang">{t('clauseLanguage')}</label>
        <select
          id="clause-lang"
          value={spec.lang}
          onChange={(event) => set({ lang: event.currentTarget.value as Lang })}
        >
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
      </div>
      {clause !== null && (
        <figure class="preview">
          <figcaption>{t('clausePreview')}</figcaption>
          <p class="clause-text" lang={spec.lang} data-clause>
            {clause}
          </p>
        </figure>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-action="insert"
          disabled={writer.busy || clause === null}
          onClick={() => clause !== null && void writer.run([DESCRIPTION], 'insert', clause)}
        >
          {t('clauseInsert')}
        </button>
        <button type="button" disabled={writer.busy} onClick={() => void writer.run([DESCRIPTION], 'remove')}>
          {t('actionRemove')}
        </button>
        <button type="button" disabled={writer.busy} onClick={() => void writer.run([DESCRIPTION], 'undo')}>
          {t('actionUndo')}
        </button>
      </div>
      <WriteStatus results={writer.results} />
    </section>
  );
}
