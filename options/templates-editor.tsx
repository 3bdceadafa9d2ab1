import { useState } from 'preact/hooks';
import {
  checkTemplate,
  DISCLOSURE_LENGTHS,
  type DisclosureLength,
  type Lang,
  PLACEHOLDERS,
  STRINGS,
  TEMPLATE_MAX,
} from '../src/disclosure/index.ts';
import { type MessageKey, t } from '../src/i18n.ts';
import type { Templates } from '../src/storage/items.ts';

/**
 * The freelancer's own wording per note length. A template is saved only once the composer accepts it, so a
 * saved template always renders; an empty box means Candor's own wording.
 */
export function TemplatesEditor({
  templates,
  lang,
  onSave,
}: {
  templates: Templates;
  lang: Lang;
  onSave(templates: Templates): void;
}) {
  const [drafts, setDrafts] = useState<Record<DisclosureLength, string>>({
    brief: templates.brief ?? '',
    standard: templates.standard ?? '',
    detailed: templates.detailed ?? '',
  });
  const help = STRINGS[lang].placeholderHelp;

  return (
    <section aria-labelledby="templates-title" class="card">
      <h2 id="templates-title">{t('templatesTitle')}</h2>
      <p class="muted">{t('templatesIntro')}</p>
      <dl class="placeholders">
        {PLACEHOLDERS.map((name) => (
          <div key={name}>
            <dt>
              <code>{`{${name}}`}</code>
            </dt>
            <dd>{help[name]}</dd>
          </div>
        ))}
      </dl>
      {DISCLOSURE_LENGTHS.map((length) => {
        const draft = drafts[length];
        const check = draft.trim() === '' ? null : checkTemplate(draft, lang);
        const id = `template-${length}`;
        const changed = draft !== (templates[length] ?? '');
        return (
          <div key={length} class="template">
            <label for={id} class="block-label">
              {t(`length_${length}` as MessageKey)}
            </label>
            <textarea
              id={id}
              rows={3}
              maxLength={TEMPLATE_MAX}
              value={draft}
              placeholder={t('templatePlaceholder')}
              aria-invalid={check !== null && !check.ok}
              aria-describedby={`${id}-problems`}
              onInput={(event) => setDrafts({ ...drafts, [length]: event.currentTarget.value })}
            />
            <div id={`${id}-problems`}>
              {check && !check.ok && (
                <ul class="problems">
                  {check.errors.map((error) => (
                    <li key={error}>{error}</li>
                  ))}
                </ul>
              )}
            </div>
            <button
              type="button"
              disabled={!changed || (check !== null && !check.ok)}
              onClick={() => {
                const { [length]: _, ...rest } = templates;
                onSave(draft.trim() === '' ? rest : { ...rest, [length]: draft });
              }}
            >
              {draft.trim() === '' ? t('templateUseCandors') : t('templateSave')}
            </button>
          </div>
        );
      })}
    </section>
  );
}
