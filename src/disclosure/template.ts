import { z } from '../zod.ts';
import { joinList, type Lang } from './list.ts';
import { PLACEHOLDERS, type Placeholder, STRINGS } from './strings.ts';

/** Long enough for a detailed note, short enough to leave room in a 5,000-character cover letter. */
export const TEMPLATE_MAX = 1500;

const TOKEN = /\{([^{}]*)\}/g;

const isPlaceholder = (name: string): name is Placeholder =>
  (PLACEHOLDERS as readonly string[]).includes(name);

const braced = (names: readonly string[]) => names.map((name) => `{${name}}`);

function say(message: string, values: Record<string, string>): string {
  return message.replace(/\{(name|list|max)\}/g, (_, key: string) => values[key] ?? '');
}

/** Everything wrong with a user template, in the UI's language; empty when it can be rendered. */
function templateProblems(template: string, lang: Lang): string[] {
  const errors = STRINGS[lang].templateErrors;
  if (template.trim() === '') return [errors.empty];
  const problems: string[] = [];
  if (template.length > TEMPLATE_MAX) problems.push(say(errors.tooLong, { max: String(TEMPLATE_MAX) }));
  const used = new Set<string>();
  for (const [token, name] of template.matchAll(TOKEN)) {
    if (isPlaceholder(name!)) used.add(name!);
    else if (isPlaceholder(name!.trim().toLowerCase())) {
      problems.push(say(errors.unknownCase, { name: token, list: `{${name!.trim().toLowerCase()}}` }));
    } else
      problems.push(say(errors.unknown, { name: token, list: joinList(braced(PLACEHOLDERS), lang, 'or') }));
  }
  // A stray brace would otherwise be sent to the client as is.
  if (/[{}]/.test(template.replace(TOKEN, ''))) {
    problems.push(say(errors.unmatched, { list: braced(PLACEHOLDERS).slice(0, 2).join(', ') }));
  }
  // A note that does not name its tools is the vague disclosure Candor exists to avoid.
  if (!used.has('tools')) problems.push(say(errors.missingTools, { list: '{tools}' }));
  return problems;
}

/** A user's own wording for a note, checked before anything is rendered from it. */
export function userTemplateSchema(lang: Lang) {
  return z.string().check(
    z.superRefine((template, ctx) => {
      for (const message of templateProblems(template, lang)) {
        ctx.addIssue({ code: 'custom', message, input: template });
      }
    }),
  );
}

export type TemplateCheck = { ok: true } | { ok: false; errors: string[] };

/** For the options UI: whether a template can be used, and if not, why, in `lang`. */
export function checkTemplate(template: string, lang: Lang): TemplateCheck {
  const result = userTemplateSchema(lang).safeParse(template);
  return result.success
    ? { ok: true }
    : { ok: false, errors: result.error.issues.map((issue) => issue.message) };
}

/**
 * Fills `{name}` tokens. Templates are checked before they get here, so a token without a value is a bug in
 * Candor's own strings: it throws rather than send a stray brace to a client.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(TOKEN, (token, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for ${token} in "${template}"`);
    return value;
  });
}
