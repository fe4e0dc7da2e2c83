import { useEffect, useState } from 'react';
import './update-prompt.css';

type Update = (reloadPage?: boolean) => Promise<void>;

/**
 * Registers the service worker once the page has loaded, and offers a new build when one has
 * installed: the waiting worker takes over only on the reader's click, so a view being read is
 * never reloaded under them. The registration code is a chunk of its own, loaded after the
 * first view, so it adds nothing to the home page's blocking script.
 */
export function UpdatePrompt() {
  const [update, setUpdate] = useState<Update | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let isMounted = true;
    const register = () =>
      void import('virtual:pwa-register').then(({ registerSW }) => {
        const updateSW = registerSW({
          onNeedRefresh: () => {
            if (isMounted) setUpdate(() => updateSW);
          },
        });
      });
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      isMounted = false;
      window.removeEventListener('load', register);
    };
  }, []);
  return (
    <div className="update-prompt" role="status" aria-live="polite">
      {update && (
        <p>
          A new version is ready —{' '}
          <button type="button" onClick={() => void update(true)}>
            Reload
          </button>
        </p>
      )}
    </div>
  );
}
