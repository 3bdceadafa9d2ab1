import fc from 'fast-check';
import { NOTE_MARKERS } from '../../../src/note-block/index.ts';

const MARKERS = Object.values(NOTE_MARKERS).flatMap((pair) => [pair.open, pair.close]);

/** Lines that look like markers but are not: other dashes, spacing, case, a `\r`, half a line. */
const LOOK_ALIKES = MARKERS.flatMap((marker) => [
  `${marker} `,
  ` ${marker}`,
  `${marker}\r`,
  marker.replaceAll('─', '—'),
  marker.replaceAll('─', '-'),
  marker.replaceAll('─', '━'),
  marker.replace('──', '───'),
  marker.toUpperCase(),
  marker.replace(' ', '  '),
  marker.slice(0, -1),
  marker.slice(1),
  `> ${marker}`,
]);

/** The characters the markers are made of, to build near misses at random. */
const MARKER_ALPHABET = [...new Set(MARKERS.join('').split(''))];

const fragment = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 4 },
  { arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\r', ' ', '\t'), weight: 3 },
  { arbitrary: fc.constantFrom(...MARKERS).map((m) => `\n${m}\n`), weight: 2 },
  { arbitrary: fc.constantFrom(...MARKERS), weight: 1 },
  { arbitrary: fc.constantFrom(...LOOK_ALIKES).map((m) => `\n${m}\n`), weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...MARKER_ALPHABET, '\n'), maxLength: 40 }), weight: 2 },
);

/** Any user text, including CRLF, lone surrogates, exact marker lines and near misses. */
export const userText = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));

/** A note as the composer or the user's edit gives it; may be blank or hold marker-like lines. */
export const anyNote = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...LOOK_ALIKES)), { maxLength: 5 })
    .map((lines) => lines.join('\n')),
);

export const lang = fc.constantFrom('en', 'es' as const);
export const position = fc.constantFrom('start', 'end' as const);
