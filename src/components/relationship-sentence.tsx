import { Link } from 'react-router';
import { relationshipLabel } from '../data/model/describe';
import type { Relationship } from '../data/schema/schema';
import { useViewState } from '../url/use-view-state';
import { CertaintyBadge } from './certainty-badge';
import { EntityLink } from './entity-link';

/** "Viktor Goremykin — leads — Russian delegation", each part a link; its certainty unless a table column shows it. */
export function RelationshipSentence({
  relationship,
  hasCertainty = true,
}: {
  relationship: Relationship;
  hasCertainty?: boolean;
}) {
  const { hrefFor } = useViewState();
  return (
    <span className="relationship-sentence">
      <EntityLink id={relationship.source} />{' '}
      <Link
        to={hrefFor({ page: { kind: 'relationship', id: relationship.id } })}
        className="relationship-link"
      >
        <bdi>{relationshipLabel(relationship)}</bdi>
      </Link>{' '}
      <EntityLink id={relationship.target} />
      {hasCertainty && (
        <>
          {' '}
          <CertaintyBadge certainty={relationship.certainty} />
        </>
      )}
    </span>
  );
}
