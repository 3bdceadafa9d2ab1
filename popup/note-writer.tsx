import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../src/i18n.ts';
import type { NoteAction, NoteTarget, WriteOutcome } from '../src/messaging/schemas.ts';

export type WriteNote = (
  tabId: number,
  target: NoteTarget,
  action: NoteAction,
  text?: string,
  /** The language of the note's delimiter lines, as of the note itself. */
  lang?: 'en' | 'es',
) => Promise<WriteOutcome>;

interface TargetOutcome {
  target: NoteTarget;
  outcome: WriteOutcome;
}

const targetName = (target: NoteTarget): string =>
  target.field === 'screening-answer'
    ? t('targetScreeningAnswer', String(target.index + 1))
    : t(`field_${target.field.replaceAll('-', '_')}` as MessageKey);

/**
 * Writes one action to several fields in turn and keeps what each did; `busy` while the page answers, so a
 * double click cannot write twice.
 */
export function useNoteWriter(writeNote: WriteNote, tabId: number, lang: 'en' | 'es') {
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<TargetOutcome[]>([]);
  const run = async (targets: readonly NoteTarget[], action: NoteAction, text?: string) => {
    setBusy(true);
    const done: TargetOutcome[] = [];
    try {
      for (const target of targets)
        done.push({ target, outcome: await writeNote(tabId, target, action, text, lang) });
    } finally {
      setResults(done);
      setBusy(false);
    }
    return done;
  };
  return { busy, results, run };
}

const formatNumber = (n: number) => n.toLocaleString();

function describe({ target, outcome }: TargetOutcome): string {
  const field = targetName(target);
  if (!outcome.ok) return t(`writeError_${outcome.error.replaceAll('-', '_')}` as MessageKey, field);
  const done = t(`written_${outcome.action}` as MessageKey, field);
  if (outcome.limit === null) return t('writtenLength', [done, formatNumber(outcome.length)]);
  return t('writtenLeft', [done, formatNumber(outcome.limit - outcome.length), formatNumber(outcome.limit)]);
}

/** What the last write did, field by field, announced to screen readers. */
export function WriteStatus({ results }: { results: readonly TargetOutcome[] }) {
  return (
    <div role="status" aria-live="polite" class="write-status">
      {results.map((result) => (
        <p
          key={JSON.stringify(result.target)}
          class={result.outcome.ok ? 'ok' : 'problem'}
          data-outcome={result.outcome.ok ? result.outcome.action : result.outcome.error}
        >
          {describe(result)}
        </p>
      ))}
    </div>
  );
}
