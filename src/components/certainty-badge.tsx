import type { Certainty } from '../data/schema/schema';
import { CERTAINTY_LABELS } from '../data/schema/vocabulary';

export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  const { label, description } = CERTAINTY_LABELS[certainty];
  return (
    <span className={`badge badge-${certainty}`} title={description}>
      {label}
    </span>
  );
}
