import { useState } from 'react';
import type { RejectedValue } from '../../url/view-state';

/** Says which parts of a shared link were ignored, and why; the user can dismiss it. */
export function LinkNotice({ rejected }: { rejected: readonly RejectedValue[] }) {
  const signature = rejected.map((item) => `${item.key}=${item.value}`).join('&');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (rejected.length === 0 || dismissed === signature) return null;
  return (
    <div className="notice" role="alert">
      <p>
        <strong>Part of this link could not be used</strong> and was ignored:
      </p>
      <ul>
        {rejected.map((item) => (
          <li key={`${item.key}=${item.value}`}>
            <code>
              <bdi>{item.key}</bdi>=<bdi>{item.value}</bdi>
            </code>
            : {item.reason}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(signature)}>
        Dismiss
      </button>
    </div>
  );
}
