import { findNote } from '../../src/note-block/index.ts';
import { findSubmitProposalButton } from '../../src/sites/upwork/extract.ts';
import { webext } from '../../src/webext.ts';
import { openDisclosureFlow, submitCheck } from '../core/background.ts';
import type { FeatureContext } from '../core/feature.ts';
import { mountInShadow } from '../ui/mount.ts';
import { GUARD_CSS, submitGuardDialog } from '../ui/submit-guard-dialog.ts';

/**
 * The pre-submit guard: where the client prohibits or restricts AI in proposals, the first click on "Send for
 * N Connects" / "Submit proposal" asks first when the declared use conflicts or the cover letter carries no
 * AI-use note. It never blocks for good (after "Continue anyway" the next click goes through) and never
 * clicks the button for the user.
 */
export async function armSubmitGuard({ signal, page }: FeatureContext): Promise<void> {
  let check = await submitCheck(page.jobId);
  // The popup may change the declaration (or the options the switch) while the page is open.
  const refresh = () => {
    submitCheck(page.jobId).then(
      (next) => {
        check = next;
      },
      () => undefined,
    );
  };
  webext.storage.onChanged.addListener(refresh);
  signal.addEventListener('abort', () => webext.storage.onChanged.removeListener(refresh), { once: true });

  let passed = false;
  const onClick = (event: MouseEvent) => {
    const button = findSubmitProposalButton(document)?.value;
    if (!button || !(event.target instanceof Node) || !button.contains(event.target)) return;
    if (passed || !check.armed) return;
    const letter = document.querySelector<HTMLTextAreaElement>('[data-candor-field="cover-letter"]');
    const hasNote = letter ? findNote(letter.value) !== null : false;
    if (!check.conflict && hasNote) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const close = (focus: HTMLElement | null) => {
      dialog.unmount();
      focus?.focus();
    };
    const dialog = mountInShadow(
      'submit-guard',
      (host) => document.body.append(host),
      GUARD_CSS,
      submitGuardDialog(check.conflict ? 'inpage_guard_conflict' : 'inpage_guard_no_note', {
        onAddDisclosure: () => {
          close(letter);
          void openDisclosureFlow();
        },
        onContinue: () => {
          passed = true;
          close(button);
        },
        onCancel: () => close(button),
      }),
      signal,
    );
  };
  window.addEventListener('click', onClick, { capture: true, signal });
}
