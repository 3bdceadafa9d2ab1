import type { Declaration, DeclaredPart } from '../policy/types.ts';
import { z } from '../zod.ts';
import { joinList, type Lang } from './list.ts';
import { aiaStatement, w3cMetaLine } from './machine.ts';
import { type DisclosureStrings, STRINGS, type UsedLevel } from './strings.ts';
import { fill, userTemplateSchema } from './template.ts';

export const DISCLOSURE_LENGTHS = ['brief', 'standard', 'detailed'] as const;
/** brief: one sentence; standard: two or three; detailed: the process and an offer to adjust. */
export type DisclosureLength = (typeof DISCLOSURE_LENGTHS)[number];

/** Upwork's cover-letter limit, which the letter and the note share. */
export const DISCLOSURE_MAX = 5000;

/** Between the note and its machine lines, and between the letter and the note. */
const BLANK_LINE = '\n\n';

export interface DisclosureOptions {
  /** Add an IBM AI Attribution statement ("AIA Ph Se Hin R Grammarly v1.0"). */
  ibmAia?: boolean;
  /** Add a W3C AI Content Disclosure line (`<meta name="ai-disclosure" content="ai-assisted">`). */
  w3c?: boolean;
  /** For level `none`, state that no AI was used; otherwise say nothing. */
  statementForNone?: boolean;
}

export interface DisclosureInput {
  declaration: Declaration;
  length: DisclosureLength;
  lang: Lang;
  /** The user's own wording per length, with placeholders; replaces Candor's for AI-use notes. */
  templates?: Partial<Record<DisclosureLength, string>>;
  options?: DisclosureOptions;
}

/** Things the UI should point out; the note itself stays honest either way. */
export type DisclosureWarning = 'no-tool-named' | 'client-material-omitted';

export interface Disclosure {
  length: DisclosureLength;
  /** The note; empty for `none` without `statementForNone`. */
  text: string;
  machineLines: string[];
  /** What the UI inserts: the note, then the machine lines after a blank line. */
  block: string;
  /** `block.length`, counted as Upwork counts its 5,000 characters. */
  chars: number;
  warnings: DisclosureWarning[];
}

