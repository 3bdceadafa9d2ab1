import type { Found, SelectorStrategy } from '../../src/sites/selector.ts';
import { strategyIds } from '../../src/sites/selector.ts';
import type { FieldKind } from '../../src/sites/types.ts';
import { type FeatureContext, FIELD_TIMEOUT_MS } from './feature.ts';
import { markField } from './markers.ts';
import { waitFor } from './wait-for.ts';

/**
 * Waits for a page's field and marks it. If it has not appeared after FIELD_TIMEOUT_MS the popup is told it
 * was not recognized (with the strategies tried), and the wait goes on: a slow page may still draw it.
 */
export async function awaitField<T>(
  { signal, report }: FeatureContext,
  kind: FieldKind,
  strategies: readonly SelectorStrategy[],
  find: () => Found<T> | null,
  elementOf: (value: T) => Element,
): Promise<Found<T> | null> {
  const notFound = setTimeout(() => report.missing(kind, strategyIds(strategies)), FIELD_TIMEOUT_MS);
  const found = await waitFor(find, signal);
  clearTimeout(notFound);
  if (!found) return null;
  markField(elementOf(found.value), kind);
  report.found(kind, found.strategy);
  return found;
}
