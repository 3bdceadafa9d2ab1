/**
 * A few lines of DOM building for the in-page UI. Preact would cost every Upwork page 5 KiB gzipped of the
 * content script's 16 KiB budget for three small widgets; these helpers cost a few hundred bytes. Text only
 * ever goes in as text nodes, never as HTML.
 */

type Child = Node | string | false | null | undefined;
type Props = Record<string, string | boolean | ((event: Event) => void) | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  element.append(...children.filter((child): child is Node | string => child !== false && child != null));
  return element;
}
