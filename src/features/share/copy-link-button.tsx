import { useState } from 'react';

/** Copies the address of the current view, and says so. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    setStatus((await copyText(window.location.href)) ? 'copied' : 'failed');
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

/** The Clipboard API where the page may use it; the older selection copy where it may not. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    const isCopied = document.execCommand('copy');
    field.remove();
    return isCopied;
  }
}
