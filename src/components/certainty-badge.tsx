import type { Certainty } from '../data/schema';
import { CERTAINTY_LABELS } from '../data/vocabulary';

export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  const { label, description } = CERTAINTY_LABELS[certainty];
  return (
    <span className={`badge badge-${certainty}`} title={description}>
      {label}
    </span>
  );
}
