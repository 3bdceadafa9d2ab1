/**
 * Resolves with what `find` returns once it returns something, re-trying as the DOM changes: Upwork renders
 * its forms on the client, after the page has loaded. Resolves `null` when the signal aborts (navigation,
 * or the script being replaced), and stops observing either way.
 */
export function waitFor<T>(
  find: () => T | null,
  signal: AbortSignal,
  root: Node = document.documentElement,
): Promise<T | null> {
  const now = find();
  if (now !== null || signal.aborted) return Promise.resolve(signal.aborted ? null : now);
  return new Promise((resolve) => {
    let scheduled = false;
    const observer = new MutationObserver(() => {
      // Batch bursts of mutations (a whole form rendering) into one look. Not requestAnimationFrame: it
      // does not run in background tabs, where a form may render too.
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        const found = find();
        if (found !== null) finish(found);
      }, 30);
    });
    const finish = (value: T | null) => {
      observer.disconnect();
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    signal.addEventListener('abort', onAbort, { once: true });
    // Attributes and text too: a toggle's aria-expanded or a counter's text can be what is waited for.
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

/** An AbortSignal that fires after `ms` or when `signal` does. */
export const withTimeout = (signal: AbortSignal, ms: number): AbortSignal =>
  AbortSignal.any([signal, AbortSignal.timeout(ms)]);
