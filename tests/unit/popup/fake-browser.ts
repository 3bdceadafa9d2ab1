import messages from '../../../public/_locales/en/messages.json';

/**
 * Installs a `globalThis.browser` for component tests (happy-dom has none, and it is read when
 * src/i18n.ts is first imported, so import this module first): `i18n.getMessage` over the English messages.json with Chrome's
 * placeholder rules, so tests see the real UI text.
 */
type Message = { message: string; placeholders?: Record<string, { content: string }> };

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Message>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) =>
      positional(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
    )
    .replaceAll('$$', '$');
}

const scope = globalThis as { browser?: unknown; chrome?: unknown };
scope.browser = { i18n: { getMessage, getUILanguage: () => 'en' } };
// webextension-polyfill, where imported, hands out an existing `browser` once `chrome.runtime.id` says it runs in an extension.
scope.chrome = { runtime: { id: 'candor-test' } };
