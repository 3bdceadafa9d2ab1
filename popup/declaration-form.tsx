import { useState } from 'preact/hooks';
import { COMMON_TOOLS } from '../src/disclosure/index.ts';
import { type MessageKey, t } from '../src/i18n.ts';
import type { AiUseLevel, Declaration, DeclaredPart } from '../src/policy/types.ts';
import { AI_USE_LEVELS, DECLARED_PARTS } from '../src/storage/items.ts';

export const levelName = (level: AiUseLevel) => t(`level_${level}` as MessageKey);
export const declaredPartName = (part: DeclaredPart) => t(`declaredPart_${part}` as MessageKey);

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

/**
 * How the freelancer used AI: level, tools, parts, and whether client material went into a tool. The same form
 * serves the popup (per job) and the options page (defaults), under `idPrefix` so both can share a page.
 */
export function DeclarationForm({
  value,
  onChange,
  idPrefix = 'decl',
}: {
  value: Declaration;
  onChange: (next: Declaration) => void;
  idPrefix?: string;
}) {
  const [otherTool, setOtherTool] = useState('');
  const set = (patch: Partial<Declaration>) => onChange({ ...value, ...patch });
  const custom = value.tools.filter((tool) => !COMMON_TOOLS.some((known) => known.name === tool));
  const addOther = () => {
    const name = otherTool.replace(/\s+/g, ' ').trim();
    if (name !== '' && !value.tools.some((tool) => tool.toLowerCase() === name.toLowerCase())) {
      set({ tools: [...value.tools, name] });
    }
    setOtherTool('');
  };
  const used = value.level !== 'none';

  return (
    <div class="declaration">
      <fieldset>
        <legend>{t('declLevelLegend')}</legend>
        <div class="choices">
          {AI_USE_LEVELS.map((level) => (
            <label key={level} class="choice">
              <input
                type="radio"
                name={`${idPrefix}-level`}
                value={level}
                checked={value.level === level}
                onChange={() => set(level === 'none' ? { level, clientMaterialShared: false } : { level })}
              />
              {levelName(level)}
            </label>
          ))}
        </div>
      </fieldset>
      {used && (
        <fieldset>
          <legend>{t('declToolsLegend')}</legend>
          <div class="chips">
            {[...COMMON_TOOLS.map((tool) => tool.name), ...custom].map((name) => (
              <label key={name} class="chip">
                <input
                  type="checkbox"
                  value={name}
                  checked={value.tools.includes(name)}
                  onChange={(event) => set({ tools: toggle(value.tools, name, event.currentTarget.checked) })}
                />
                {name}
              </label>
            ))}
          </div>
          <div class="row">
            <label for={`${idPrefix}-other-tool`}>{t('declOtherTool')}</label>
            <input
              id={`${idPrefix}-other-tool`}
              type="text"
              maxLength={60}
              value={otherTool}
              onInput={(event) => setOtherTool(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addOther();
                }
              }}
            />
            <button type="button" onClick={addOther} disabled={otherTool.trim() === ''}>
              {t('declAddTool')}
            </button>
          </div>
        </fieldset>
      )}
      <fieldset>
        <legend>{used ? t('declPartsLegend') : t('declPartsLegendNone')}</legend>
        <div class="choices">
          {DECLARED_PARTS.map((part) => (
            <label key={part} class="choice">
              <input
                type="checkbox"
                checked={value.parts.includes(part)}
                onChange={(event) => set({ parts: toggle(value.parts, part, event.currentTarget.checked) })}
              />
              {declaredPartName(part)}
            </label>
          ))}
        </div>
        {used && value.parts.length === 0 && (
          <p class="hint" role="alert">
            {t('declNeedsParts')}
          </p>
        )}
      </fieldset>
      {used && (
        <label class="choice">
          <input
            type="checkbox"
            checked={value.clientMaterialShared}
            onChange={(event) => set({ clientMaterialShared: event.currentTarget.checked })}
          />
          {t('declClientMaterial')}
        </label>
      )}
    </div>
  );
}
