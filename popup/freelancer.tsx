import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../src/disclosure/index.ts';
import { t } from '../src/i18n.ts';
import type { LedgerEntry } from '../src/ledger/entry.ts';
import type { JobReading, NoteTarget, PageReport } from '../src/messaging/schemas.ts';
import type { Declaration } from '../src/policy/types.ts';
import { evaluate } from '../src/rules/index.ts';
import type { Settings, Templates } from '../src/storage/items.ts';
import { Composer, type ScreeningAnswer } from './composer.tsx';
import { DeclarationForm } from './declaration-form.tsx';
import { JobTerms } from './job-terms.tsx';
import type { WriteNote } from './note-writer.tsx';
import { VerdictView } from './verdict.tsx';

export interface FreelancerApi {
  saveDeclaration(jobId: string, declaration: Declaration): Promise<void>;
  writeNote: WriteNote;
  recordInsertion(entry: LedgerEntry): Promise<void>;
}

interface FreelancerProps {
  api: FreelancerApi;
  tabId: number;
  report: PageReport;
  job: JobReading | null;
  settings: Settings;
  templates: Templates;
  /** The declaration remembered for this job, else the defaults from options. */
  initialDeclaration: Declaration;
  lang: Lang;
  now(): number;
  newId(): string;
}

/** The freelancer's path: the client's terms, what they declare, the verdict, and the note. */
export function Freelancer(props: FreelancerProps) {
  const { api, report, job } = props;
  const [declaration, setDeclaration] = useState(props.initialDeclaration);
  const jobId = job?.jobId ?? report.jobId;
  const verdict = useMemo(() => (job ? evaluate(job.reading, declaration) : null), [job, declaration]);
  const canWrite = report.kind === 'proposal' && report.fields.some((f) => f.kind === 'cover-letter');
  const screeningAnswers: ScreeningAnswer[] = report.fields
    .filter((field) => field.kind === 'screening-answer')
    .map((field, index) => (field.label === undefined ? { index } : { index, label: field.label }));

  const declare = (next: Declaration) => {
    setDeclaration(next);
    if (jobId) void api.saveDeclaration(jobId, next).catch((error) => console.error('Candor:', error));
  };

  const record = (note: string, targets: NoteTarget[]) => {
    if (!props.settings.ledger) return;
    const entry: LedgerEntry = {
      id: props.newId(),
      at: props.now(),
      ...(jobId ? { jobId } : {}),
      title: job?.title ?? '',
      url: report.url,
      stance: job?.reading.stance ?? null,
      source: job?.source ?? null,
      evidence: job?.reading.evidence.map((e) => e.quote) ?? [],
      declaration,
      targets,
      note,
    };
    void api.recordInsertion(entry).catch((error) => console.error('Candor ledger:', error));
  };

  return (
    <>
      <JobTerms job={job} />
      <section class="card" aria-labelledby="declare-title">
        <h2 id="declare-title">{t('declareTitle')}</h2>
        <DeclarationForm value={declaration} onChange={declare} />
      </section>
      {verdict && <VerdictView verdict={verdict} />}
      {canWrite ? (
        <Composer
          tabId={props.tabId}
          declaration={declaration}
          settings={props.settings}
          templates={props.templates}
          lang={props.lang}
          screeningAnswers={screeningAnswers}
          writeNote={api.writeNote}
          onInserted={record}
        />
      ) : (
        <p class="hint">{t('openProposalToInsert')}</p>
      )}
    </>
  );
}
