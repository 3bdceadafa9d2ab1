/**
 * Candor's in-page UI lives in a shadow root, so Upwork's styles do not reach it. The root is open (tests and
 * assistive tools can reach it) because it holds only what the page itself said (the client's terms) and
 * fixed text: nothing the user declared to Candor is ever drawn in the page. A closed root would not hide
 * the widget's existence from the page anyway.
 */
export interface Mounted {
  host: HTMLElement;
  unmount(): void;
}

export function mountInShadow(
  name: string,
  place: (host: HTMLElement) => void,
  css: string,
  content: Node,
  signal: AbortSignal,
): Mounted {
  document.querySelector(`[data-candor-ui="${name}"]`)?.remove();
  const host = document.createElement('div');
  host.dataset.candorUi = name;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style, content);
  place(host);
  const unmount = () => host.remove();
  signal.addEventListener('abort', unmount, { once: true });
  return { host, unmount };
}

/** Shared look: Candor's colours per stance, readable on Upwork's white pages. */
export const BASE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.candor { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1d2433; }
button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.stance-prohibited { --stance: #b42318; --stance-bg: #fef3f2; }
.stance-restricted { --stance: #93370d; --stance-bg: #fffaeb; }
.stance-allowed { --stance: #067647; --stance-bg: #ecfdf3; }
.stance-encouraged { --stance: #1849a9; --stance-bg: #eff8ff; }
.stance-none { --stance: #475467; --stance-bg: #f9fafb; }
`;
