import type { LedgerEntry } from './entry.ts';

/**
 * The ledger as CSV (RFC 4180: every cell quoted, quotes doubled, CRLF rows), safe to open in a spreadsheet:
 * a cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets skip before a
 * formula) gets a leading apostrophe, so it is shown as text instead of run as a formula (OWASP's advice on
 * CSV injection). Job titles and notes come from other people's pages, so this matters.
 */

const COLUMNS = [
  'date',
  'job_id',
  'title',
  'url',
  'client_stance',
  'reading_source',
  'client_evidence',
  'ai_use',
  'tools',
  'parts',
  'client_material_in_ai',
  'fields',
  'note',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

const fieldName = (target: LedgerEntry['targets'][number]) =>
  target.field === 'screening-answer' ? `screening-answer-${target.index + 1}` : target.field;

function row(entry: LedgerEntry): string[] {
  const { declaration } = entry;
  return [
    new Date(entry.at).toISOString(),
    entry.jobId ?? '',
    entry.title,
    entry.url,
    entry.stance ?? '',
    entry.source ?? '',
    entry.evidence.join('\n'),
    declaration.level,
    declaration.tools.join('; '),
    declaration.parts.join('; '),
    declaration.clientMaterialShared ? 'yes' : 'no',
    entry.targets.map(fieldName).join('; '),
    entry.note,
  ];
}

export function ledgerToCsv(entries: readonly LedgerEntry[]): string {
  const lines = [COLUMNS, ...entries.map(row)].map((cells) => cells.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
