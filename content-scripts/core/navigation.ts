/**
 * Calls `onChange` with the new URL whenever the page's URL changes, reloads or not. A content script lives
 * in an isolated world and cannot see the page's `history.pushState`, so it listens for what it can (popstate,
 * the Navigation API where the browser has one) and checks the URL twice a second for the rest.
 */
export function watchNavigation(onChange: (url: string) => void, signal: AbortSignal): void {
  let last = location.href;
  const check = () => {
    if (signal.aborted || location.href === last) return;
    last = location.href;
    onChange(last);
  };
  window.addEventListener('popstate', check, { signal });
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check, { signal });
  const timer = setInterval(check, 500);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
