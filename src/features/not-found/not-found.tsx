import { Link } from 'react-router';
import { useDataset } from '../../queries/use-dataset';
import { useViewState } from '../../url/use-view-state';
import { suggestFor } from './suggestions';
import { PanelHeading } from '../../components/panel-heading';

const KIND_WORDS: ReadonlySet<string> = new Set(['entity', 'relationship', 'source']);

/** What an unknown link gets: what was not found, the closest matches, and a way home. */
export function NotFound({ kind, id }: { kind: string; id: string }) {
  const dataset = useDataset();
  const { hrefFor } = useViewState();
  const suggestions = suggestFor(dataset, kind, id);
  const what = KIND_WORDS.has(kind) ? kind : undefined;
  return (
    <article className="details not-found" aria-labelledby="details-heading">
      <title>Not found — Liaison</title>
      <p className="eyebrow">Not found</p>
      <PanelHeading>
        {what ? (
          <>
            No {what} “<bdi>{id}</bdi>”
          </>
        ) : (
          'No such page'
        )}
      </PanelHeading>
      <p>
        {what ? (
          <>
            This dataset has no {what} with the id “<bdi>{id}</bdi>”. The link may be mistyped, or
            it may come from another version of the dataset.
          </>
        ) : (
          'Liaison has no page at this address.'
        )}
      </p>
      {suggestions.length > 0 && (
        <section className="facts">
          <h2>Did you mean</h2>
          <ul>
            {suggestions.map((suggestion) => (
              <li key={suggestion.id}>
                <Link to={hrefFor({ page: { kind: suggestion.kind, id: suggestion.id } })}>
                  <bdi>{suggestion.name}</bdi>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link to={hrefFor({ page: { kind: 'home' } })}>Back to the whole network</Link>
      </p>
    </article>
  );
}
