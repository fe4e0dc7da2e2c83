import { RelationshipIcon } from '../../components/relationship-icon';
import { ShapeIcon } from '../../components/shape-icon';
import type { SearchHit } from '../../data/search/search';
import { splitByMatches } from '../../data/search/search-snippet';

/** Dataset text, isolated so that direction controls inside it cannot reorder what surrounds it. */
function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <bdi>
      {splitByMatches(text, terms).map((run, at) =>
        run.isMatch ? <mark key={at}>{run.text}</mark> : <span key={at}>{run.text}</span>,
      )}
    </bdi>
  );
}

/** One result: its shape, its name, and where it matched when the name does not show it. */
export function SearchOption({
  hit,
  id,
  isActive,
  onChoose,
}: {
  hit: SearchHit;
  id: string;
  isActive: boolean;
  onChoose: () => void;
}) {
  const { snippet } = hit;
  return (
    <div
      id={id}
      role="option"
      aria-selected={isActive}
      className="search-option"
      onClick={onChoose}
    >
      {hit.kind === 'entity' ? <ShapeIcon type={hit.type} /> : <RelationshipIcon />}
      <span className="search-option-text">
        <span>
          <Highlighted text={hit.name} terms={hit.terms} />
        </span>
        {snippet && (
          <span className="search-snippet">
            {snippet.field === 'alias' ? 'also ' : ''}
            {snippet.field === 'quote' ? '“' : ''}
            <Highlighted text={snippet.text} terms={hit.terms} />
            {snippet.field === 'quote' ? '”' : ''}
          </span>
        )}
      </span>
    </div>
  );
}
