import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** Every locale has exactly the English keys, with the same placeholders, and no empty message. */

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Messages;

const english = read('en');
const placeholders = (entry: Messages[string]) => ({
  declared: Object.entries(entry.placeholders ?? {})
    .map(([name, { content }]) => `${name}=${content}`)
    .sort(),
  used: [
    ...new Set([...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map(([, name]) => name!.toLowerCase())),
  ].sort(),
});

describe.each(readdirSync('public/_locales'))('locale %s', (lang) => {
  const messages = read(lang);

  test('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  test('uses the same placeholders as English, each declared', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const english_ = english[key];
      if (!english_) continue;
      expect({ key, ...placeholders(entry) }).toEqual({ key, ...placeholders(english_) });
      expect(placeholders(entry).used.sort()).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      expect(entry.message.trim(), key).not.toBe('');
    }
  });
});
