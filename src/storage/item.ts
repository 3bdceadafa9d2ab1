import { webext as browser } from '../webext.ts';
import { type ItemDefinition, recover, type StorageAreaName } from './recover.ts';

/** Reading and writing typed items (see recover.ts) in the browser's storage areas. */

const area = (name: StorageAreaName) => browser.storage[name];

export async function readItem<T>(item: ItemDefinition<T>): Promise<T> {
  const stored = (await area(item.area).get(item.key))[item.key];
  const result = recover(item, stored);
  if (result.problems.length > 0) console.warn(`Candor storage "${item.key}":`, result.problems.join('; '));
  return result.value;
}

export async function writeItem<T>(item: ItemDefinition<T>, value: T): Promise<void> {
  const data = item.schema.parse(value);
  await area(item.area).set({ [item.key]: { v: item.version, data } });
}

/** Runs on install and update: migrates and repairs the stored value in place. */
export async function migrateItem<T>(item: ItemDefinition<T>): Promise<string[]> {
  const stored = (await area(item.area).get(item.key))[item.key];
  const result = recover(item, stored);
  if (result.changed) await area(item.area).set({ [item.key]: { v: item.version, data: result.value } });
  if (result.problems.length > 0) console.warn(`Candor storage "${item.key}":`, result.problems.join('; '));
  return result.problems;
}
