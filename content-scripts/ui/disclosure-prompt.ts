import { type MessageKey, t } from '../../src/i18n.ts';
import type { JobReading } from '../../src/messaging/schemas.ts';
import { h } from './dom.ts';
import { BASE_CSS } from './mount.ts';

export const PROMPT_CSS = `${BASE_CSS}
.prompt { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 0 0 10px;
  padding: 8px 12px; border: 1px solid var(--stance); border-radius: 8px; background: var(--stance-bg); }
.prompt p { margin: 0; flex: 1 1 240px; color: #1d2433; }
.add { background: var(--stance); color: #fff; border: none; border-radius: 6px; padding: 5px 12px; font-weight: 600; }
.later { background: none; border: none; color: #344054; text-decoration: underline; padding: 4px; }
`;

/** What the prompt says, by what the client's terms ask of a proposal. */
export function promptMessage(reading: JobReading['reading']): MessageKey | null {
  const proposal = reading.scopes.proposal ?? reading.stance;
  if (proposal === 'prohibited') return 'inpage_prompt_prohibited';
  if (proposal === 'restricted') return 'inpage_prompt_restricted';
  if (reading.disclosureRequired) return 'inpage_prompt_disclosure';
  return null;
}

/** Attached to the cover letter when the client sets AI rules for proposals: offers the disclosure flow. */
export function disclosurePrompt(
  message: MessageKey,
  stance: JobReading['reading']['stance'],
  onAdd: () => void,
  onDismiss: () => void,
): HTMLElement {
  return h(
    'div',
    { class: `candor stance-${stance}` },
    h(
      'div',
      { class: 'prompt', role: 'note' },
      h('p', {}, t(message)),
      h('button', { type: 'button', class: 'add', onclick: onAdd }, t('inpage_prompt_add')),
      h('button', { type: 'button', class: 'later', onclick: onDismiss }, t('inpage_prompt_dismiss')),
    ),
  );
}
