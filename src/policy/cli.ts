/**
 * Command line for the policy engine (`npm run -s policy -- …`).
 *
 *   policy FILE           read one post (text or HTML; `-` for stdin), print the reading as JSON
 *   policy --jsonl FILE   one `{"id","text"}` per line in, one reading per line out, same order
 *
 * Bad input gets one line on stderr naming the file (and line) and exit code 2; the other lines are still read.
 * For HTML input the evidence offsets index into the text `htmlToText` makes of it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { analyze, analyzeHtml } from './analyze.ts';
import type { PolicyReading } from './types.ts';

const USAGE = 'usage: policy FILE | policy --jsonl FILE   (FILE may be - for stdin)';

const InputLine = z.object({ id: z.string(), text: z.string() });

class InputError extends Error {}

function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`}`,
    );
  }
  if (bytes.includes(0)) throw new InputError(`${file}: binary data, expected UTF-8 text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text`);
  }
}

/** Markup rather than prose: a file named .html, or text that opens with a tag and holds common elements. */
function looksLikeHtml(file: string, text: string): boolean {
  if (/\.x?html?$/i.test(file)) return true;
  return /^\s*</.test(text) && /<(?:html|body|div|p|br|li|ul|span|h[1-6]|section|article)\b/i.test(text);
}

/** The fields of a `--jsonl` output line, in a fixed order. */
function jsonlRecord(id: string, reading: PolicyReading) {
  const { stance, scopes, disclosureRequired, confidentiality, detectors, evidence, language, confidence } =
    reading;
  return {
    id,
    stance,
    scopes,
    disclosureRequired,
    confidentiality,
    detectors,
    evidence,
    language,
    confidence,
  };
}

function describe(error: z.core.$ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ');
}

function runJsonl(file: string, text: string, out: string[], errors: string[]): void {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      errors.push(`${where}: invalid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = InputLine.safeParse(value);
    if (!parsed.success) {
      errors.push(`${where}: expected {"id": string, "text": string}: ${describe(parsed.error)}`);
      continue;
    }
    out.push(JSON.stringify(jsonlRecord(parsed.data.id, analyze(parsed.data.text))));
  }
}

function main(args: string[]): number {
  const jsonl = args[0] === '--jsonl';
  const files = jsonl ? args.slice(1) : args;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (files.length !== 1) {
    process.stderr.write(`policy: ${USAGE}\n`);
    return 2;
  }
  const file = files[0]!;
  const out: string[] = [];
  const errors: string[] = [];
  try {
    const text = readInput(file);
    if (jsonl) runJsonl(file, text, out, errors);
    else out.push(JSON.stringify(looksLikeHtml(file, text) ? analyzeHtml(text) : analyze(text), null, 2));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    errors.push(error.message);
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  for (const message of errors) process.stderr.write(`policy: ${message}\n`);
  return errors.length > 0 ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
