import { readItem, writeItem } from '../src/storage/item.ts';
import { type Settings, settingsItem } from '../src/storage/items.ts';

/** The options page's door to storage: components never touch `browser.*`. */
export const loadSettings = (): Promise<Settings> => readItem(settingsItem);
export const saveSettings = (settings: Settings): Promise<void> => writeItem(settingsItem, settings);
