import { JobReading, PageReport } from '../messaging/schemas.ts';
import type { AiUseLevel, Declaration, DeclaredPart } from '../policy/types.ts';
import { z } from '../zod.ts';
import type { ItemDefinition } from './recover.ts';

/** Every stored item Candor has. Add a migration here whenever a schema's version goes up. */

const Tone = z.enum(['brief', 'standard', 'detailed']);
const NoteLanguage = z.enum(['auto', 'en', 'es']);

export const AI_USE_LEVELS = [
  'none',
  'grammar',
  'ideas',
  'drafting',
  'generated',
  'translation',
] as const satisfies readonly AiUseLevel[];
export const DECLARED_PARTS = ['proposal', 'screening', 'work'] as const satisfies readonly DeclaredPart[];

/** The composer's own bounds (src/disclosure): a tool name is a name, and a note names a few. */
const TOOL_NAME_MAX = 60;
const TOOLS_MAX = 12;

/** How the freelancer used AI (src/policy/types.ts `Declaration`), as stored and exported. */
export const DeclarationSchema = z.object({
  level: z.enum(AI_USE_LEVELS),
  tools: z.array(z.string().check(z.maxLength(TOOL_NAME_MAX))).check(z.maxLength(TOOLS_MAX)),
  parts: z.array(z.enum(DECLARED_PARTS)),
  clientMaterialShared: z.boolean(),
}) satisfies z.ZodMiniType<Declaration>;

/** No AI claimed until the freelancer says otherwise: a default must never put words in their mouth. */
const DEFAULT_DECLARATION: Declaration = {
  level: 'none',
  tools: [],
  parts: ['proposal'],
  clientMaterialShared: false,
};

const SETTINGS_DEFAULTS = {
  tone: 'standard' as const,
  noteLanguage: 'auto' as const,
  inPagePrompt: true,
  preSubmitGuard: true,
  badge: true,
  ledger: true,
  declaration: DEFAULT_DECLARATION,
  ibmAia: false,
  w3c: false,
  statementForNone: false,
};

const SettingsSchema = z.object({
  tone: z.catch(Tone, SETTINGS_DEFAULTS.tone),
  noteLanguage: z.catch(NoteLanguage, SETTINGS_DEFAULTS.noteLanguage),
  inPagePrompt: z.catch(z.boolean(), SETTINGS_DEFAULTS.inPagePrompt),
  preSubmitGuard: z.catch(z.boolean(), SETTINGS_DEFAULTS.preSubmitGuard),
  badge: z.catch(z.boolean(), SETTINGS_DEFAULTS.badge),
  ledger: z.catch(z.boolean(), SETTINGS_DEFAULTS.ledger),
  /** The declaration a job starts from before the freelancer changes it. */
  declaration: z.catch(DeclarationSchema, () => structuredClone(DEFAULT_DECLARATION)),
  /** Machine-readable lines after the note: IBM AI Attribution, W3C AI Content Disclosure. */
  ibmAia: z.catch(z.boolean(), SETTINGS_DEFAULTS.ibmAia),
  w3c: z.catch(z.boolean(), SETTINGS_DEFAULTS.w3c),
  /** For "no AI", offer a statement saying so instead of no note. */
  statementForNone: z.catch(z.boolean(), SETTINGS_DEFAULTS.statementForNone),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * Small values only: this item is synced across the user's browsers (sync allows 8 KB per item). Fields added
 * since version 1 read as their defaults through their `z.catch`, so no migration is needed.
 */
export const settingsItem: ItemDefinition<Settings> = {
  key: 'settings',
  area: 'sync',
  version: 1,
  schema: SettingsSchema,
  defaults: () => structuredClone(SETTINGS_DEFAULTS),
};

/**
 * The user's own wording per note language and length (placeholders checked by `checkTemplate`); local, as it
 * can be long. Version 2 keys them by language: a template is written in one language.
 */
const TemplateText = z.catch(z.optional(z.string().check(z.maxLength(10_000))), undefined);
const LengthTemplatesSchema = z.object({
  brief: TemplateText,
  standard: TemplateText,
  detailed: TemplateText,
});
export type LengthTemplates = z.infer<typeof LengthTemplatesSchema>;
const TemplatesSchema = z.object({
  en: z.catch(LengthTemplatesSchema, {}),
  es: z.catch(LengthTemplatesSchema, {}),
});
export type Templates = z.infer<typeof TemplatesSchema>;

export const templatesItem: ItemDefinition<Templates> = {
  key: 'templates',
  area: 'local',
  version: 2,
  schema: TemplatesSchema,
  defaults: () => ({ en: {}, es: {} }),
  // Version 1 had one set with no language; Candor's UI then wrote English notes by default.
  migrations: [(v1) => ({ en: v1, es: {} })],
};

/** How many jobs' declarations are remembered; the least recently used go first. */
export const JOB_DECLARATIONS_MAX = 200;

const RememberedDeclaration = z.object({ declaration: DeclarationSchema, at: z.number() });
/** One bad record loses only itself. */
const JobDeclarationsSchema = z.pipe(
  z.catch(z.record(z.string(), z.unknown()), {}),
  z.transform((records) => {
    const valid: Record<string, z.infer<typeof RememberedDeclaration>> = {};
    for (const [jobId, record] of Object.entries(records)) {
      const parsed = RememberedDeclaration.safeParse(record);
      if (parsed.success) valid[jobId] = parsed.data;
    }
    return valid;
  }),
);
export type JobDeclarations = z.infer<typeof JobDeclarationsSchema>;

/** The declaration made for each job, so reopening the popup on the same job finds it again. */
export const jobDeclarationsItem: ItemDefinition<JobDeclarations> = {
  key: 'jobDeclarations',
  area: 'local',
  version: 1,
  schema: JobDeclarationsSchema,
  defaults: () => ({}),
};

/** Pure: `records` with `jobId`'s declaration set, evicting the oldest beyond `JOB_DECLARATIONS_MAX`. */
export function rememberDeclaration(
  records: JobDeclarations,
  jobId: string,
  declaration: Declaration,
  now: number,
): JobDeclarations {
  const entries = Object.entries({ ...records, [jobId]: { declaration, at: now } });
  entries.sort(([, a], [, b]) => b.at - a.at);
  return Object.fromEntries(entries.slice(0, JOB_DECLARATIONS_MAX));
}

/** What the popup is told about one open tab (stored in two parts: see tab-state.ts). */
export const TabStateSchema = z.object({
  report: z.catch(z.nullable(PageReport), null),
  /** The client's AI terms for the job on this tab, once read. */
  job: z.catch(z.nullable(JobReading), null),
  updatedAt: z.catch(z.number(), 0),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** Items migrated on install and update (per-tab session state is rebuilt by the pages themselves). */
export const persistentItems: readonly ItemDefinition<unknown>[] = [
  settingsItem,
  templatesItem,
  jobDeclarationsItem,
] as ItemDefinition<unknown>[];
