import { JobTextSource, NoteTarget } from '../messaging/schemas.ts';
import { DeclarationSchema } from '../storage/items.ts';
import type { ItemDefinition } from '../storage/recover.ts';
import { z } from '../zod.ts';

/** The ledger: a local record of every note Candor inserted, for the freelancer's own reference. */

/** Enough for years of proposals, small enough for `storage.local` (about 3 KB an entry). */
export const LEDGER_MAX = 1000;

export const LedgerEntrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** When the note was inserted, in milliseconds since the epoch. */
  at: z.number(),
  jobId: z.optional(z.string().check(z.maxLength(100))),
  title: z.string().check(z.maxLength(500)),
  url: z.string().check(z.maxLength(2000)),
  /** The client's stance as Candor read it; null when the job's terms were not read. */
  stance: z.nullable(z.enum(['prohibited', 'restricted', 'allowed', 'encouraged', 'none'])),
  /** Whether the reading came from the full post or an excerpt. */
  source: z.nullable(JobTextSource),
  /** The client's own sentences the stance was read from. */
  evidence: z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(50)),
  declaration: DeclarationSchema,
  targets: z.array(NoteTarget).check(z.maxLength(50)),
  note: z.string().check(z.maxLength(10_000)),
});
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;

/** Stored entries are read one by one, so a damaged entry loses only itself. */
const StoredLedger = z.pipe(
  z.catch(z.array(z.unknown()), []),
  z.transform((items) =>
    items.flatMap((item) => {
      const parsed = LedgerEntrySchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
  ),
);

export const ledgerItem: ItemDefinition<LedgerEntry[]> = {
  key: 'ledger',
  area: 'local',
  version: 1,
  schema: StoredLedger,
  defaults: () => [],
};

/**
 * Pure: `entries` with `added` merged in, newest first, one entry per id (an added entry replaces a stored
 * one with its id), capped at `LEDGER_MAX` by dropping the oldest.
 */
export function mergeEntries(entries: readonly LedgerEntry[], added: readonly LedgerEntry[]): LedgerEntry[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const entry of added) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => b.at - a.at).slice(0, LEDGER_MAX);
}
