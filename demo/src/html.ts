/**
 * A tiny HTML template helper for the demo page generator: interpolated values are escaped unless they are
 * already `Html` (the output of another `html` call or of `raw`), so page text can never break the markup.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function render(part: Part): string {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0] ?? '';
  parts.forEach((part, i) => {
    out += render(part) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Markup we wrote ourselves (inline CSS and scripts read from this folder). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** JSON for an inline `<script type="application/json">`: `<` is escaped so no text can close the element. */
export function jsonScript(id: string, data: unknown): Html {
  const json = JSON.stringify(data).replaceAll('<', '\\u003c');
  return new Html(`<script id="${escapeHtml(id)}" type="application/json">${json}</script>`);
}

/** Text with line breaks as Upwork's job page renders it: `<br>` between lines. */
export function withBreaks(text: string): Html {
  return new Html(text.split('\n').map(escapeHtml).join('<br>\n'));
}
