import type { PolicyReading, Stance } from '../policy/types.ts';

/** The toolbar badge for a tab: the client's AI stance in two or three letters, a colour, and a tooltip. */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

// Colours chosen for contrast with the badge's white text.
const BADGES: Record<Stance, Omit<Badge, 'title'>> = {
  prohibited: { text: 'NO', color: '#b42318' },
  restricted: { text: '!', color: '#b54708' },
  allowed: { text: 'OK', color: '#067647' },
  encouraged: { text: 'AI+', color: '#1849a9' },
  none: { text: '', color: '#475467' },
};

const STANCE_WORDS: Record<Stance, string> = {
  prohibited: 'prohibits AI',
  restricted: 'restricts AI',
  allowed: 'allows AI',
  encouraged: 'encourages AI',
  none: 'says nothing about AI use',
};

export function badgeFor(reading: PolicyReading, partial: boolean): Badge {
  const parts = Object.entries(reading.scopes)
    .filter(([, stance]) => stance !== 'none')
    .map(([part, stance]) => `${part}: ${stance}`);
  const detail = parts.length > 0 ? ` (${parts.join(', ')})` : '';
  const caveat = partial ? ' — read from an excerpt only' : '';
  return {
    ...BADGES[reading.stance],
    title: `Candor: the client ${STANCE_WORDS[reading.stance]}${detail}${caveat}`,
  };
}
