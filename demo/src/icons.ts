/** Line icons drawn for the demo in the same 24px, 1.5px-stroke style as air3's (not copies of Upwork's paths). */

import { type Html, raw } from './html.ts';

function icon(paths: string): Html {
  return raw(
    `<svg xmlns="http://www.w3.org/2000/svg" fill="none" aria-hidden="true" viewBox="0 0 24 24" role="img"><g stroke="var(--icon-color, #001e00)" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.5">${paths}</g></svg>`,
  );
}

export const icons = {
  heart: icon(
    '<path d="M12 20s-7.5-4.6-7.5-10A4.3 4.3 0 0 1 12 7.3 4.3 4.3 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z"/>',
  ),
  pin: icon('<path d="M12 21s6-5.6 6-11a6 6 0 1 0-12 0c0 5.4 6 11 6 11z"/><circle cx="12" cy="10" r="2.2"/>'),
  clock: icon('<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>'),
  calendar: icon(
    '<rect x="4" y="5.5" width="16" height="14" rx="2"/><path d="M4 10h16M8.5 3.5v4M15.5 3.5v4"/>',
  ),
  gauge: icon('<path d="M4.5 16a7.5 7.5 0 1 1 15 0"/><path d="M12 16l3.5-4.5"/>'),
  chevronDown: icon('<path d="M7 10l5 5 5-5"/>'),
  back: icon('<path d="M15 6l-6 6 6 6"/>'),
  close: icon('<path d="M6 6l12 12M18 6L6 18"/>'),
  send: icon('<path d="M4.5 12h13M12.5 6.5 18 12l-5.5 5.5"/>'),
  paperclip: icon(
    '<path d="M16.5 7.5 9.8 14.2a1.8 1.8 0 0 0 2.5 2.5l6.6-6.6a3.5 3.5 0 0 0-5-5L7.3 11.7a5.2 5.2 0 0 0 7.4 7.4L19 14.8"/>',
  ),
  check: icon('<path d="M5.5 12.5l4 4 9-9"/>'),
  loader: raw(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 95 20" role="img" aria-hidden="true" class="loader-section-svg"><circle r="10" cx="10" cy="10" class="c1"></circle><circle r="10" cx="35" cy="10" class="c2"></circle><circle r="10" cx="60" cy="10" class="c3"></circle><circle r="10" cx="85" cy="10" class="c4"></circle></svg>',
  ),
};
