import type { Certainty } from '../../data/schema/schema';
import { isUncertain } from '../../data/schema/vocabulary';
import { CERTAINTY_LINES } from '../../graph';

/** The line a certainty is drawn with on the graph, at a size the legend can show. */
export function LineSample({ certainty }: { certainty: Certainty }) {
  const line: { style: string; width: number; dash?: readonly number[] } =
    CERTAINTY_LINES[certainty];
  const className = `line-sample${isUncertain(certainty) ? ' is-uncertain' : ''}`;
  const dash =
    line.style === 'dashed' ? line.dash?.join(' ') : line.style === 'dotted' ? '2 3' : undefined;
  return (
    <svg className={className} width="36" height="12" viewBox="0 0 36 12" aria-hidden="true">
      <line
        x1="1"
        y1="6"
        x2="35"
        y2="6"
        stroke="currentColor"
        strokeWidth={line.width}
        strokeDasharray={dash}
        strokeLinecap={line.style === 'dotted' ? 'round' : undefined}
      />
    </svg>
  );
}
