import { JobReading, PageReport } from '../messaging/schemas.ts';
import { z } from '../zod.ts';
import type { ItemDefinition } from './recover.ts';

/** Every stored item Candor has. Add a migration here whenever a schema's version goes up. */

const Tone = z.enum(['brief', 'standard', 'detailed']);
const NoteLanguage = z.enum(['auto', 'en', 'es']);

const SETTINGS_DEFAULTS = {
  tone: 'standard' as const,
  noteLanguage: 'auto' as const,
  inPagePrompt: true,
  preSubmitGuard: true,
  badge: true,
  ledger: true,
};

const SettingsSchema = z.object({
  tone: z.catch(Tone, SETTINGS_DEFAULTS.tone),
  noteLanguage: z.catch(NoteLanguage, SETTINGS_DEFAULTS.noteLanguage),
  inPagePrompt: z.catch(z.boolean(), SETTINGS_DEFAULTS.inPagePrompt),
  preSubmitGuard: z.catch(z.boolean(), SETTINGS_DEFAULTS.preSubmitGuard),
  badge: z.catch(z.boolean(), SETTINGS_DEFAULTS.badge),
  ledger: z.catch(z.boolean(), SETTINGS_DEFAULTS.ledger),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Small switches only: this item is synced across the user's browsers. */
export const settingsItem: ItemDefinition<Settings> = {
  key: 'settings',
  area: 'sync',
  version: 1,
  schema: SettingsSchema,
  defaults: () => ({ ...SETTINGS_DEFAULTS }),
};

/** What Candor knows about one open tab; session storage, so it survives the service worker but not the browser. */
export const TabStateSchema = z.object({
  report: z.catch(z.nullable(PageReport), null),
  /** The client's AI terms for the job on this tab, once read. */
  job: z.catch(z.nullable(JobReading), null),
  updatedAt: z.catch(z.number(), 0),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const tabStateItem = (tabId: number): ItemDefinition<TabState> => ({
  key: `tab:${tabId}`,
  area: 'session',
  version: 1,
  schema: TabStateSchema,
  defaults: () => ({ report: null, job: null, updatedAt: 0 }),
});

/** Items migrated on install and update (per-tab session state is rebuilt by the pages themselves). */
export const persistentItems: readonly ItemDefinition<unknown>[] = [settingsItem as ItemDefinition<unknown>];
