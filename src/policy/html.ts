/**
 * HTML to plain text, for job posts saved as `.html` or scraped as markup. `analyzeHtml` analyses the string this
 * returns, so evidence offsets index into `htmlToText(html)`, not into the markup.
 *
 * A linear scanner rather than a DOM: the engine must run in a service worker and in Node.
 */

import { foldCase } from './fold.ts';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);

/** Elements whose content is never text a person reads. */
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  zwj: '',
  zwnj: '',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  bull: '\u2022',
  middot: '\u00b7',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  euro: '\u20ac',
  iexcl: '\u00a1',
  iquest: '\u00bf',
  szlig: '\u00df',
  ordf: '\u00aa',
  ordm: '\u00ba',
  deg: '\u00b0',
};

/** Accented letters of es, pt, fr and de, as `&eacute;` etc.: vowel + accent name → character. */
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
};

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X'
        ? Number.parseInt(name.slice(2), 16)
        : Number.parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return undefined;
    return String.fromCodePoint(code);
  }
  const named = NAMED_ENTITIES[name];
  if (named !== undefined) return named;
  if (name === 'ccedil' || name === 'Ccedil') return name[0] === 'C' ? '\u00c7' : '\u00e7';
  for (const [suffix, mark] of Object.entries(ACCENTS)) {
    if (name.length === suffix.length + 1 && name.endsWith(suffix)) return (name[0]! + mark).normalize('NFC');
  }
  return undefined;
}

/** Decodes `&name;`, `&#nn;` and `&#xhh;`; unknown entities stay as written. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, name: string) => {
    return decodeEntity(name) ?? whole;
  });
}

function isTagStart(ch: string | undefined): boolean {
  return ch !== undefined && /[a-zA-Z/!?]/.test(ch);
}

export function htmlToText(html: string): string {
  const parts: string[] = [];
  const lowerHtml = foldCase(html);
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      parts.push(decodeEntities(html.slice(i)));
      break;
    }
    if (!isTagStart(html[lt + 1])) {
      parts.push(decodeEntities(html.slice(i, lt + 1)));
      i = lt + 1;
      continue;
    }
    if (lt > i) parts.push(decodeEntities(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? n : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) {
      // A `<` that never closes is text, not a tag.
      parts.push(decodeEntities(html.slice(lt)));
      break;
    }
    const tag = /^<\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(lt, Math.min(gt + 1, lt + 40)));
    const name = tag?.[1]?.toLowerCase();
    const closing = html[lt + 1] === '/';
    i = gt + 1;
    if (!name) continue;
    if (!closing && SKIP_CONTENT.has(name) && html[gt - 1] !== '/') {
      const end = lowerHtml.indexOf(`</${name}`, i);
      i = end === -1 ? n : end;
      continue;
    }
    if (name === 'li' && !closing) parts.push('\n- ');
    else if (BLOCK_TAGS.has(name)) parts.push('\n');
    else if (name === 'td' || name === 'th') parts.push(' | ');
  }
  return tidy(parts.join(''));
}

/**
 * Collapses the whitespace markup leaves behind: runs of spaces, and more than one blank line. Line by line, so
 * it stays linear however many spaces there are.
 */
function tidy(text: string): string {
  const out: string[] = [];
  let blank = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (line === '') {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(line);
  }
  return out.join('\n');
}
