import { z } from '../zod.ts';

/**
 * Typed storage items with a version and ordered migrations (the WXT model). A value is stored as
 * `{ v, data }`; a value with no envelope counts as version 1. Reading never throws: a stored value that
 * does not parse degrades field by field to the defaults (each schema field carries a `z.catch`), and the
 * damage is logged.
 */

export type StorageAreaName = 'local' | 'sync' | 'session';

/** Migrations[i] takes version i + 1 to version i + 2. */
export type Migration = (previous: unknown) => unknown;

export interface ItemDefinition<T> {
  key: string;
  area: StorageAreaName;
  version: number;
  /** Parses stored data; fields should recover through `z.catch` so one bad field loses only itself. */
  schema: z.ZodMiniType<T>;
  defaults: () => T;
  migrations?: readonly Migration[];
}

// A plain number, checked by hand below: zod's number checks would cost every Upwork page bytes.
const Envelope = z.object({ v: z.number(), data: z.unknown() });
const isVersion = (v: number) => Number.isInteger(v) && v > 0;

export interface Recovered<T> {
  value: T;
  /** The stored value needed repair or migration, so it should be written back. */
  changed: boolean;
  problems: string[];
}

/** Pure: from whatever was stored to a valid current value. */
export function recover<T>(item: ItemDefinition<T>, stored: unknown): Recovered<T> {
  if (stored === undefined) return { value: item.defaults(), changed: false, problems: [] };
  const problems: string[] = [];
  const parsedEnvelope = Envelope.safeParse(stored);
  const envelope =
    parsedEnvelope.success && isVersion(parsedEnvelope.data.v) ? parsedEnvelope : { success: false as const };
  let version = envelope.success ? envelope.data.v : 1;
  let data = envelope.success ? envelope.data.data : stored;
  if (version > item.version) {
    // Written by a newer Candor (a downgrade): read what still fits rather than discard it.
    problems.push(`stored version ${version} is newer than ${item.version}`);
    version = item.version;
  }
  const migrations = item.migrations ?? [];
  while (version < item.version) {
    const migrate = migrations[version - 1];
    if (!migrate) {
      problems.push(`no migration from version ${version}`);
      break;
    }
    try {
      data = migrate(data);
    } catch (error) {
      problems.push(`migration from version ${version} failed: ${String(error)}`);
      return { value: item.defaults(), changed: true, problems };
    }
    version += 1;
  }
  const parsed = item.schema.safeParse(data);
  if (!parsed.success) {
    problems.push(`unreadable value replaced by defaults: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return { value: item.defaults(), changed: true, problems };
  }
  const repaired = canonicalJson(parsed.data) !== canonicalJson(data);
  if (repaired) problems.push('some fields were invalid and were reset');
  const changed = repaired || !envelope.success || envelope.data.v !== item.version;
  return { value: parsed.data, changed, problems };
}

/** JSON with object keys sorted, so that key order alone never counts as a change. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
