import { useState } from 'react';

/** Copies the address of the current view, and says so. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2500);
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' && 'Link copied'}
        {status === 'failed' && 'Could not copy: select the address bar and copy it'}
      </span>
    </span>
  );
}
