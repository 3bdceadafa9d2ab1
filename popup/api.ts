import browser from 'webextension-polyfill';
import { type LedgerEntry, ledgerItem, mergeEntries } from '../src/ledger/entry.ts';
import {
  type NoteAction,
  type NoteTarget,
  type PopupToBackground,
  WriteOutcome,
} from '../src/messaging/schemas.ts';
import type { Declaration } from '../src/policy/types.ts';
import { readItem, writeItem } from '../src/storage/item.ts';
import {
  jobDeclarationsItem,
  rememberDeclaration,
  type Settings,
  settingsItem,
  type TabState,
  TabStateSchema,
  type Templates,
  templatesItem,
} from '../src/storage/items.ts';

/** The popup's only door to the browser: components get data from here, never from `browser.*`. */

const ask = (message: PopupToBackground): Promise<unknown> => browser.runtime.sendMessage(message);

/**
 * The tab the popup speaks about. `?tabId=` wins (tests, and the popup opened as a page); a real popup
 * uses the active tab; the popup opened in a tab of its own uses the tab the user was on before.
 */
export async function resolveTargetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const self = await browser.tabs.getCurrent();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.id !== self?.id) return active.id;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self?.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}

/** What the content script reported for the tab; an unreadable answer reads as "nothing found". */
export async function getTabState(tabId: number): Promise<TabState> {
  const parsed = TabStateSchema.safeParse(await ask({ type: 'get-tab-state', tabId }));
  return parsed.success ? parsed.data : { report: null, job: null, updatedAt: 0 };
}

export const openOptions = (): Promise<void> => browser.runtime.openOptionsPage();

export const loadSettings = (): Promise<Settings> => readItem(settingsItem);
export const loadTemplates = (): Promise<Templates> => readItem(templatesItem);
export const uiLanguage = (): string => browser.i18n.getUILanguage();

export async function loadDeclaration(jobId: string): Promise<Declaration | null> {
  return (await readItem(jobDeclarationsItem))[jobId]?.declaration ?? null;
}

export async function saveDeclaration(jobId: string, declaration: Declaration): Promise<void> {
  const records = await readItem(jobDeclarationsItem);
  await writeItem(jobDeclarationsItem, rememberDeclaration(records, jobId, declaration, Date.now()));
}

/** Asks the tab's content script (through the background) to write; a refusal or an odd answer is an outcome. */
export async function writeNote(
  tabId: number,
  target: NoteTarget,
  action: NoteAction,
  text?: string,
  lang?: 'en' | 'es',
): Promise<WriteOutcome> {
  try {
    const answer = await ask({
      type: 'write-note',
      tabId,
      target,
      action,
      ...(text === undefined ? {} : { text }),
      ...(lang === undefined ? {} : { lang }),
    });
    const parsed = WriteOutcome.safeParse(answer);
    if (parsed.success) return parsed.data;
    return { ok: false, error: 'not-writable', message: 'Unexpected answer from the page.' };
  } catch (error) {
    return { ok: false, error: 'field-not-found', message: String(error) };
  }
}

export async function recordInsertion(entry: LedgerEntry): Promise<void> {
  await writeItem(ledgerItem, mergeEntries(await readItem(ledgerItem), [entry]));
}
