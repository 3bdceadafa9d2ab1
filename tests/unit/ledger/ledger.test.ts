import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvCell, ledgerToCsv } from '../../../src/ledger/csv.ts';
import { LEDGER_MAX, type LedgerEntry, ledgerItem, mergeEntries } from '../../../src/ledger/entry.ts';
import { importLedger, ledgerToJson } from '../../../src/ledger/transfer.ts';
import { recover } from '../../../src/storage/recover.ts';

const entry = (id: string, at: number, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id,
  at,
  jobId: '~021',
  title: 'Blog writer',
  url: 'https://www.upwork.com/nx/proposals/job/~021/apply/',
  stance: 'restricted',
  source: 'job-page',
  evidence: ['AI for research only, and only if disclosed.'],
  declaration: { level: 'ideas', tools: ['ChatGPT'], parts: ['proposal'], clientMaterialShared: false },
  targets: [{ field: 'cover-letter' }],
  note: 'I used ChatGPT to brainstorm ideas for this proposal.',
  ...extra,
});

/** A minimal RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('ledger storage', () => {
  test('a damaged entry loses only itself', () => {
    const good = entry('a', 1);
    const { value, changed } = recover(ledgerItem, { v: 1, data: [good, { id: 'b' }, 'junk'] });
    expect(value).toEqual([good]);
    expect(changed).toBe(true);
  });

  test('merging keeps one entry per id, newest first, capped', () => {
    const many = Array.from({ length: LEDGER_MAX + 5 }, (_, i) => entry(`e${i}`, i));
    const merged = mergeEntries([], many);
    expect(merged).toHaveLength(LEDGER_MAX);
    expect(merged[0]?.id).toBe(`e${LEDGER_MAX + 4}`);
    expect(mergeEntries([entry('a', 1)], [entry('a', 2, { title: 'new' })])).toEqual([
      entry('a', 2, { title: 'new' }),
    ]);
  });
});

describe('CSV export', () => {
  test('cells that a spreadsheet would run as formulas start with an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("x")`)).toBe(`"'${start}HYPERLINK(""x"")"`);
    }
    expect(csvCell('plain, with "quotes"')).toBe('"plain, with ""quotes"""');
  });

  test('every cell reads back as written (apart from the formula guard)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, note) => {
        const rows = parseCsv(ledgerToCsv([entry('a', 0, { title, note })]));
        expect(rows).toHaveLength(2);
        const guard = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
        expect(rows[1]?.[2]).toBe(guard(title));
        expect(rows[1]?.[12]).toBe(guard(note));
        expect(rows[0]).toHaveLength(rows[1]?.length ?? 0);
      }),
    );
  });
});

describe('JSON import', () => {
  const current = [entry('a', 1)];

  test('an export imports back without duplicates', () => {
    const result = importLedger(current, ledgerToJson([entry('a', 1), entry('b', 2)]));
    expect(result).toEqual({ ok: true, entries: [entry('b', 2), entry('a', 1)], added: 1 });
  });

  test('a bad file is refused with its reason and nothing else', () => {
    expect(importLedger(current, '{ nope')).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(importLedger(current, '[]')).toEqual({ ok: false, error: { kind: 'not-ledger' } });
    const bad = JSON.parse(ledgerToJson([entry('b', 2)]));
    bad.entries[0].declaration.level = 'a lot';
    const result = importLedger(current, JSON.stringify(bad));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      kind: 'invalid-entry',
      path: 'entries.0.declaration.level',
    });
  });
});
