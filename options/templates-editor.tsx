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
  lang: initialLang,
  onSave,
}: {
  templates: Templates;
  lang: Lang;
  onSave(templates: Templates): void;
}) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const draftsFor = (of: Lang): Record<DisclosureLength, string> => ({
    brief: templates[of].brief ?? '',
    standard: templates[of].standard ?? '',
    detailed: templates[of].detailed ?? '',
  });
  const [drafts, setDrafts] = useState(() => draftsFor(initialLang));
  const help = STRINGS[lang].placeholderHelp;
  const saved = templates[lang];

  return (
    <section aria-labelledby="templates-title" class="card">
      <h2 id="templates-title">{t('templatesTitle')}</h2>
      <p class="muted">{t('templatesIntro')}</p>
      <fieldset class="segmented">
        <legend>{t('templatesLanguage')}</legend>
        {(['en', 'es'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="templates-lang"
              value={option}
              checked={lang === option}
              onChange={() => {
                setLang(option);
                setDrafts(draftsFor(option));
              }}
            />
            {option === 'en' ? 'English' : 'Español'}
          </label>
        ))}
      </fieldset>
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
        const changed = draft !== (saved[length] ?? '');
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
                const { [length]: _, ...rest } = saved;
                onSave({ ...templates, [lang]: draft.trim() === '' ? rest : { ...rest, [length]: draft } });
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
