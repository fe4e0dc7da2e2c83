import { Link } from 'react-router';
import { useViewState } from '../../url/use-view-state';
import { kindLabel, type Fact } from '../../text/evidence-spans';
import { KindIcon } from './span-parts';

/** The facts that rest on a passage, each a link to its entity or relationship. */
export function CitationList({ facts, heading }: { facts: readonly Fact[]; heading: string }) {
  const { hrefFor } = useViewState();
  if (facts.length === 0) return null;
  return (
    <>
      <h2 className="citation-heading">{heading}</h2>
      <ul className="citation-list">
        {facts.map(({ owner, kind, name }) => (
          <li key={`${owner.kind}:${owner.id}`}>
            <KindIcon kind={kind} />{' '}
            <Link to={hrefFor({ page: owner })}>
              <bdi>{name}</bdi>
            </Link>
            <span className="fact-detail"> ({kindLabel(kind).toLowerCase()})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
