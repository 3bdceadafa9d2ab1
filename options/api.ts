import { type LedgerEntry, ledgerItem } from '../src/ledger/entry.ts';
import { readItem, writeItem } from '../src/storage/item.ts';
import {
  jobDeclarationsItem,
  type Settings,
  settingsItem,
  type Templates,
  templatesItem,
} from '../src/storage/items.ts';

/** The options page's door to storage: components never touch `browser.*`. */
export const loadSettings = (): Promise<Settings> => readItem(settingsItem);
export const saveSettings = (settings: Settings): Promise<void> => writeItem(settingsItem, settings);
export const loadTemplates = (): Promise<Templates> => readItem(templatesItem);
export const saveTemplates = (templates: Templates): Promise<void> => writeItem(templatesItem, templates);
export const loadLedger = (): Promise<LedgerEntry[]> => readItem(ledgerItem);
export const saveLedger = (entries: LedgerEntry[]): Promise<void> => writeItem(ledgerItem, entries);

/** Settings, templates and remembered declarations back to their defaults; the ledger has its own delete. */
export async function resetAll(): Promise<void> {
  await Promise.all([
    writeItem(settingsItem, settingsItem.defaults()),
    writeItem(templatesItem, templatesItem.defaults()),
    writeItem(jobDeclarationsItem, jobDeclarationsItem.defaults()),
  ]);
}

/** Saves a file through the page's own download (no `downloads` permission needed). */
export function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
