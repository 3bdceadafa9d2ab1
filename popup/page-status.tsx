import { type MessageKey, t } from '../src/i18n.ts';
import type { PageReport } from '../src/messaging/schemas.ts';
import type { FieldKind, PageKind } from '../src/sites/types.ts';

const pageKindName = (kind: PageKind) => t(`pageKind_${kind.replaceAll('-', '_')}` as MessageKey);
const fieldName = (kind: FieldKind) => t(`field_${kind.replaceAll('-', '_')}` as MessageKey);

/** What Candor found on the tab: nothing to do, still looking, not recognized, or the fields found. */
export function PageStatus({ report }: { report: PageReport | null }) {
  if (!report || report.kind === 'none') {
    return (
      <section aria-labelledby="status-title" data-status="no-page">
        <h2 id="status-title">{t('noPageTitle')}</h2>
        <p>{t('noPageBody')}</p>
      </section>
    );
  }
  const [missing] = report.missing;
  if (missing && report.fields.length === 0) {
    return (
      <section aria-labelledby="status-title" data-status="not-recognized">
        <h2 id="status-title">{t('notRecognizedTitle')}</h2>
        <p>{t('notRecognizedBody', [pageKindName(report.kind), fieldName(missing.kind)])}</p>
        <ul class="tried">
          {missing.tried.map((strategy) => (
            <li key={strategy}>
              <code>{strategy}</code>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (report.fields.length === 0) {
    return (
      <section aria-labelledby="status-title" data-status="looking">
        <h2 id="status-title">{t('lookingTitle')}</h2>
        <p>{t('lookingBody')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="status-title" data-status="found">
      <h2 id="status-title">
        {report.kind === 'proposal' ? t('proposalFoundTitle') : pageKindName(report.kind)}
      </h2>
      <p>{t('fieldsFound')}</p>
      <ul class="fields">
        {report.fields.map((field, index) => (
          <li key={`${field.kind}-${index}`} data-field={field.kind}>
            {fieldName(field.kind)}
            {field.label ? `: ${field.label}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
