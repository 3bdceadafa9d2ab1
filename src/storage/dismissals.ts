import { z } from '../zod.ts';
import type { ItemDefinition } from './recover.ts';

/** Jobs whose in-page disclosure prompt the user dismissed ("not for this job"), newest first. */
const DISMISSALS_LIMIT = 200;

const DismissalsSchema = z.object({ jobIds: z.catch(z.array(z.string()), []) });
export type Dismissals = z.infer<typeof DismissalsSchema>;

export const dismissalsItem: ItemDefinition<Dismissals> = {
  key: 'prompt-dismissals',
  area: 'local',
  version: 1,
  schema: DismissalsSchema,
  defaults: () => ({ jobIds: [] }),
};

export const dismiss = (dismissals: Dismissals, jobId: string): Dismissals => ({
  jobIds: [jobId, ...dismissals.jobIds.filter((id) => id !== jobId)].slice(0, DISMISSALS_LIMIT),
});