export class DisclosureInputError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Invalid disclosure input:\n${issues.map((issue) => `- ${issue}`).join('\n')}`);
    this.name = 'DisclosureInputError';
  }
}

const LEVELS = ['none', 'grammar', 'ideas', 'drafting', 'generated', 'translation'] as const;
const PARTS = ['proposal', 'screening', 'work'] as const;
/** Generous for "Claude 3.5 Sonnet via Cursor"; a paragraph is not a tool name. */
const TOOL_NAME_MAX = 60;
const TOOLS_MAX = 12;

const inputSchema = z
  .object(
    {
      declaration: z.object(
        {
          level: z.enum(LEVELS, `declaration.level must be one of ${LEVELS.join(', ')}`),
          tools: z
            .array(
              z
                .string('each tool must be a name')
                .check(z.maxLength(TOOL_NAME_MAX, `tool names are at most ${TOOL_NAME_MAX} characters`)),
              'declaration.tools must be a list of names',
            )
            .check(z.maxLength(TOOLS_MAX, `name at most ${TOOLS_MAX} tools`)),
          parts: z.array(z.enum(PARTS, `parts are ${PARTS.join(', ')}`), 'declaration.parts must be a list'),
          clientMaterialShared: z.boolean('declaration.clientMaterialShared must be true or false'),
        },
        'declaration must be an object with level, tools, parts and clientMaterialShared',
      ),
      length: z.enum(DISCLOSURE_LENGTHS, `length must be one of ${DISCLOSURE_LENGTHS.join(', ')}`),
      lang: z.enum(['en', 'es'], 'lang must be en or es'),
      templates: z.optional(
        z.strictObject(
          {
            brief: z.optional(z.string()),
            standard: z.optional(z.string()),
            detailed: z.optional(z.string()),
          },
          'templates are keyed by length: brief, standard, detailed',
        ),
      ),
      options: z.optional(
        z.strictObject(
          {
            ibmAia: z.optional(z.boolean()),
            w3c: z.optional(z.boolean()),
            statementForNone: z.optional(z.boolean()),
          },
          'options are ibmAia, w3c and statementForNone, each true or false',
        ),
      ),
    },
    'the disclosure input must be an object with declaration, length and lang',
  )
  .check(
    z.superRefine((input, ctx) => {
      const { level, parts, clientMaterialShared } = input.declaration;
      if (level !== 'none' && parts.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: 'declaration.parts: say what the AI was used for (proposal, screening or work)',
          input,
        });
      }
      // A "no AI" statement next to client material that went into an AI tool would mislead.
      if (level === 'none' && clientMaterialShared) {
        ctx.addIssue({
          code: 'custom',
          message: 'declaration: client material cannot have gone into an AI tool when no AI was used',
          input,
        });
      }
      for (const length of DISCLOSURE_LENGTHS) {
        const template = input.templates?.[length];
        if (template === undefined) continue;
        const result = userTemplateSchema(input.lang).safeParse(template);
        for (const issue of result.error?.issues ?? []) {
          ctx.addIssue({ code: 'custom', message: `templates.${length}: ${issue.message}`, input });
        }
      }
    }),
  );

function parse(input: unknown): DisclosureInput {
  const result = inputSchema.safeParse(input);
  if (result.success) return result.data;
  throw new DisclosureInputError(
    result.error.issues.map((issue) =>
      issue.code === 'custom' ? issue.message : `${issue.path.join('.') || 'input'}: ${issue.message}`,
    ),
  );
}

/** Trimmed, whitespace collapsed, duplicates dropped whatever their case (first spelling kept). */
function cleanTools(tools: readonly string[]): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const raw of tools) {
    const tool = raw.replace(/\s+/g, ' ').trim();
    if (tool === '' || seen.has(tool.toLowerCase())) continue;
    seen.add(tool.toLowerCase());
    clean.push(tool);
  }
  return clean;
}

interface Facts {
  s: DisclosureStrings;
  lang: Lang;
  tools: string;
  /** Proposal and screening answers: already written when the note is sent. */
  done: DeclaredPart[];
  /** The work: still to do. */
  toDo: boolean;
  clientMaterial: boolean;
}

const partsPhrase = (f: Facts, parts: readonly DeclaredPart[]) =>
  joinList(
    parts.map((part) => f.s.parts[part]),
    f.lang,
  );

/** Past tense for what is written, future for the work, one sentence without its final period. */
function coreClause(f: Facts, level: UsedLevel): string {
  const { s } = f;
  if (f.done.length === 0) return fill(s.core[level].future, { tools: f.tools, parts: s.parts.work });
  const done = fill(s.core[level].past, { tools: f.tools, parts: partsPhrase(f, f.done) });
  return f.toDo ? done + fill(s.sameForWork, { work: s.parts.work }) : done;
}

function clientSentence(f: Facts): string {
  if (!f.clientMaterial) return '';
  return fill(f.done.length > 0 ? f.s.clientMaterial.past : f.s.clientMaterial.future, { tools: f.tools });
}

function builtInNote(f: Facts, level: UsedLevel, length: DisclosureLength): string {
  const { s } = f;
  const core = coreClause(f, level);
  switch (length) {
    case 'brief':
      return `${core}; ${s.reviewShort[level]}.`;
    case 'standard':
      return sentences(`${core}.`, s.review[level], clientSentence(f));
    case 'detailed':
      return sentences(`${core}.`, s.process[level], s.review[level], clientSentence(f), s.offer);
  }
}

function userNote(f: Facts, level: UsedLevel, template: string): string {
  const client = clientSentence(f);
  const parts = [...f.done, ...(f.toDo ? (['work'] as const) : [])];
  const text = fill(template, {
    tools: f.tools,
    use: f.s.use[level],
    parts: partsPhrase(f, parts),
    review: f.s.review[level],
    client,
  });
  // The client's material is said whatever the template's wording.
  return tidy(template.includes('{client}') ? text : sentences(text, client));
}

function noneStatement(f: Facts, length: DisclosureLength): string {
  const { none, parts } = f.s;
  const core =
    f.done.length > 0
      ? fill(none.past, { parts: partsPhrase(f, f.done) }) +
        (f.toDo ? fill(none.alsoWork, { work: parts.work }) : '')
      : fill(none.future, { parts: parts.work });
  if (length === 'brief') return `${core}.`;
  return sentences(`${core}.`, none.scope, length === 'detailed' ? none.offer : '');
}

const sentences = (...items: string[]) => items.filter((item) => item !== '').join(' ');

/** Spaces left by empty placeholders in user templates, and a lower-case start ("a generative-AI tool …"). */
function tidy(text: string): string {
  const clean = text
    .replace(/[ \t]+/g, ' ')
    .replace(/ ([.,;:!?])/g, '$1')
    .replace(/ *\n */g, '\n')
    .trim();
  return clean.charAt(0).toUpperCase() + clean.slice(1);
}

/**
 * The freelancer's note about their AI use: specific about tools, what they did and for which parts, and never
 * claiming more human work than declared. Throws `DisclosureInputError` on invalid input, including templates
 * with unknown placeholders.
 */
export function composeDisclosure(input: DisclosureInput): Disclosure {
  const { declaration, length, lang, templates, options = {} } = parse(input);
  const { level } = declaration;
  const declared = PARTS.filter((part) => declaration.parts.includes(part));
  // A "no AI" statement with no parts ticked still sits in a proposal.
  const parts: DeclaredPart[] = declared.length === 0 ? ['proposal'] : declared;
  const tools = cleanTools(declaration.tools);
  const f: Facts = {
    s: STRINGS[lang],
    lang,
    tools: tools.length > 0 ? joinList(tools, lang) : STRINGS[lang].unnamedTool,
    done: parts.filter((part) => part !== 'work'),
    toDo: parts.includes('work'),
    clientMaterial: declaration.clientMaterialShared,
  };

  const template = templates?.[length];
  let text: string;
  if (level === 'none') text = options.statementForNone ? noneStatement(f, length) : '';
  else text = template === undefined ? builtInNote(f, level, length) : userNote(f, level, template);

  const machineLines: string[] = [];
  if (text !== '') {
    if (options.ibmAia) machineLines.push(aiaStatement(level, tools));
    if (options.w3c) machineLines.push(w3cMetaLine(level));
  }
  const block = machineLines.length > 0 ? text + BLANK_LINE + machineLines.join('\n') : text;

  const warnings: DisclosureWarning[] = [];
  if (level !== 'none' && tools.length === 0) warnings.push('no-tool-named');
  if (level !== 'none' && f.clientMaterial && length === 'brief' && template === undefined) {
    warnings.push('client-material-omitted');
  }
  return { length, text, machineLines, block, chars: block.length, warnings };
}

/**
 * Despite the name, the richest note that fits: detailed, then standard, then brief, the first whose block is at
 * most `available` characters; `null` when not even the brief one fits.
 */
export function shortestFitting(
  input: Omit<DisclosureInput, 'length'>,
  available: number,
): Disclosure | null {
  for (const length of [...DISCLOSURE_LENGTHS].reverse()) {
    const note = composeDisclosure({ ...input, length });
    if (note.chars <= available) return note;
  }
  return null;
}

/** Characters left under `DISCLOSURE_MAX` once the note follows the letter after a blank line. */
export function charactersLeft(coverLetter: string, note: Disclosure): number {
  const separator = coverLetter !== '' && note.chars > 0 ? BLANK_LINE.length : 0;
  return DISCLOSURE_MAX - coverLetter.length - separator - note.chars;
}
