import type { Part } from '../policy/types.ts';
import { z } from '../zod.ts';

export const CLAUSE_STANCES = ['no-ai', 'ai-with-disclosure', 'ai-only-for', 'ai-welcome'] as const;
/** What the client allows: nothing, anything if disclosed, only some tasks, or anything. */
export type ClauseStance = (typeof CLAUSE_STANCES)[number];

export const CLAUSE_TASKS = [
  'research',
  'brainstorming',
  'grammar',
  'translation',
  'code-assistance',
] as const;
/** What `ai-only-for` allows AI for. */
export type ClauseTask = (typeof CLAUSE_TASKS)[number];

export const CLAUSE_PARTS = ['proposal', 'work', 'communication'] as const satisfies readonly Part[];

export interface ClauseSpec {
  stance: ClauseStance;
  /** Only for `ai-only-for`, and then at least one. */
  tasks?: ClauseTask[];
  /** The parts the rule covers: at least one, each once. */
  parts: Part[];
  /** Ask freelancers which tools they used and how. Implied by `ai-with-disclosure`; meaningless for `no-ai`. */
  disclosure: boolean;
  /** Forbid putting the client's files, data or project details into generative-AI tools. */
  privacy: boolean;
  /** Say what happens when the rules are ignored. */
  consequence: boolean;
  lang: 'en' | 'es';
}

export class ClauseSpecError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Invalid clause:\n${issues.map((issue) => `- ${issue}`).join('\n')}`);
    this.name = 'ClauseSpecError';
  }
}

const unique = (items: readonly string[]) => new Set(items).size === items.length;

const specSchema = z
  .strictObject(
    {
      stance: z.enum(CLAUSE_STANCES, `stance must be one of ${CLAUSE_STANCES.join(', ')}`),
      tasks: z.optional(
        z.array(z.enum(CLAUSE_TASKS, `tasks are ${CLAUSE_TASKS.join(', ')}`), 'tasks must be a list'),
      ),
      parts: z.array(z.enum(CLAUSE_PARTS, `parts are ${CLAUSE_PARTS.join(', ')}`), 'parts must be a list'),
      disclosure: z.boolean('disclosure must be true or false'),
      privacy: z.boolean('privacy must be true or false'),
      consequence: z.boolean('consequence must be true or false'),
      lang: z.enum(['en', 'es'], 'lang must be en or es'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown fields: ${issue.keys.join(', ')}`
          : 'a clause spec must be an object',
    },
  )
  .check(
    z.superRefine((spec, ctx) => {
      const problem = (message: string) => ctx.addIssue({ code: 'custom', message, input: spec });
      if (spec.parts.length === 0) problem('parts: choose at least one of proposal, work, communication');
      if (!unique(spec.parts)) problem('parts: each part only once');
      const tasks = spec.tasks ?? [];
      if (spec.stance === 'ai-only-for' && tasks.length === 0) {
        problem('tasks: ai-only-for needs at least one task AI may be used for');
      }
      if (spec.stance !== 'ai-only-for' && spec.tasks !== undefined)
        problem('tasks: only ai-only-for takes tasks');
      if (!unique(tasks)) problem('tasks: each task only once');
      if (spec.stance === 'no-ai' && spec.disclosure) {
        problem('disclosure: a no-AI clause cannot ask which AI tools were used');
      }
      if (spec.stance === 'ai-with-disclosure' && !spec.disclosure) {
        problem('disclosure: ai-with-disclosure always asks for disclosure; set it to true');
      }
      if (spec.consequence && spec.stance === 'ai-welcome' && !spec.disclosure && !spec.privacy) {
        problem('consequence: ai-welcome without disclosure or privacy sets no rule to enforce');
      }
    }),
  );

/** Checks a spec from the UI or storage; throws `ClauseSpecError` listing every problem. */
export function parseClauseSpec(spec: unknown): ClauseSpec {
  const result = specSchema.safeParse(spec);
  if (result.success) return result.data;
  throw new ClauseSpecError(
    result.error.issues.map((issue) =>
      issue.code === 'custom' ? issue.message : `${issue.path.join('.') || 'spec'}: ${issue.message}`,
    ),
  );
}
