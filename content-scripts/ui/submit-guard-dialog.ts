import { type MessageKey, t } from '../../src/i18n.ts';
import { h } from './dom.ts';
import { BASE_CSS } from './mount.ts';

export const GUARD_CSS = `${BASE_CSS}
.backdrop { position: fixed; inset: 0; background: rgb(16 24 40 / 45%); display: grid; place-items: center;
  z-index: 2147483647; }
.dialog { background: #fff; border-radius: 10px; padding: 18px 20px; max-width: 460px; margin: 16px;
  box-shadow: 0 12px 32px rgb(16 24 40 / 25%); border-top: 4px solid #b54708; }
h2 { font-size: 17px; margin: 0 0 8px; }
p { margin: 0 0 14px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
.actions button { border-radius: 6px; padding: 6px 12px; border: 1px solid #98a2b3; background: #fff; color: #1d2433; }
.actions .primary { background: #b54708; border-color: #b54708; color: #fff; font-weight: 600; }
`;

export interface GuardChoices {
  onAddDisclosure(): void;
  onContinue(): void;
  onCancel(): void;
}

/**
 * The pre-submit confirmation. Its text is the same whatever the reason (a conflicting declaration or no
 * note), so the page learns nothing of what the user told Candor. It never sends the proposal itself.
 */
export function submitGuardDialog(reason: MessageKey, choices: GuardChoices): HTMLElement {
  const cancel = h('button', { type: 'button', onclick: choices.onCancel }, t('inpage_guard_cancel'));
  const dialog = h(
    'div',
    {
      class: 'dialog',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'g-title',
      'aria-describedby': 'g-body',
    },
    h('h2', { id: 'g-title' }, t('inpage_guard_title')),
    h('p', { id: 'g-body' }, t(reason)),
    h(
      'div',
      { class: 'actions' },
      cancel,
      h('button', { type: 'button', onclick: choices.onContinue }, t('inpage_guard_continue')),
      h(
        'button',
        { type: 'button', class: 'primary', onclick: choices.onAddDisclosure },
        t('inpage_guard_add'),
      ),
    ),
  );
  const backdrop = h(
    'div',
    {
      class: 'candor backdrop',
      onkeydown: (event) => {
        if ((event as KeyboardEvent).key === 'Escape') choices.onCancel();
      },
    },
    dialog,
  );
  queueMicrotask(() => cancel.focus());
  return backdrop;
}
