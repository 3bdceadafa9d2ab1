import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { settingsItem } from '../../../src/storage/items.ts';
import { type ItemDefinition, recover } from '../../../src/storage/recover.ts';
import { z } from '../../../src/zod.ts';

describe('settings recovery', () => {
  const defaults = settingsItem.defaults();

  test('nothing stored reads as the defaults and needs no write', () => {
    expect(recover(settingsItem, undefined)).toEqual({ value: defaults, changed: false, problems: [] });
  });

  test('a valid current value reads back unchanged', () => {
    const stored = { v: 1, data: { ...defaults, badge: false, tone: 'brief' } };
    expect(recover(settingsItem, stored)).toEqual({ value: stored.data, changed: false, problems: [] });
  });

  test('a corrupt value (not an object) is replaced by the defaults and flagged for rewrite', () => {
    for (const stored of ['garbage', 42, null, [1, 2], { v: 1, data: 'garbage' }]) {
      const result = recover(settingsItem, stored);
      expect(result.value).toEqual(defaults);
      expect(result.changed).toBe(true);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });

  test('one bad field loses only itself', () => {
    const result = recover(settingsItem, {
      v: 1,
      data: { ...defaults, badge: false, tone: 'shouty', ledger: 'yes' },
    });
    expect(result.value).toEqual({ ...defaults, badge: false });
    expect(result.changed).toBe(true);
    expect(result.problems).toContain('some fields were invalid and were reset');
  });

  test('an unversioned value counts as version 1 and is wrapped on rewrite', () => {
    const result = recover(settingsItem, { ...defaults, inPagePrompt: false });
    expect(result.value.inPagePrompt).toBe(false);
    expect(result.changed).toBe(true);
  });

  test('any stored value at all gives valid settings without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const { value } = recover(settingsItem, stored);
        expect(settingsItem.schema.safeParse(value).success).toBe(true);
      }),
    );
  });
});

describe('migrations', () => {
  // Version 1 stored a name; version 2 split it; version 3 added a count.
  const item: ItemDefinition<{ first: string; last: string; count: number }> = {
    key: 'example',
    area: 'local',
    version: 3,
    schema: z.object({
      first: z.catch(z.string(), ''),
      last: z.catch(z.string(), ''),
      count: z.catch(z.number(), 0),
    }),
    defaults: () => ({ first: '', last: '', count: 0 }),
    migrations: [
      (v1) => {
        const [first = '', last = ''] = String((v1 as { name: string }).name).split(' ');
        return { first, last };
      },
      (v2) => ({ ...(v2 as object), count: 1 }),
    ],
  };

  test('migrations run in order from the stored version', () => {
    expect(recover(item, { v: 1, data: { name: 'Ada Lovelace' } }).value).toEqual({
      first: 'Ada',
      last: 'Lovelace',
      count: 1,
    });
    expect(recover(item, { v: 2, data: { first: 'Ada', last: 'L' } }).value).toEqual({
      first: 'Ada',
      last: 'L',
      count: 1,
    });
    expect(recover(item, { name: 'Grace Hopper' }).value).toEqual({
      first: 'Grace',
      last: 'Hopper',
      count: 1,
    });
  });

  test('a migration that throws degrades to the defaults instead of crashing', () => {
    const result = recover(item, { v: 1, data: null });
    expect(result.value).toEqual(item.defaults());
    expect(result.problems.some((p) => p.startsWith('migration from version 1 failed'))).toBe(true);
  });

  test('a value from a newer version is read for what still fits', () => {
    const result = recover(item, { v: 9, data: { first: 'Ada', last: 'L', count: 2, extra: true } });
    expect(result.value).toEqual({ first: 'Ada', last: 'L', count: 2 });
    expect(result.problems[0]).toMatch(/newer/);
  });
});

describe('templates', () => {
  test('version 1 (one set, no language) moves under English; Spanish starts empty', async () => {
    const { templatesItem } = await import('../../../src/storage/items.ts');
    const result = recover(templatesItem, { v: 1, data: { brief: 'I used {tools} {use}.' } });
    expect(result.value).toEqual({ en: { brief: 'I used {tools} {use}.' }, es: {} });
    expect(result.changed).toBe(true);
  });
});
