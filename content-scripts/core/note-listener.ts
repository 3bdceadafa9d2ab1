import { BackgroundToContent, type NoteTarget, type WriteOutcome } from '../../src/messaging/schemas.ts';
import type { FieldKind } from '../../src/sites/types.ts';
import { webext } from '../../src/webext.ts';
import { writeNote } from './write-field.ts';

/**
 * Answers the popup's `write-note` (relayed by the background) on whatever page this is: the target is found
 * by the `data-candor-field` marker the page's features set, so this knows no site's selectors.
 */

/** Upwork's cover letter takes 5,000 characters; Candor never writes past a field's limit. */
const LIMITS: Partial<Record<FieldKind, number>> = { 'cover-letter': 5000 };

function targetElement(target: NoteTarget): Element | null {
  const fields = document.querySelectorAll(`[data-candor-field="${target.field}"]`);
  return fields[target.field === 'screening-answer' ? target.index : 0] ?? null;
}

export function listenForNotes(signal: AbortSignal): void {
  const listener = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (answer: WriteOutcome) => void,
  ) => {
    if (sender.id !== webext.runtime.id) return undefined;
    const parsed = BackgroundToContent.safeParse(message);
    if (!parsed.success) return undefined;
    const { target, action, text, lang } = parsed.data;
    writeNote(targetElement(target), action, text, {
      limit: LIMITS[target.field] ?? null,
      lang: lang ?? 'en',
    })
      .then(sendResponse)
      .catch((error: unknown) => sendResponse({ ok: false, error: 'not-writable', message: String(error) }));
    // Keeps the channel open for the asynchronous answer (Chrome does not take a returned Promise here).
    return true;
  };
  webext.runtime.onMessage.addListener(listener as never);
  signal.addEventListener('abort', () => webext.runtime.onMessage.removeListener(listener as never), {
    once: true,
  });
}
