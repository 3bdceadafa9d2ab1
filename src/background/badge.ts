import { type MessageKey, partName, stanceName } from '../i18n.ts';
import type { Part, PolicyReading, Stance } from '../policy/types.ts';

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

const PARTS: readonly Part[] = ['proposal', 'work', 'communication'];

type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export function badgeFor(reading: PolicyReading, partial: boolean, t: Translate): Badge {
  const parts = PARTS.filter((part) => reading.scopes[part] && reading.scopes[part] !== 'none').map(
    (part) => `${partName(part, t)}: ${stanceName(reading.scopes[part]!, t)}`,
  );
  const lines = [
    t('badge_title', stanceName(reading.stance, t)),
    ...parts,
    ...(partial ? [t('badge_partial')] : []),
  ];
  return { ...BADGES[reading.stance], title: lines.join('\n') };
}
