import { UPWORK_ORIGIN } from '../sites/upwork/detect.ts';

/** Who may send what: decided from `sender`, never from anything the message claims about itself. */

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Marketplace pages Candor's content scripts run on. */
const SITE_ORIGINS = [UPWORK_ORIGIN];

const originOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/** A content script of ours, in a tab on a supported marketplace. */
export function isContentSender(
  sender: SenderLike,
  extensionId: string,
): sender is SenderLike & { tab: { id: number } } {
  return (
    sender.id === extensionId &&
    typeof sender.tab?.id === 'number' &&
    SITE_ORIGINS.includes(originOf(sender.url) ?? '')
  );
}

/** One of our own pages (popup, options), whether opened as a popup or as a tab. */
export function isExtensionPageSender(
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  // By prefix: URL parsers differ on the origin of non-web schemes (Node says "null").
  return sender.id === extensionId && (sender.url ?? '').startsWith(`${extensionOrigin}/`);
}
