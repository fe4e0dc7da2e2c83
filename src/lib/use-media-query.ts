import { useCallback, useSyncExternalStore } from 'react';

/** Phone widths, where the panel comes first and the graph opens over it (styles.css agrees). */
export const PHONE_QUERY = '(max-width: 600px)';

/** Whether a CSS media query matches, following it live. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
