import { z } from '../zod.ts';
import { type LedgerEntry, LedgerEntrySchema, mergeEntries } from './entry.ts';

/** The ledger's JSON file: exported whole, imported only whole (a file with any bad entry changes nothing). */

const FORMAT = 'candor-ledger';
const FORMAT_VERSION = 1;

const LedgerFile = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  entries: z.array(LedgerEntrySchema),
});

export function ledgerToJson(entries: readonly LedgerEntry[]): string {
  return `${JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, entries }, null, 2)}\n`;
}

type ImportResult = { ok: true; entries: LedgerEntry[]; added: number } | { ok: false; error: ImportError };

/** Why a file was refused; the UI words it, with the path of the first bad value where there is one. */
export type ImportError =
  | { kind: 'not-json' }
  | { kind: 'not-ledger' }
  | { kind: 'invalid-entry'; path: string; message: string };

/** Pure: the ledger after importing `text` into `current`, or why the file was refused. */
export function importLedger(current: readonly LedgerEntry[], text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  const header = z.object({ format: z.literal(FORMAT), version: z.literal(FORMAT_VERSION) }).safeParse(data);
  if (!header.success) return { ok: false, error: { kind: 'not-ledger' } };
  const parsed = LedgerFile.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return {
      ok: false,
      error: { kind: 'invalid-entry', path: issue?.path.join('.') ?? '', message: issue?.message ?? '' },
    };
  }
  const known = new Set(current.map((entry) => entry.id));
  const added = parsed.data.entries.filter((entry) => !known.has(entry.id)).length;
  return { ok: true, entries: mergeEntries(current, parsed.data.entries), added };
}
