/**
 * Selector strategies: each field is found by an ordered list of alternatives, so that when a page changes
 * the match falls to a fallback instead of failing, and the strategy id shows which one held.
 */

export interface SelectorStrategy {
  /** Short stable id reported in selector-health messages, e.g. `aria-labelledby`. */
  id: string;
  selector: string;
}

export interface Found<T> {
  value: T;
  /** The id of the strategy that matched. */
  strategy: string;
}

/** The first element matched by the first strategy that matches anything. */
export function queryFirst<E extends Element>(
  root: ParentNode,
  strategies: readonly SelectorStrategy[],
): Found<E> | null {
  for (const strategy of strategies) {
    const element = root.querySelector<E>(strategy.selector);
    if (element) return { value: element, strategy: strategy.id };
  }
  return null;
}

/** Every element matched by the first strategy that matches anything. */
export function queryAll<E extends Element>(
  root: ParentNode,
  strategies: readonly SelectorStrategy[],
): Found<E[]> | null {
  for (const strategy of strategies) {
    const elements = [...root.querySelectorAll<E>(strategy.selector)];
    if (elements.length > 0) return { value: elements, strategy: strategy.id };
  }
  return null;
}

/** The ids tried, for the "form not recognized" report. */
export const strategyIds = (strategies: readonly SelectorStrategy[]): string[] => strategies.map((s) => s.id);
