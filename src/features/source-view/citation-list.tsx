import { Link } from 'react-router';
import type { Citation } from '../../data/indexed-dataset';
import { relationshipTitle } from '../../data/describe';
import { useDataset } from '../../data/use-dataset';
import { useViewState } from '../../url/use-view-state';

/** The facts that rest on a passage, each a link to its entity or relationship. */
export function CitationList({
  citations,
  heading,
}: {
  citations: readonly Citation[];
  heading: string;
}) {
  const dataset = useDataset();
  const { hrefFor } = useViewState();
  const seen = new Set<string>();
  const unique = citations.filter((citation) => {
    const key = `${citation.owner.kind}:${citation.owner.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length === 0) return null;
  return (
    <>
      <h2 className="citation-heading">{heading}</h2>
      <ul className="citation-list">
        {unique.map(({ owner }) => {
          const relationship =
            owner.kind === 'relationship' ? dataset.relationshipById.get(owner.id) : undefined;
          const name = relationship
            ? relationshipTitle(dataset, relationship)
            : (dataset.entityById.get(owner.id)?.name ?? owner.id);
          return (
            <li key={`${owner.kind}:${owner.id}`}>
              <Link to={hrefFor({ page: { kind: owner.kind, id: owner.id } })}>
                <bdi>{name}</bdi>
              </Link>
              <span className="fact-detail"> ({owner.kind})</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
