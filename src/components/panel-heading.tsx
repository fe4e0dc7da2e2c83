import { useEffect, useEffectEvent, useRef, type ReactNode } from 'react';
import { useNavigationType } from 'react-router';

/**
 * The heading of the detail panel. When a new panel opens, the panel scrolls
 * to its top; if the user got here from inside the panel (a link there, now
 * gone), focus moves to the heading so keyboard and screen-reader users land
 * on what they opened. Focus in the graph or the search box stays put, and a
 * fresh load or Back leaves focus to the browser.
 */
export function PanelHeading({ children }: { children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  const handleOpen = useEffectEvent(() => {
    const heading = headingRef.current!;
    const panel = heading.closest('.panel');
    if (panel) panel.scrollTop = 0;
    const active = document.activeElement;
    if (navigationType === 'POP') return;
    if (!active || active === document.body || (panel && panel.contains(active))) {
      heading.focus({ preventScroll: true });
    }
  });
  // Only when a panel opens: later renders of the same panel must not move focus.
  useEffect(() => handleOpen(), []);
  return (
    <h1 id="details-heading" tabIndex={-1} ref={headingRef}>
      {children}
    </h1>
  );
}
