import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Evidence as EvidenceItem } from '../data/schema/schema';
import { useViewState } from '../url/use-view-state';

/**
 * How we know a fact: the quote on demand, and a jump to the highlighted
 * sentence in the source view.
 */
export function Evidence({ items }: { items: readonly EvidenceItem[] }) {
  const [isOpen, setIsOpen] = useState(false);
  const quotesId = useId();
  if (items.length === 0) return null;
  return (
    <span className="evidence">
      <button
        type="button"
        className="evidence-toggle"
        aria-expanded={isOpen}
        aria-controls={quotesId}
        onClick={() => setIsOpen((open) => !open)}
      >
        {isOpen ? 'Hide quote' : items.length === 1 ? 'Quote' : `${items.length} quotes`}
      </button>
      <span id={quotesId} className="evidence-quotes" hidden={!isOpen}>
        {items.map((item) => (
          <span className="evidence-item" key={`${item.source}:${item.start}-${item.end}`}>
            <q>
              <bdi>{item.quote}</bdi>
            </q>{' '}
            <SourceLink evidence={item} />
          </span>
        ))}
      </span>
    </span>
  );
}

/** A jump to the highlighted words in the source view. */
export function SourceLink({ evidence }: { evidence: EvidenceItem }) {
  const { hrefFor } = useViewState();
  return (
    <Link
      to={hrefFor({
        page: { kind: 'source', id: evidence.source },
        span: { start: evidence.start, end: evidence.end },
      })}
    >
      In the source
    </Link>
  );
}
