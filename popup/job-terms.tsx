import { type MessageKey, partName, stanceName, t } from '../src/i18n.ts';
import type { JobReading } from '../src/messaging/schemas.ts';
import type { Part } from '../src/policy/types.ts';

const PARTS: readonly Part[] = ['proposal', 'work', 'communication'];

/** Below this the engine is unsure of the stance, and the popup says so rather than sound certain. */
const UNSURE = 0.5;

/** What the job post says about the freelancer's AI use, in the client's own words. */
export function JobTerms({ job }: { job: JobReading | null }) {
  if (!job) {
    return (
      <section class="card" aria-labelledby="terms-title" data-terms="unread">
        <h2 id="terms-title">{t('termsTitle')}</h2>
        <p>{t('termsUnread')}</p>
      </section>
    );
  }
  const { reading } = job;
  const flags: MessageKey[] = [];
  if (reading.disclosureRequired) flags.push('inpage_flag_disclosure');
  if (reading.confidentiality) flags.push('inpage_flag_confidentiality');
  if (reading.detectors) flags.push('inpage_flag_detectors');
  return (
    <section class="card" aria-labelledby="terms-title" data-terms={reading.stance}>
      <h2 id="terms-title">{t('termsTitle')}</h2>
      <p class="stance-line">
        <span class={`pill stance-${reading.stance}`} data-stance={reading.stance}>
          {stanceName(reading.stance)}
        </span>{' '}
        {t(`stanceExplain_${reading.stance}` as MessageKey)}
      </p>
      {reading.stance !== 'none' && (
        <dl class="scopes">
          {PARTS.map((part) => (
            <div key={part}>
              <dt>{partName(part)}</dt>
              <dd data-part={part}>
                {reading.scopes[part] ? stanceName(reading.scopes[part]) : t('termsNotStated')}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {flags.length > 0 && (
        <ul class="flags">
          {flags.map((flag) => (
            <li key={flag}>{t(flag)}</li>
          ))}
        </ul>
      )}
      {reading.evidence.length > 0 && (
        <details class="evidence" open={reading.evidence.length <= 2}>
          <summary>{t('termsEvidence', String(reading.evidence.length))}</summary>
          {reading.evidence.map((evidence) => (
            <blockquote key={`${evidence.start}-${evidence.signal}`}>{evidence.quote}</blockquote>
          ))}
        </details>
      )}
      <p class="source" data-source={job.source}>
        {t(`termsSource_${job.source.replace('-', '_')}` as MessageKey)}
        {reading.confidence < UNSURE && reading.stance !== 'none' ? ` ${t('termsUnsure')}` : ''}
      </p>
    </section>
  );
}
