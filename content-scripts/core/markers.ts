import type { FieldKind, PageKind } from '../../src/sites/types.ts';

/**
 * Candor's DOM markers, a contract that tests and debugging rely on. They say only what Candor found on the
 * page (kinds, never anything the user declared or typed into Candor).
 */

export const setPageMarker = (kind: PageKind): void => {
  document.documentElement.dataset.candorPage = kind;
};

export const markField = (element: Element, kind: FieldKind): void => {
  (element as HTMLElement).dataset.candorField = kind;
};

export const unmarkFields = (): void => {
  for (const element of document.querySelectorAll<HTMLElement>('[data-candor-field]')) {
    delete element.dataset.candorField;
  }
};

export const setStanceMarker = (stance: string | null): void => {
  if (stance === null) delete document.documentElement.dataset.candorStance;
  else document.documentElement.dataset.candorStance = stance;
};
